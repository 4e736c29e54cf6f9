package import StoryModel
internal import Similarity

/// The clusterer's pair score over one corpus, built once and queried many times (for `diff`,
/// `--explain` and cluster tables).
///
/// `EventClusterer.similarity(_:_:corpus:)` answers one question and rebuilds the corpus
/// statistics each time; a scorer keeps them.
package struct EventScorer: Sendable {
    private let features: CorpusFeatures
    private let index: [String: Int]
    private let articles: [NormalizedArticle]

    /// Builds term statistics, near-duplicate groups and vectors for a corpus.
    ///
    /// - Parameters:
    ///   - corpus: the articles; with repeated ids the first in id order wins.
    ///   - configuration: the clusterer's configuration.
    /// - Complexity: the feature extraction of `EventClusterer.cluster`, without the clustering.
    package init(corpus: [NormalizedArticle], configuration: ClusteringConfiguration = ClusteringConfiguration()) {
        let ordered = EventClusterer.canonicalOrder(corpus)
        features = CorpusFeatures(ordered, configuration: configuration)
        var index: [String: Int] = [:]
        for (position, article) in ordered.enumerated() where index[article.id] == nil {
            index[article.id] = position
        }
        self.index = index
        self.articles = ordered
    }

    /// The event similarity (0…1) of two articles of the corpus, as the clusterer scores it;
    /// `nil` when an id is not in the corpus.
    package func similarity(_ a: String, _ b: String) -> Double? {
        guard let x = index[a], let y = index[b] else { return nil }
        return x == y ? 1 : features.similarity(x, y)
    }

    /// The exact word-shingle Jaccard similarity of two articles (how much text they share);
    /// `nil` when an id is not in the corpus.
    package func shingleJaccard(_ a: String, _ b: String) -> Double? {
        guard let x = index[a], let y = index[b] else { return nil }
        return shingleJaccard(x, y)
    }

    /// The exact word-shingle Jaccard similarity of the articles at two positions; a template
    /// page (see `CorpusFeatures.templatePages`) shares no shingles.
    private func shingleJaccard(_ x: Int, _ y: Int) -> Double {
        let configuration = features.configuration
        let shingler = WordShingler(size: configuration.shingleSize, seed: configuration.seed)
        func shingles(_ position: Int) -> [UInt64] {
            features.articles[position].titleOnly ? [] : shingler.shingles(articles[position].words)
        }
        return SortedSet.jaccard(shingles(x), shingles(y))
    }

    /// The evidence behind a pair's score: cosine, date factor, shared text, and the shared
    /// terms and names that weigh most; `nil` when an id is not in the corpus.
    ///
    /// - Parameters:
    ///   - a: the first article's id.
    ///   - b: the second article's id.
    ///   - top: how many shared terms to list.
    /// - Returns: the explanation, with `sameEvent` false and no `events` (the caller knows the clusters).
    package func explain(_ a: String, _ b: String, top: Int = 12) -> PairExplanation? {
        guard let x = index[a], let y = index[b] else { return nil }
        let vectorA = features.vectors[x], vectorB = features.vectors[y]
        let seed = features.configuration.seed
        let labels = ArticleFeatures.labels(of: articles[x], seed: seed)
            .merging(ArticleFeatures.labels(of: articles[y], seed: seed)) { first, _ in first }
        var shared: [PairExplanation.SharedTerm] = []
        var i = vectorA.ids.startIndex, j = vectorB.ids.startIndex
        while i < vectorA.ids.endIndex, j < vectorB.ids.endIndex {
            if vectorA.ids[i] == vectorB.ids[j] {
                let key = features.dictionary.key(vectorA.ids[i])
                let label = labels[key] ?? ("#\(String(key, radix: 16))", false)
                shared.append(.init(
                    term: label.text, isName: label.isName, contribution: Double(vectorA.weights[i]) * Double(vectorB.weights[j])))
                i += 1
                j += 1
            } else if vectorA.ids[i] < vectorB.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        shared.sort { ($0.contribution, $1.term) > ($1.contribution, $0.term) }
        let days: Int? = features.articles[x].day.flatMap { dayA in features.articles[y].day.map { abs(dayA - $0) } }
        let jaccard = shingleJaccard(x, y)
        let decay = features.dateFactor(x, y), content = features.contentSimilarity(x, y)
        let nearDuplicate = features.nearDuplicateGroups.contains { $0.contains(x) && $0.contains(y) }
        return PairExplanation(
            a: ArticleSummary(articles[x]), b: ArticleSummary(articles[y]),
            score: x == y ? 1 : features.similarity(x, y), threshold: features.configuration.eventThreshold,
            cosine: vectorA.dot(vectorB), dateFactor: CorpusFeatures.faded(decay, content: content, configuration: features.configuration),
            dateDecay: decay, daysApart: days,
            shingleJaccard: jaccard, nearDuplicates: nearDuplicate, sameEvent: false, events: [],
            sharedTerms: Array(shared.prefix(top)), adjustments: x == y ? [] : features.adjustments(x, y))
    }
}
