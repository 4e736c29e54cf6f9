internal import StoryModel
internal import Similarity

/// Features and term statistics of a whole corpus, near-duplicate groups, and the combined pair
/// score built on them.
struct CorpusFeatures: Sendable {
    /// The configuration the features were built with.
    let configuration: ClusteringConfiguration
    /// Per-article features, in input order.
    let articles: [ArticleFeatures]
    /// Full term-and-name vectors, unit length, in input order.
    let vectors: [SparseVector]
    /// Name-only vectors, unit length, in input order.
    let nameVectors: [SparseVector]
    /// Pairs proposed by LSH over the MinHash signatures.
    let lshPairs: [CandidatePair]
    /// Near-duplicate groups (two or more articles each, ascending, by smallest member).
    let nearDuplicateGroups: [[Int]]
    /// Sentence keys treated as boilerplate across the corpus.
    let boilerplate: Set<UInt64>

    /// Extracts features, finds near-duplicates and weighs the corpus.
    init(_ corpus: [NormalizedArticle], configuration: ClusteringConfiguration) {
        self.configuration = configuration
        let shingler = WordShingler(size: configuration.shingleSize, seed: configuration.seed)
        let hasher = MinHasher(count: configuration.signatureSize, seed: configuration.seed)
        var articles = corpus.map { ArticleFeatures($0, shingler: shingler, hasher: hasher) }

        let banding = LSHBanding(
            signatureSize: configuration.signatureSize, bands: configuration.bands, seed: configuration.seed)
        lshPairs = banding.candidatePairs(articles.map(\.signature))
        var unionFind = UnionFind(count: articles.count)
        for pair in lshPairs
        where SortedSet.jaccard(articles[pair.first].shingles, articles[pair.second].shingles)
            >= configuration.nearDuplicateThreshold
        {
            unionFind.union(pair.first, pair.second)
        }
        nearDuplicateGroups = unionFind.groups()

        // Boilerplate: a sentence repeated verbatim by many independent articles (near-duplicates
        // count once) says nothing about the event.
        let groupCount = articles.count - nearDuplicateGroups.reduce(0) { $0 + $1.count - 1 }
        let cutoff = configuration.boilerplateMinimumArticles > 0
            ? max(configuration.boilerplateMinimumArticles, groupCount / 100) : Int.max
        var boilerplate = Set<UInt64>()
        if groupCount >= cutoff {
            var keys: [(key: UInt64, group: Int)] = []
            for index in articles.indices {
                let group = unionFind.find(index)
                for key in articles[index].sentenceKeys { keys.append((key, group)) }
            }
            keys.sort { ($0.key, $0.group) < ($1.key, $1.group) }
            var start = 0
            while start < keys.count {
                var end = start + 1
                var groups = 1
                while end < keys.count, keys[end].key == keys[start].key {
                    if keys[end].group != keys[end - 1].group { groups += 1 }
                    end += 1
                }
                if groups >= cutoff { boilerplate.insert(keys[start].key) }
                start = end
            }
        }
        self.boilerplate = boilerplate

        for index in articles.indices {
            articles[index].weigh(corpus[index], configuration: configuration, boilerplate: boilerplate)
        }
        self.articles = articles
        let weighter = TermWeighter()
        vectors = weighter.weigh(articles.map(\.features)).vectors
        nameVectors = weighter.weigh(articles.map(\.nameFeatures)).vectors
    }

    /// Whether the publication days of two articles are further apart than the date window.
    func outsideDateWindow(_ a: Int, _ b: Int) -> Bool {
        guard let dayA = articles[a].day, let dayB = articles[b].day else { return false }
        return abs(dayA - dayB) > configuration.dateWindowDays
    }

    /// The event similarity of two articles (0…1): the cosine of the full vectors blended with
    /// the cosine of the name vectors; 0 outside the date window.
    func similarity(_ a: Int, _ b: Int) -> Double {
        if outsideDateWindow(a, b) { return 0 }
        let share = min(max(configuration.nameSimilarityShare, 0), 1)
        let full = vectors[a].dot(vectors[b])
        let names = share > 0 ? nameVectors[a].dot(nameVectors[b]) : 0
        let score = (1 - share) * full + share * names
        return min(max(score, 0), 1)
    }

    /// Candidate pairs: LSH over signatures ∪ pairs sharing a top-weighted term.
    func candidatePairs() -> [CandidatePair] {
        let maxPostings = max(50, articles.count / 10)
        let index = InvertedIndex(
            vectors: vectors, topTerms: configuration.candidateTermsPerArticle, maxPostings: maxPostings)
        return CandidatePair.normalized(lshPairs + index.candidatePairs())
    }
}
