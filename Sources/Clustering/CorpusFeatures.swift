internal import StoryModel
internal import Similarity

/// Features and term statistics of a whole corpus, near-duplicate groups, and the combined pair
/// score built on them.
struct CorpusFeatures: Sendable {
    /// The configuration the features were built with.
    let configuration: ClusteringConfiguration
    /// What scoring and ordering read of each article once the vectors are built, in input
    /// order.
    let articles: [ArticleFeatures.LastingValues]
    /// Full term-and-name vectors, unit length, in input order (empty once released).
    private(set) var vectors: [SparseVector]
    /// Name-only vectors, unit length, in input order; empty once released, and when
    /// `nameSimilarityShare` is 0 (no score reads them then).
    private(set) var nameVectors: [SparseVector]
    /// Pairs proposed by LSH over the MinHash signatures (empty once taken, see
    /// `takeCandidatePairs`).
    private(set) var lshPairs: [CandidatePair]
    /// Near-duplicate groups (two or more articles each, ascending, by smallest member).
    let nearDuplicateGroups: [[Int]]
    /// Sentence keys treated as boilerplate across the corpus.
    let boilerplate: Set<UInt64>
    /// The hash of each article's outlet, `nil` when unknown.
    let sources: [UInt64?]
    /// The terms and names behind the ids of `vectors`.
    let dictionary: TermDictionary

    /// Extracts features, finds near-duplicates and weighs the corpus.
    ///
    /// - Parameters:
    ///   - corpus: the articles, in the order every index refers to.
    ///   - configuration: the parameters.
    ///   - threads: how many threads build per-article features; the result does not depend on it.
    init(_ corpus: [NormalizedArticle], configuration: ClusteringConfiguration, threads: ThreadCount = .allCores) {
        let extractor = FeatureExtractor(configuration: configuration)
        let features = corpus.parallelMap(threads: threads) { extractor.features(of: $0) }
        StageTimer.finished("shingles and signatures")
        self.init(features: features, configuration: configuration, threads: threads)
    }

