internal import StoryModel

/// One sentence of one article, by position in the merger's canonical article order.
struct SentenceRef: Sendable, Hashable, Comparable {
    /// Index into the aligned articles.
    var article: Int
    /// Index into that article's sentences.
    var sentence: Int

    static func < (lhs: SentenceRef, rhs: SentenceRef) -> Bool {
        (lhs.article, lhs.sentence) < (rhs.article, rhs.sentence)
    }
}

/// The weighted feature sets of every sentence of a group of articles, and the sentence
/// similarity the merger aligns with.
///
/// A sentence's features are its distinct content terms and its distinct proper-name phrases.
/// Each feature weighs `base × log(1 + N / df)`: `base` is 1 for a term, `nameWeight` for a name
/// and `numberWeight` for a number; `N` is the number of sentences in the group and `df` the
/// number holding the feature. Names and numbers thus count more, and words every sentence of the
/// story repeats (the protagonists' names) count less than the words that make a fact specific.
/// Reporting verbs (`said`, `told`, `according`) are not features: they say who speaks, not what
/// happened, and every news sentence has one.
struct SentenceFeatures: Sendable {
    /// Content terms a sentence needs for its containment in another to count fully.
    static let fullContainmentTerms = 5
    /// Terms left out of the features.
    static let reportingVerbs: Set<String> = [
        "said", "say", "says", "saying", "told", "tell", "tells", "telling", "according", "accord",
    ]

    /// Per article, per sentence: sorted feature ids.
    private(set) var ids: [[[Int]]] = []
    /// Per article, per sentence: the weights parallel to `ids`.
    private(set) var weights: [[[Double]]] = []
    /// Per article, per sentence: the sum of the weights.
    private(set) var totals: [[Double]] = []
    /// Per article, per sentence: the number of distinct content terms.
    private(set) var termCounts: [[Int]] = []
    /// Per article, per sentence: the folded text, for exact-equality matches.
    private(set) var folded: [[String]] = []
    /// Per feature id, whether it is a name (names do not count toward `minimumShared`).
    private(set) var isName: [Bool] = []
    /// Distinct shared content terms needed for any similarity.
    let minimumShared: Int

    /// Builds the features of every sentence of `articles`.
    ///
    /// - Complexity: O(total features · log) time.
    init(articles: [NormalizedArticle], configuration: MergeConfiguration) {
        minimumShared = configuration.minimumSharedTerms
        var vocabulary: [String: Int] = [:]
        var base: [Double] = []
        var df: [Int] = []
        var sentenceCount = 0
        func id(_ key: String, _ weight: Double) -> Int {
            if let existing = vocabulary[key] { return existing }
            let new = base.count
            vocabulary[key] = new
            base.append(weight)
            df.append(0)
            return new
        }
        for article in articles {
            var articleIDs: [[Int]] = []
            var articleFolded: [String] = []
            var articleTermCounts: [Int] = []
            for sentence in article.sentences {
                var set: Set<Int> = []
                for term in sentence.terms where !term.isEmpty && !Self.reportingVerbs.contains(term) {
                    let isNumber = term.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == 44 || $0 == 46 }
                    set.insert(id("t\u{1}" + term, isNumber ? configuration.numberWeight : 1))
                }
                for name in sentence.names where !name.isEmpty {
                    set.insert(id("n\u{1}" + name, configuration.nameWeight))
                }
                articleTermCounts.append(set.count)
                let sorted = set.sorted()
                for f in sorted { df[f] += 1 }
                sentenceCount += 1
                articleIDs.append(sorted)
                articleFolded.append(sentence.folded)
            }
            ids.append(articleIDs)
            termCounts.append(articleTermCounts)
            folded.append(articleFolded)
        }
        isName = vocabulary.sorted { $0.value < $1.value }.map { $0.key.hasPrefix("n\u{1}") }
        let n = Double(max(sentenceCount, 1))
        var weight = [Double](repeating: 0, count: base.count)
        for f in 0..<base.count { weight[f] = base[f] * log1pApprox(n / Double(max(df[f], 1))) }
        for articleIDs in ids {
            var w: [[Double]] = []
            var t: [Double] = []
            for sentence in articleIDs {
                let ws = sentence.map { weight[$0] }
                w.append(ws)
                t.append(ws.reduce(0, +))
            }
            weights.append(w)
            totals.append(t)
        }
    }

    /// The similarity of two sentences, 0 to 1.
    ///
    /// 1 when their folded texts are equal. Otherwise, with `o` the weight of the shared
    /// features and `a`, `b` the sentences' total weights: the mean of the weighted Dice
    /// coefficient `2o / (a + b)` and the containment of the lighter sentence `o / min(a, b)`.
    /// Containment lets a short paraphrase match the long sentence that says the same and more;
    /// Dice keeps long sentences that share a few words apart. A lighter sentence with fewer
    /// than ``fullContainmentTerms`` content terms is too small to vouch for containment
    /// (`Louisiana State Police` inside a long sentence), so its containment is scaled down in
    /// proportion. Fewer than `minimumShared` distinct shared content terms give 0.
    ///
    /// - Complexity: O(m + n) in the two feature counts.
    func similarity(_ x: SentenceRef, _ y: SentenceRef) -> Double {
        let fx = folded[x.article][x.sentence], fy = folded[y.article][y.sentence]
        if !fx.isEmpty, fx == fy { return 1 }
        let ix = ids[x.article][x.sentence], iy = ids[y.article][y.sentence]
        let wx = weights[x.article][x.sentence]
        var i = 0, j = 0, shared = 0
        var overlap = 0.0
        while i < ix.count, j < iy.count {
            if ix[i] == iy[j] {
                overlap += wx[i]
                if !isName[ix[i]] { shared += 1 }
                i += 1; j += 1
            } else if ix[i] < iy[j] { i += 1 } else { j += 1 }
        }
        guard shared >= minimumShared, overlap > 0 else { return 0 }
        let a = totals[x.article][x.sentence], b = totals[y.article][y.sentence]
        let dice = 2 * overlap / (a + b)
        let lighter = a <= b ? termCounts[x.article][x.sentence] : termCounts[y.article][y.sentence]
        let containment = overlap / min(a, b) * min(1, Double(lighter) / Double(Self.fullContainmentTerms))
        return min(1, 0.5 * dice + 0.5 * containment)
    }
}

/// `log(1 + x)` without Foundation, by a short series on the mantissa (accurate to ~1e-9).
func log1pApprox(_ x: Double) -> Double {
    var value = 1 + x
    guard value > 0 else { return 0 }
    var exponent = 0.0
    while value > 2 { value /= 2; exponent += 1 }
    while value < 1 { value *= 2; exponent -= 1 }
    // ln(v) = 2·atanh((v−1)/(v+1)), v in [1, 2].
    let z = (value - 1) / (value + 1)
    let z2 = z * z
    var term = z, sum = 0.0
    var k = 1.0
    for _ in 0..<20 { sum += term / k; term *= z2; k += 2 }
    return 2 * sum + exponent * 0.693_147_180_559_945_3
}
