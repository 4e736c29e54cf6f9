internal import StoryModel

/// Two sentences of different articles that say the same thing.
struct SentencePair: Sendable, Hashable {
    /// The sentence of the article earlier in canonical order.
    var x: SentenceRef
    /// The sentence of the other article.
    var y: SentenceRef
    /// Their similarity.
    var similarity: Double
}

/// The sentence alignment of a group of articles: one-to-one matches per article pair, article
/// centrality, and fused sentence groups.
///
/// Articles are put in a canonical order (by id) first, so the result does not depend on the
/// order they were given in.
///
/// **Matching.** For each pair of articles, every sentence pair at or above the fusion threshold
/// is an edge weighted by its similarity; the one-to-one matching of maximum total weight is
/// found exactly (Hungarian method per connected component, see ``MaximumWeightAssignment``).
///
/// **Fusion.** All accepted pairs of all article pairs are then taken by similarity, highest
/// first, and their groups united (union-find) unless the union would put two sentences of the
/// same article in one group (the stronger link, seen first, wins), or unless the two groups'
/// mean cross similarity falls below 60% of the threshold (average link, against chaining).
///
/// **Centrality.** An article's centrality is the sum of its accepted pairs' similarities: how
/// much of what it says the others also say. Ties go to the longer article, then the lower id.
struct SentenceAlignment: Sendable {
    /// The articles in canonical order (by id, duplicates dropped).
    let articles: [NormalizedArticle]
    /// The features the similarities were computed from.
    let features: SentenceFeatures
    /// Accepted one-to-one pairs of all article pairs, strongest first.
    let pairs: [SentencePair]
    /// Per article, its centrality score.
    let centrality: [Double]
    /// Article indices from most to least central.
    let centralOrder: [Int]
    /// Per article index, its position in `centralOrder` (0 = most central).
    let centralRank: [Int]
    /// Fused groups: each a sorted list of sentences, at most one per article. Every sentence of
    /// every article is in exactly one group. Groups are sorted by their first sentence.
    let groups: [[SentenceRef]]
    /// Per article, per sentence: the index of its group.
    let groupOf: [[Int]]