    /// Finds near-duplicates and weighs the corpus from features already extracted.
    ///
    /// - Parameters:
    ///   - features: each article's features (from `FeatureExtractor`), in the order every
    ///     index refers to.
    ///   - configuration: the parameters the features were extracted with.
    ///   - threads: how many threads work; the result does not depend on it.
    init(features: consuming [ArticleFeatures], configuration: ClusteringConfiguration, threads: ThreadCount = .allCores) {
        self.configuration = configuration
        var articles = consume features

        // Template pages first: short pages (a paywall or sign-up notice, an error page) whose
        // text is mostly shared with other short pages under different headlines say nothing of
        // their event and would all be near-duplicates of each other. They are described by
        // their headline alone and take no part in near-duplicate detection.
        for index in Self.templatePages(articles, configuration: configuration, threads: threads) {
            articles[index].titleOnly = true
            articles[index].shingles = []
            articles[index].bandKeys = []
        }
        for index in articles.indices { articles[index].templateShingles = [] }

        StageTimer.finished("template pages")
        let banding = LSHBanding(
            signatureSize: configuration.signatureSize, bands: configuration.bands, seed: configuration.seed)
        lshPairs = banding.candidatePairs(bandKeys: articles.map(\.bandKeys), threads: threads, maxBucket: Self.maximumBucket)
        // Each step below drops what only it needed, so a big corpus never holds all at once.
        for index in articles.indices { articles[index].bandKeys = [] }
        StageTimer.finished("LSH candidates (\(lshPairs.count))")
        var unionFind = Self.nearDuplicates(articles.map(\.shingles), pairs: lshPairs, configuration: configuration, threads: threads)
        nearDuplicateGroups = unionFind.groups()
        for index in articles.indices { articles[index].shingles = [] }
        FreedMemory.returnToSystem()
        StageTimer.finished("near-duplicates (\(nearDuplicateGroups.count) groups)")

        // Boilerplate: a sentence repeated verbatim by many independent articles (near-duplicates
        // count once), or by several articles of one outlet, says nothing about the event.
        let groupCount = articles.count - nearDuplicateGroups.reduce(0) { $0 + $1.count - 1 }
        let globalCutoff = configuration.boilerplateMinimumArticles > 0
            ? max(configuration.boilerplateMinimumArticles, groupCount / 100) : Int.max
        let sourceCutoff = configuration.sourceBoilerplateMinimumArticles > 0
            ? configuration.sourceBoilerplateMinimumArticles : Int.max
        let sources = articles.map { Self.sourceSeed($0.source, seed: configuration.seed) }
        self.sources = sources
        var keys: [(key: UInt64, group: Int)] = []
        var sourceKeys: [(key: UInt64, group: Int)] = []
        for index in articles.indices {
            let group = unionFind.find(index)
            let source = sources[index]
            // A sentence repeated inside one article counts once: it has one group.
            articles[index].forEachSentenceKey(seed: configuration.seed) { key in
                if globalCutoff != Int.max { keys.append((key, group)) }
                if let source, sourceCutoff != Int.max { sourceKeys.append((Self.sourceKey(key, source), group)) }
            }
        }
        var boilerplate = Self.frequentKeys(keys, cutoff: globalCutoff, threads: threads)
        boilerplate.formUnion(Self.frequentKeys(sourceKeys, cutoff: sourceCutoff, threads: threads))
        self.boilerplate = boilerplate
        (keys, sourceKeys) = ([], [])
        StageTimer.finished("boilerplate sentences")

        // Weighed a range of articles at a time: each range's per-sentence keys (whole batch
        // buffers, see `ArticleFeatures.pack`) go back to the system before the next range's
        // feature lists are made, so the two are never all held at once.
        let boilerplateKeys = boilerplate
        for start in stride(from: 0, to: articles.count, by: Self.articlesPerRelease) {
            let range = start..<min(start + Self.articlesPerRelease, articles.count)
            articles.parallelUpdate(threads: threads, in: range) { index, features in
                let source = sources[index]
                features.weigh(
                    configuration: configuration, boilerplate: boilerplateKeys,
                    sourceKey: { key in source.map { Self.sourceKey(key, $0) } })
            }
            FreedMemory.returnToSystem()
        }
        StageTimer.finished("article features")
        // The feature lists move into the weighter, which keeps only the vectors; of the rest of
        // each article's features only the lasting values stay (see `freshLastingValues()`),
        // copied together before the weighter's tables are built.
        var lists: [[WeightedFeature]] = [], nameLists: [[WeightedFeature]] = []
        let keepsNames = configuration.nameSimilarityShare > 0
        lists.reserveCapacity(articles.count)
        if keepsNames { nameLists.reserveCapacity(articles.count) }
        for index in articles.indices {
            let (features, names) = articles[index].takeWeighedFeatures()
            lists.append(features)
            if keepsNames { nameLists.append(names) }
        }
        self.articles = articles.map { $0.freshLastingValues() }
        _ = consume articles
        FreedMemory.returnToSystem()
        let weighter = TermWeighter()
        let weighted = weighter.weigh(consume lists, threads: threads)
        vectors = weighted.vectors
        dictionary = weighted.dictionary
        nameVectors = keepsNames ? weighter.weigh(consume nameLists, threads: threads).vectors : []
        FreedMemory.returnToSystem()
        StageTimer.finished("tf-idf vectors")
    }

    /// Drops the vectors once every pair is scored (`similarity` cannot be asked after this).
    mutating func releaseVectors() {
        vectors = []
        nameVectors = []
    }

    /// How many articles are weighed between returns of freed memory to the system.
    static let articlesPerRelease = 65_536

    /// LSH buckets larger than this link their members in a chain instead of all pairs, so a
    /// signature shared by thousands of articles (an empty page, a template) stays linear.
    static let maximumBucket = 500

