package import StoryModel
internal import Similarity

/// Groups articles that cover the same event, with near-duplicate groups inside each event.
///
/// The steps:
/// 1. Features: word shingles → MinHash; content terms and names → tf-idf vectors over the corpus.
/// 2. Candidates: LSH over MinHash signatures ∪ articles sharing one of their top-weighted terms.
/// 3. Near-duplicates: LSH candidates whose exact shingle Jaccard reaches
///    `nearDuplicateThreshold`, grouped by union-find; a group always stays in one event.
/// 4. Events: average-link agglomerative clustering over the scored candidate graph, starting
///    from the near-duplicate groups, merging while the average similarity reaches
///    `eventThreshold` and never across the date window. Short articles
///    (`shortArticleWords`) sit this out, then each joins the event it scores highest with.
///
/// Articles are processed in id order, so shuffling the input does not change the output.
package struct EventClusterer: Sendable {
    /// The thresholds and parameters.
    package var configuration: ClusteringConfiguration
    /// How many threads build features; the clusters do not depend on it.
    package var threads: ThreadCount = .allCores
    /// Scores every pair instead of the candidate pairs (for measuring candidate recall).
    var exhaustiveCandidates = false

    /// Creates a clusterer.
    package init(configuration: ClusteringConfiguration = ClusteringConfiguration(), threads: ThreadCount = .allCores) {
        self.configuration = configuration
        self.threads = threads
    }

    /// Clusters articles into events.
    ///
    /// - Returns: clusters covering every article exactly once (singletons included), ids `E1…`
    ///   in output order: larger clusters first, then the earliest date, then the smallest
    ///   first article id. Members are sorted by (date, id), undated last.
    package func cluster(_ articles: [NormalizedArticle]) -> [EventCluster] {
        let extractor = FeatureExtractor(configuration: configuration)
        let features = articles.parallelMap(threads: threads) { extractor.features(of: $0) }
        StageTimer.finished("shingles and signatures")
        return cluster(features: features)
    }

    /// Clusters articles into events from their features (see `FeatureExtractor`), extracted
    /// with this clusterer's configuration; the same clusters as `cluster(_:)` on the articles.
    package func cluster(features: consuming [ArticleFeatures]) -> [EventCluster] {
        guard !features.isEmpty else { return [] }
        Self.sortCanonically(&features)
        let shortLimit = configuration.shortArticleWords
        var deferred = features.map { $0.wordCount < shortLimit }
        var corpus = CorpusFeatures(features: features, configuration: configuration, threads: threads)
        let ordered = corpus.articles
        let duplicateGroups = corpus.nearDuplicateGroups
        // A short near-duplicate of another article goes where its group goes.
        for group in duplicateGroups where group.count > 1 { for member in group { deferred[member] = false } }
        if !deferred.contains(true) { deferred = [] }

        var scored = corpus.takeCandidatePairs(threads: threads)
        StageTimer.finished("candidate pairs (\(scored.count))")
        if exhaustiveCandidates {
            scored = []
            for a in 0..<ordered.count { for b in (a + 1)..<ordered.count { scored.append(CandidatePair(a, b)) } }
        }
        var edges = Self.scored(consume scored, by: corpus, threads: threads)
        let shortEdges = deferred.isEmpty ? [] : edges.removeEdges(touching: deferred)
        // Average link needs only the edges and days: the vectors go before it builds its maps.
        corpus.releaseVectors()
        FreedMemory.returnToSystem()
        StageTimer.finished("pair scores (\(edges.count) edges)")
        // Dates act through the pair scores (`CorpusFeatures.dateFactor`); with no half-life the
        // window is a hard limit between clusters too.
        let window = configuration.dateWindowDays
        let hardWindow = configuration.dateHalfLifeDays <= 0
        let days = corpus.articles.map(\.day)
        func canMerge(_ left: [Int], _ right: [Int]) -> Bool {
            guard hardWindow else { return true }
            let l = Self.dayRange(left, days), r = Self.dayRange(right, days)
            guard let l, let r else { return true }
            return r.max - l.min <= window && l.max - r.min <= window
        }
        var groups = AverageLinkClustering.cluster(
            count: ordered.count, groups: duplicateGroups, edges: consume edges, threshold: configuration.eventThreshold,
            relative: (configuration.relativeLinkFactor, configuration.relativeLinkMinimumSize), threads: threads,
            canMerge: canMerge)
        if !deferred.isEmpty {
            groups = Self.attach(deferred, by: shortEdges, to: groups, threshold: configuration.eventThreshold, canMerge: canMerge)
        }

        StageTimer.finished("average link: cluster lists")
        // Each near-duplicate group to the event holding it, in one pass (not a scan per event).
        var eventOf = [Int](repeating: 0, count: ordered.count)
        for (event, group) in groups.enumerated() { for member in group.members { eventOf[member] = event } }
        var duplicatesOf = [[[Int]]](repeating: [], count: groups.count)
        for group in duplicateGroups { duplicatesOf[eventOf[group[0]]].append(group) }

        var clusters: [(members: [Int], cluster: EventCluster, first: CalendarDay?)] = []
        // Each article's place in its event: every article is in one event.
        var position = [Int](repeating: 0, count: ordered.count)
        for (event, group) in groups.enumerated() {
            // By date (undated last), then id: articles are in id order, so the index stands
            // for the id, and no string is compared.
            let members = group.members.sorted { (days[$0] ?? .max, $0) < (days[$1] ?? .max, $1) }
            for (place, member) in members.enumerated() { position[member] = place }
            let duplicates = duplicatesOf[event]
                .map { $0.sorted { position[$0] < position[$1] } }
                .sorted { position[$0[0]] < position[$1[0]] }
                .map { $0.map { ordered[$0].id } }
            // From the edges average link summed: every member pair would be quadratic in a big event.
            let cohesion = (min(group.cohesion, 1) * 1000).rounded() / 1000
            let first = members.compactMap { ordered[$0].date }.min()
            clusters.append((
                members,
                EventCluster(
                    id: "", articleIDs: members.map { ordered[$0].id }, nearDuplicateGroups: duplicates,
                    cohesion: cohesion),
                first
            ))
        }
        clusters.sort { x, y in
            if x.members.count != y.members.count { return x.members.count > y.members.count }
            switch (x.first, y.first) {
            case let (a?, b?) where a != b: return a < b
            case (.some, nil): return true
            case (nil, .some): return false
            default: return x.cluster.articleIDs[0] < y.cluster.articleIDs[0]
            }
        }
        StageTimer.finished("event order")
        return clusters.enumerated().map { index, entry in
            var cluster = entry.cluster
            cluster.id = "E\(index + 1)"
            return cluster
        }
    }

    /// Joins each `deferred` article (a singleton of `groups`) to the event its edges score
    /// highest with on average over the event's members, when that average reaches
    /// `threshold` and `canMerge` allows it (else it stays alone); ties go to the earlier
    /// event. Only the events average link formed count: a deferred article never joins
    /// another deferred one.
    ///
    /// - Parameters:
    ///   - deferred: per article, whether it was left out of average link.
    ///   - edges: the scored edges with a deferred article, in pair order.
    static func attach(
        _ deferred: [Bool], by edges: [AverageLinkClustering.Edge], to groups: [AverageLinkClustering.Cluster],
        threshold: Double, canMerge: ([Int], [Int]) -> Bool
    ) -> [AverageLinkClustering.Cluster] {
        var groups = groups
        var eventOf = [Int](repeating: 0, count: deferred.count)
        for (event, group) in groups.enumerated() { for member in group.members { eventOf[member] = event } }
        let sizes = groups.map(\.members.count)
        // Each deferred article's edges to formed events, grouped by article (ascending).
        var sums: [Int: [Int: Double]] = [:]
        for edge in edges {
            for (article, other) in [(edge.a, edge.b), (edge.b, edge.a)] where deferred[article] && !deferred[other] {
                sums[article, default: [:]][eventOf[other], default: 0] += edge.similarity
            }
        }
        var emptied: [Int] = []
        for article in sums.keys.sorted() {
            guard let events = sums[article] else { continue }
            var best: (event: Int, average: Double)?
            for event in events.keys.sorted() {
                let average = events[event]! / Double(sizes[event])
                if average > (best?.average ?? -1) { best = (event, average) }
            }
            guard let best, best.average >= threshold, canMerge(groups[best.event].members, [article]) else { continue }
            let own = eventOf[article]
            groups[best.event].withinSimilarity += events[best.event]!
            let place = groups[best.event].members.firstIndex { $0 > article } ?? groups[best.event].members.endIndex
            groups[best.event].members.insert(article, at: place)
            groups[own].members = []
            emptied.append(own)
        }
        return emptied.isEmpty ? groups : groups.filter { !$0.members.isEmpty }
    }

    /// The pairs with a positive score, as edges, in pair order: each pair's score is written in
    /// place beside it, in blocks on every core, and the unscored pairs removed after, so the
    /// edges do not depend on the thread count, and tens of millions of pairs are held once with
    /// their scores (16 bytes a pair), never also as per-block lists or a copy.
    private static func scored(
        _ pairs: consuming [CandidatePair], by corpus: CorpusFeatures, threads: ThreadCount
    ) -> AverageLinkClustering.Edges {
        let pairs = consume pairs
        var similarities = [Double](repeating: 0, count: pairs.count)
        // Pairs come sorted, so a worker scatters each first article's vectors once for its run.
        similarities.parallelUpdate(threads: threads, blockSize: 8192, state: { corpus.pairScratch() }) { index, similarity, scratch in
            let pair = pairs[index]
            similarity = corpus.similarity(pair.first, pair.second, using: &scratch)
        }
        var edges = AverageLinkClustering.Edges(pairs: consume pairs, similarities: consume similarities)
        edges.removeNonPositive()
        return edges
    }

    /// The event similarity of two articles (0…1), with `corpus` giving term statistics.
    ///
    /// This is the score the clusterer links articles with: the blend of full-vector and
    /// name-vector cosines, 0 when the publication days are outside the date window. `a` and
    /// `b` are added to the corpus when it does not contain them (by id). To score many pairs of
    /// one corpus, build an `EventScorer` once instead.
    package func similarity(_ a: NormalizedArticle, _ b: NormalizedArticle, corpus: [NormalizedArticle]) -> Double {
        if a.id == b.id { return 1 }
        var documents = corpus
        var ids = Set(corpus.map(\.id))
        for article in [a, b] where !ids.contains(article.id) {
            documents.append(article)
            ids.insert(article.id)
        }
        return EventScorer(corpus: documents, configuration: configuration).similarity(a.id, b.id) ?? 0
    }

    /// Articles sorted by id (then date and source for repeated ids), independent of input order.
    static func canonicalOrder(_ articles: [NormalizedArticle]) -> [NormalizedArticle] {
        articles.sorted { precedesCanonically(
            ($0.id, $0.article.date, $0.article.source, $0.words.count),
            ($1.id, $1.article.date, $1.article.source, $1.words.count)) }
    }

    /// Sorts features in the order of `canonicalOrder(_:)`.
    static func sortCanonically(_ articles: inout [ArticleFeatures]) {
        articles.sort { precedesCanonically(($0.id, $0.date, $0.source, $0.wordCount), ($1.id, $1.date, $1.source, $1.wordCount)) }
    }

    /// The canonical order: id, then date (undated last), outlet and word count.
    private static func precedesCanonically(
        _ a: (id: String, date: CalendarDay?, source: String, words: Int),
        _ b: (id: String, date: CalendarDay?, source: String, words: Int)
    ) -> Bool {
        if a.id != b.id { return a.id < b.id }
        let dayA = a.date?.ordinal ?? Int.max, dayB = b.date?.ordinal ?? Int.max
        if dayA != dayB { return dayA < dayB }
        if a.source != b.source { return a.source < b.source }
        return a.words < b.words
    }

    /// The earliest and latest known day among members, or `nil` when none is dated.
    private static func dayRange(_ members: [Int], _ days: [Int?]) -> (min: Int, max: Int)? {
        var result: (min: Int, max: Int)?
        for member in members {
            guard let day = days[member] else { continue }
            result = result.map { (Swift.min($0.min, day), Swift.max($0.max, day)) } ?? (day, day)
        }
        return result
    }
}