    /// Aligns `articles`.
    ///
    /// - Complexity: O(Σ nᵢ·nⱼ) similarity computations over article pairs.
    init(articles input: [NormalizedArticle], configuration: MergeConfiguration) {
        var seen: Set<String> = []
        let articles = input.sorted { $0.id < $1.id }.filter { seen.insert($0.id).inserted }
        self.articles = articles
        let features = SentenceFeatures(articles: articles, configuration: configuration)
        self.features = features

        var pairs: [SentencePair] = []
        var centrality = [Double](repeating: 0, count: articles.count)
        for a in 0..<articles.count {
            for b in (a + 1)..<max(a + 1, articles.count) {
                let matched = Self.match(a, b, articles: articles, features: features, threshold: configuration.fusionThreshold)
                for pair in matched {
                    centrality[a] += pair.similarity
                    centrality[b] += pair.similarity
                }
                pairs += matched
            }
        }
        pairs.sort(by: Self.stronger)
        self.pairs = pairs
        self.centrality = centrality
        let order = (0..<articles.count).sorted { l, r in
            if centrality[l] != centrality[r] { return centrality[l] > centrality[r] }
            if articles[l].sentences.count != articles[r].sentences.count {
                return articles[l].sentences.count > articles[r].sentences.count
            }
            return articles[l].id < articles[r].id
        }
        centralOrder = order
        var rank = [Int](repeating: 0, count: articles.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        centralRank = rank

        // Union-find with the one-sentence-per-article constraint.
        var offsets: [Int] = []
        var total = 0
        for article in articles { offsets.append(total); total += article.sentences.count }
        var parent = Array(0..<total)
        var members: [Set<Int>] = []
        var sentencesOf: [[SentenceRef]] = []
        for (a, article) in articles.enumerated() {
            for s in article.sentences.indices {
                members.append([a])
                sentencesOf.append([SentenceRef(article: a, sentence: s)])
            }
        }
        func find(_ node: Int) -> Int {
            var node = node
            while parent[node] != node { parent[node] = parent[parent[node]]; node = parent[node] }
            return node
        }
        for pair in pairs {
            let rx = find(offsets[pair.x.article] + pair.x.sentence)
            let ry = find(offsets[pair.y.article] + pair.y.sentence)
            guard rx != ry, members[rx].isDisjoint(with: members[ry]) else { continue }
            // Average link: the two groups as a whole must still say the same thing, so one
            // strong pair cannot chain unrelated sentences together.
            if sentencesOf[rx].count + sentencesOf[ry].count > 2 {
                var sum = 0.0
                for l in sentencesOf[rx] { for r in sentencesOf[ry] { sum += features.similarity(l, r) } }
                let mean = sum / Double(sentencesOf[rx].count * sentencesOf[ry].count)
                guard mean >= configuration.fusionThreshold * Self.averageLinkFactor else { continue }
            }
            let (root, child) = rx < ry ? (rx, ry) : (ry, rx)
            parent[child] = root
            members[root].formUnion(members[child])
            members[child] = []
            sentencesOf[root] += sentencesOf[child]
            sentencesOf[child] = []
        }
        var groupIndexOfRoot: [Int: Int] = [:]
        var groups: [[SentenceRef]] = []
        var groupOf: [[Int]] = articles.map { [Int](repeating: 0, count: $0.sentences.count) }
        for (a, article) in articles.enumerated() {
            for s in 0..<article.sentences.count {
                let root = find(offsets[a] + s)
                let g: Int
                if let existing = groupIndexOfRoot[root] { g = existing } else {
                    g = groups.count
                    groupIndexOfRoot[root] = g
                    groups.append([])
                }
                groups[g].append(SentenceRef(article: a, sentence: s))
                groupOf[a][s] = g
            }
        }
        self.groups = groups
        self.groupOf = groupOf
    }

    /// The share of the fusion threshold two groups' mean cross similarity must reach to unite.
    static let averageLinkFactor = 0.6

    /// Orders pairs strongest first, then by position, so every sort is deterministic.
    static func stronger(_ l: SentencePair, _ r: SentencePair) -> Bool {
        if l.similarity != r.similarity { return l.similarity > r.similarity }
        if l.x != r.x { return l.x < r.x }
        return l.y < r.y
    }

    /// Maximum-weight one-to-one matching of the sentences of articles `a` and `b` (`a < b`).
    ///
    /// Edges are the sentence pairs at or above `threshold`, weighted by their similarity (the
    /// thresholded similarity matrix). The candidate graph is split into connected components
    /// and each is solved exactly by ``MaximumWeightAssignment``; components are small (a fact
    /// and its paraphrases), so this stays fast on long articles.
    static func match(
        _ a: Int, _ b: Int, articles: [NormalizedArticle], features: SentenceFeatures, threshold: Double
    ) -> [SentencePair] {
        let rows = articles[a].sentences.count, columns = articles[b].sentences.count
        var candidates: [SentencePair] = []
        for i in 0..<rows {
            for j in 0..<columns {
                let x = SentenceRef(article: a, sentence: i), y = SentenceRef(article: b, sentence: j)
                let similarity = features.similarity(x, y)
                if similarity >= threshold, similarity > 0 {
                    candidates.append(SentencePair(x: x, y: y, similarity: similarity))
                }
            }
        }
        guard !candidates.isEmpty else { return [] }
        // Components of the bipartite candidate graph: nodes 0..<rows are rows, then columns.
        var parent = Array(0..<(rows + columns))
        func find(_ node: Int) -> Int {
            var node = node
            while parent[node] != node { parent[node] = parent[parent[node]]; node = parent[node] }
            return node
        }
        for pair in candidates {
            let r = find(pair.x.sentence), c = find(rows + pair.y.sentence)
            if r != c { parent[max(r, c)] = min(r, c) }
        }
        var components: [Int: [SentencePair]] = [:]
        for pair in candidates { components[find(pair.x.sentence), default: []].append(pair) }
        var accepted: [SentencePair] = []
        for root in components.keys.sorted() {
            let edges = components[root]!
            if edges.count == 1 { accepted.append(edges[0]); continue }
            let rowIDs = Array(Set(edges.map(\.x.sentence))).sorted()
            let columnIDs = Array(Set(edges.map(\.y.sentence))).sorted()
            let rowIndex = Dictionary(uniqueKeysWithValues: rowIDs.enumerated().map { ($1, $0) })
            let columnIndex = Dictionary(uniqueKeysWithValues: columnIDs.enumerated().map { ($1, $0) })
            var matrix = [[Double]](repeating: [Double](repeating: 0, count: columnIDs.count), count: rowIDs.count)
            var byCell: [[SentencePair?]] = [[SentencePair?]](repeating: [SentencePair?](repeating: nil, count: columnIDs.count), count: rowIDs.count)
            for edge in edges {
                let r = rowIndex[edge.x.sentence]!, c = columnIndex[edge.y.sentence]!
                matrix[r][c] = edge.similarity
                byCell[r][c] = edge
            }
            for cell in MaximumWeightAssignment.solve(matrix) {
                if let edge = byCell[cell.row][cell.column] { accepted.append(edge) }
            }
        }
        return accepted.sorted(by: stronger)
    }

    /// The span of one sentence.
    func span(_ ref: SentenceRef) -> SourceSpan {
        let article = articles[ref.article]
        let sentence = article.sentences[ref.sentence]
        return SourceSpan(
            articleID: article.id, source: article.article.source, file: article.article.file,
            sentenceIndex: sentence.index, range: sentence.range, text: sentence.text)
    }

    /// The group's sentence from the most central article in it.
    func representative(of group: [SentenceRef]) -> SentenceRef {
        group.min { centralRank[$0.article] < centralRank[$1.article] }!
    }

    /// A group's spans: the representative first, then the rest by outlet, article id, index.
    func spans(of group: [SentenceRef]) -> [SourceSpan] {
        let first = representative(of: group)
        let rest = group.filter { $0 != first }.map(span).sorted(by: spanOrder)
        return [span(first)] + rest
    }
}

/// Orders spans by outlet, then article id, then sentence index.
func spanOrder(_ l: SourceSpan, _ r: SourceSpan) -> Bool {
    if l.source != r.source { return l.source < r.source }
    if l.articleID != r.articleID { return l.articleID < r.articleID }
    return l.sentenceIndex < r.sentenceIndex
}