    /// Indices of template pages: short articles (under `templateMaximumTerms` content terms)
    /// with a headline, at least half of whose shingles occur in `templateMinimumArticles` or
    /// more short articles under three or more different headlines. Long articles sharing every
    /// shingle under new headlines are wire copies, not templates, and are never counted.
    ///
    /// The shingles are counted in passes, each over the shingles of one residue of their hash,
    /// so the sorted `(shingle, headline)` entries of a million short pages are never all held
    /// at once; the passes change no result.
    ///
    /// - Parameter entriesPerPass: about how many entries a pass sorts.
    /// - Complexity: O(s log s) in the number of shingles of short articles.
    static func templatePages(
        _ articles: [ArticleFeatures], configuration: ClusteringConfiguration, entriesPerPass: Int = 4 << 20,
        threads: ThreadCount = .allCores
    ) -> [Int] {
        let minimum = configuration.templateMinimumArticles
        guard minimum > 0, articles.count >= minimum else { return [] }
        let short = articles.indices.filter { index in
            articles[index].headlineKey != nil && articles[index].termCount < configuration.templateMaximumTerms
        }
        guard short.count >= minimum else { return [] }
        let titles = short.map { articles[$0].headlineKey! }
        let total = short.reduce(0) { $0 + articles[$1].templateShingles.count }
        let passes = UInt64(max(1, (total + entriesPerPass - 1) / max(1, entriesPerPass)))
        var template = Set<UInt64>()
        for pass in 0..<passes {
            // Each shingle with the headline of every short page holding it.
            var entries: [(key: UInt64, group: UInt64)] = []
            for (position, index) in short.enumerated() {
                // The pass of a shingle: its hash scaled to 0..<passes (a multiplication, not
                // a division, for each of tens of millions of shingles in every pass).
                for shingle in articles[index].templateShingles where shingle.multipliedFullWidth(by: passes).high == pass {
                    entries.append((shingle, titles[position]))
                }
            }
            template.formUnion(Self.keys(of: entries, minimumEntries: minimum, minimumGroups: 3, threads: threads))
        }
        guard !template.isEmpty else { return [] }
        return short.filter { index in
            let shingles = articles[index].templateShingles
            return !shingles.isEmpty && shingles.filter(template.contains).count * 2 >= shingles.count
        }
    }

    /// Joins the near-duplicates among `pairs` (see `areNearDuplicates`).
    ///
    /// Pairs are taken in blocks: a pair already joined through others is not compared again
    /// (a wire copy republished a hundred times is one set after a hundred comparisons, not
    /// five thousand), and the rest of a block is compared on every core. The sets are the
    /// connected components of the near-duplicate pairs, so neither the block size nor the
    /// thread count changes them.
    static func nearDuplicates(
        _ shingles: [ArraySlice<UInt32>], pairs: [CandidatePair], configuration: ClusteringConfiguration,
        threads: ThreadCount
    ) -> UnionFind {
        var unionFind = UnionFind(count: shingles.count)
        let blockSize = 16_384
        var start = 0
        while start < pairs.count {
            let end = min(start + blockSize, pairs.count)
            var unjoined: [CandidatePair] = []
            for pair in pairs[start..<end] where unionFind.find(pair.first) != unionFind.find(pair.second) {
                unjoined.append(pair)
            }
            let open = unjoined
            let chunk = 1024
            let verdicts = Array(stride(from: 0, to: open.count, by: chunk)).parallelMap(threads: threads) { first in
                open[first..<min(first + chunk, open.count)].map { pair in
                    areNearDuplicates(shingles[pair.first], shingles[pair.second], configuration: configuration)
                }
            }.flatMap { $0 }
            for (pair, joined) in zip(open, verdicts) where joined { unionFind.union(pair.first, pair.second) }
            start = end
        }
        return unionFind
    }

    /// Whether two shingle sets are near-duplicates: Jaccard at least `nearDuplicateThreshold`,
    /// or the smaller set (of 30 shingles or more) at least `nearDuplicateContainment` inside
    /// the larger — a copy that dropped a paragraph or was cut short.
    ///
    /// The intersection is counted only while it can still reach either bound, so most
    /// unrelated candidates are rejected after a fraction of their shingles.
    static func areNearDuplicates(
        _ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>, configuration: ClusteringConfiguration
    ) -> Bool {
        guard !a.isEmpty || !b.isEmpty else { return false }
        let smaller = min(a.count, b.count)
        let containment = configuration.nearDuplicateContainment > 0 && smaller >= 30
        // Jaccard ≥ t ⟺ shared ≥ t·(|A| + |B|) / (1 + t); containment: shared ≥ c·min(|A|, |B|).
        let threshold = configuration.nearDuplicateThreshold
        let jaccardNeed = threshold * Double(a.count + b.count) / (1 + threshold)
        // A hair lower, so rounding never stops a pair the exact tests below would accept.
        let need = (containment ? min(jaccardNeed, configuration.nearDuplicateContainment * Double(smaller)) : jaccardNeed) - 1e-6
        let shared = a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                SortedSet.intersectionCount(x, y, stoppingBelow: need)
            }
        }
        guard let shared else { return false }
        let union = a.count + b.count - shared
        if Double(shared) >= threshold * Double(union) { return true }
        return containment && Double(shared) >= configuration.nearDuplicateContainment * Double(smaller)
    }

    /// The hash of an outlet name, or `nil` when the source is unknown (empty).
    static func sourceSeed(_ source: String, seed: UInt64) -> UInt64? {
        source.isEmpty ? nil : StableHash.hash(source, seed: seed ^ 0x534F_5552_4345)
    }

    /// A sentence key specific to one outlet.
    static func sourceKey(_ key: UInt64, _ source: UInt64) -> UInt64 {
        StableHash.finalize(StableHash.mum(key ^ 0x9E37_79B9_7F4A_7C15, source | 1))
    }

    /// Keys that occur in at least `cutoff` distinct groups.
    static func frequentKeys(_ entries: [(key: UInt64, group: Int)], cutoff: Int, threads: ThreadCount = .allCores) -> Set<UInt64> {
        guard cutoff != Int.max else { return [] }
        return keys(of: entries, minimumEntries: 1, minimumGroups: cutoff, threads: threads)
    }

    /// The keys with at least `minimumEntries` entries in at least `minimumGroups` distinct
    /// groups.
    ///
    /// The entries are spread by a hash of their keys into buckets (every entry of a key in one
    /// bucket), and the buckets are sorted by key and group and their runs of one key
    /// counted on every core; the set found does not depend on the thread count.
    /// - Complexity: O(n log n) for n entries.
    static func keys<Group: Comparable & Sendable>(
        of entries: [(key: UInt64, group: Group)], minimumEntries: Int, minimumGroups: Int,
        threads: ThreadCount = .allCores
    ) -> Set<UInt64> {
        // The top bits of the key times an odd constant: they depend on every bit of the key,
        // so keys a template pass picked by their own top bits still spread over all buckets.
        let bucketBits = 6
        func bucket(_ key: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bucketBits)) }
        var starts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        for entry in entries { starts[bucket(entry.key) + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var next = starts
        var bucketed = [(key: UInt64, group: Group)](unsafeUninitializedCapacity: entries.count) { buffer, count in
            for entry in entries {
                let position = next[bucket(entry.key)]
                buffer.initializeElement(at: position, to: entry)
                next[bucket(entry.key)] = position + 1
            }
            count = entries.count
        }
        let bounds = starts
        let found = bucketed.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedSlots(buffer.baseAddress)
            return Array(0..<(1 << bucketBits)).parallelMap(threads: threads) { index -> [UInt64] in
                guard let base = shared.pointer, bounds[index] < bounds[index + 1] else { return [] }
                var sorted = UnsafeMutableBufferPointer(start: base + bounds[index], count: bounds[index + 1] - bounds[index])
                sorted.sort { $0.key != $1.key ? $0.key < $1.key : $0.group < $1.group }
                var keys: [UInt64] = []
                var start = 0
                while start < sorted.count {
                    var end = start + 1
                    var groups = 1
                    while end < sorted.count, sorted[end].key == sorted[start].key {
                        if sorted[end].group != sorted[end - 1].group { groups += 1 }
                        end += 1
                    }
                    if end - start >= minimumEntries, groups >= minimumGroups { keys.append(sorted[start].key) }
                    start = end
                }
                return keys
            }
        }
        return Set(found.joined())
    }

    /// How much the publication days of two articles lower their similarity: 1 within the
    /// date window (or when a day is unknown), then halving every `dateHalfLifeDays` beyond it,
    /// down to `dateDecayFloor`. Follow-ups (an arrest, a trial) keep part of their similarity;
    /// look-alike events years apart lose most of it.
    func dateFactor(_ a: Int, _ b: Int) -> Double {
        guard let dayA = articles[a].day, let dayB = articles[b].day else { return 1 }
        let beyond = abs(dayA - dayB) - configuration.dateWindowDays
        guard beyond > 0 else { return 1 }
        guard configuration.dateHalfLifeDays > 0 else { return 0 }
        let factor = exponential2(-Double(beyond) / configuration.dateHalfLifeDays)
        return max(factor, configuration.dateDecayFloor)
    }

    /// A date factor for a pair whose term/name similarity is `content`: faded towards 1 as
    /// `content` rises from `eventThreshold` to `dateDecayCeiling`, so dates decide between
    /// borderline pairs but do not part a follow-up that shares the event's names and facts.
    /// 0 (outside a hard window) and 1 stay as they are.
    static func faded(_ factor: Double, content: Double, configuration: ClusteringConfiguration) -> Double {
        let low = configuration.eventThreshold, high = configuration.dateDecayCeiling
        guard factor > 0, factor < 1, high > low else { return factor }
        let strength = min(max((content - low) / (high - low), 0), 1)
        return factor + (1 - factor) * strength
    }

    /// The term/name similarity of two articles: the cosine of the full vectors blended with
    /// the cosine of the name vectors, before dates and the pair's other factors.
    func contentSimilarity(_ a: Int, _ b: Int) -> Double {
        let share = nameShare
        let full = vectors[a].dot(vectors[b])
        return share > 0 ? (1 - share) * full + share * nameVectors[a].dot(nameVectors[b]) : full
    }

    /// The event similarity of two articles (0…1): the cosine of the full vectors blended with
    /// the cosine of the name vectors, lowered by `dateFactor` as `faded` by that similarity.
    func similarity(_ a: Int, _ b: Int) -> Double {
        let dates = dateFactor(a, b)
        if dates == 0 { return 0 }
        let full = vectors[a].dot(vectors[b])
        let names = nameShare > 0 ? nameVectors[a].dot(nameVectors[b]) : 0
        return combined(a, b, full: full, names: names, dates: dates)
    }

    /// What scoring many pairs in a row keeps: the first article's vectors, scattered (see
    /// `ScatteredVector`), while the pairs that share it are scored. One per worker.
    struct PairScratch: Sendable {
        fileprivate var full: ScatteredVector
        fileprivate var names: ScatteredVector
        /// The article whose vectors are scattered.
        fileprivate var loaded: Int?
    }

    /// An empty scratch sized for this corpus's vectors.
    func pairScratch() -> PairScratch {
        PairScratch(
            full: ScatteredVector(dimension: dictionary.count),
            names: ScatteredVector(dimension: nameShare > 0 ? ScatteredVector.dimension(of: nameVectors) : 0),
            loaded: nil)
    }

    /// `similarity(a, b)`, the same to the bit, faster when consecutive calls share `a`.
    func similarity(_ a: Int, _ b: Int, using scratch: inout PairScratch) -> Double {
        let dates = dateFactor(a, b)
        if dates == 0 { return 0 }
        if scratch.loaded != a {
            scratch.full.load(vectors[a])
            if nameShare > 0 { scratch.names.load(nameVectors[a]) }
            scratch.loaded = a
        }
        let full = scratch.full.dot(vectors[b])
        let names = nameShare > 0 ? scratch.names.dot(nameVectors[b]) : 0
        return combined(a, b, full: full, names: names, dates: dates)
    }

    /// The share of the name cosine in the blend, 0…1.
    private var nameShare: Double { min(max(configuration.nameSimilarityShare, 0), 1) }

    /// The pair score from its two cosines and date factor, with the pair's other factors.
    private func combined(_ a: Int, _ b: Int, full: Double, names: Double, dates: Double) -> Double {
        let share = nameShare
        let content = (1 - share) * full + share * names
        var score = content * Self.faded(dates, content: content, configuration: configuration)
        if sameOutlet(a, b) { score *= configuration.sameSourceFactor }
        if headlineNumbersDisagree(a, b) { score *= configuration.headlineNumberMismatchFactor }
        if agesDisagree(a, b) { score *= configuration.ageMismatchFactor }
        if streetsDisagree(a, b) { score *= configuration.streetMismatchFactor }
        if clockTimesDisagree(a, b) { score *= configuration.clockTimeMismatchFactor }
        return min(max(score, 0), 1)
    }

    /// Whether both articles come from one known outlet (its articles share house wording).
    func sameOutlet(_ a: Int, _ b: Int) -> Bool {
        if let source = sources[a], source == sources[b] { return true }
        return false
    }

    /// Whether both headlines state small numbers (counts, ages) and share none.
    func headlineNumbersDisagree(_ a: Int, _ b: Int) -> Bool {
        Self.disjoint(articles[a].headlineNumbers, articles[b].headlineNumbers)
    }

    /// Whether both articles give ages and share none.
    func agesDisagree(_ a: Int, _ b: Int) -> Bool {
        Self.disjoint(articles[a].ages, articles[b].ages)
    }

    /// Whether both articles name streets and share none.
    func streetsDisagree(_ a: Int, _ b: Int) -> Bool {
        Self.disjoint(articles[a].streets, articles[b].streets)
    }

    /// Whether both articles give clock times and share none.
    func clockTimesDisagree(_ a: Int, _ b: Int) -> Bool {
        Self.disjoint(articles[a].clockTimes, articles[b].clockTimes)
    }

    /// Whether two non-empty sorted lists have no element in common.
    static func disjoint<T: Comparable>(_ x: [T], _ y: [T]) -> Bool {
        guard !x.isEmpty, !y.isEmpty else { return false }
        var i = 0, j = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { return false }
            if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    /// The factors `similarity` applied to a pair besides dates, with their reasons in words.
    func adjustments(_ a: Int, _ b: Int) -> [PairExplanation.Adjustment] {
        func list(_ values: [Int]) -> String { values.map(String.init).joined(separator: ", ") }
        var result: [PairExplanation.Adjustment] = []
        if sameOutlet(a, b), configuration.sameSourceFactor != 1 {
            result.append(.init(reason: "the same outlet", factor: configuration.sameSourceFactor))
        }
        if headlineNumbersDisagree(a, b), configuration.headlineNumberMismatchFactor != 1 {
            let x = articles[a].headlineNumbers, y = articles[b].headlineNumbers
            result.append(.init(
                reason: "headlines stating different numbers (\(list(x)) vs \(list(y)))",
                factor: configuration.headlineNumberMismatchFactor))
        }
        if agesDisagree(a, b), configuration.ageMismatchFactor != 1 {
            let x = articles[a].ages, y = articles[b].ages
            result.append(.init(reason: "different ages (\(list(x)) vs \(list(y)))", factor: configuration.ageMismatchFactor))
        }
        if streetsDisagree(a, b), configuration.streetMismatchFactor != 1 {
            let x = articles[a].streets.joined(separator: ", "), y = articles[b].streets.joined(separator: ", ")
            result.append(.init(reason: "different streets (\(x) vs \(y))", factor: configuration.streetMismatchFactor))
        }
        if clockTimesDisagree(a, b), configuration.clockTimeMismatchFactor != 1 {
            func times(_ values: [Int]) -> String {
                values.map { minutes in
                    let hour = minutes / 60, minute = minutes % 60
                    let clock = hour % 12 == 0 ? 12 : hour % 12
                    return "\(clock):\(minute < 10 ? "0" : "")\(minute) \(hour < 12 ? "am" : "pm")"
                }.joined(separator: ", ")
            }
            result.append(.init(
                reason: "different clock times (\(times(articles[a].clockTimes)) vs \(times(articles[b].clockTimes)))",
                factor: configuration.clockTimeMismatchFactor))
        }
        return result
    }

    /// Candidate pairs: LSH over signatures ∪, for each article, the `candidateNeighbors`
    /// articles sharing the most weight of its top-weighted terms.
    ///
    /// Terms among the top terms of more than a tenth of the articles (at least 50, at most 400)
    /// are too common to propose pairs. With both caps the pair count stays linear in the corpus.
    ///
    /// The LSH pairs go into the result: a million articles' 19 million pairs are not held
    /// again through scoring and clustering.
    mutating func takeCandidatePairs(threads: ThreadCount = .allCores) -> [CandidatePair] {
        let maxPostings = min(max(50, articles.count / 10), 400)
        let index = InvertedIndex(
            vectors: vectors, topTerms: configuration.candidateTermsPerArticle, maxPostings: maxPostings,
            threads: threads)
        let neighbors = index.candidatePairs(neighbors: max(1, configuration.candidateNeighbors), threads: threads)
        // Both lists come sorted and unique.
        let lsh = lshPairs
        lshPairs = []
        return SortedSet.union(lsh, neighbors)
    }
}

/// 2 raised to `x`, without Foundation (x ≤ 0 here): exact for the integer part, a Taylor
/// series for the fraction.
func exponential2(_ x: Double) -> Double {
    guard x > -1000 else { return 0 }
    let whole = x.rounded(.down)
    var result = 1.0
    for _ in 0..<Int(-whole) { result *= 0.5 }
    let fraction = (x - whole) * 0.693_147_180_559_945_3
    var term = 1.0, sum = 1.0
    for n in 1...20 {
        term *= fraction / Double(n)
        sum += term
    }
    return result * sum
}
