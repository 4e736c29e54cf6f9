internal import StoryModel

/// Merges the quotations of several articles: one ``Quote`` per distinct quotation, carrying
/// every outlet that prints it.
///
/// Two quotations are the same when their word lists are equal, when their word-set Jaccard is
/// at least the threshold, or when the shorter (four words or more) is contained in the longer
/// at 90% or more (an outlet quoting part of a sentence, or a lead previewing a quotation given
/// in full later). The text and speaker shown are those of the most central article's fullest
/// version; a missing speaker is filled from the other versions.
/// When the outlets word the quotation differently, every article's version is kept in
/// `Quote.wordings`.
enum QuoteMerger {
    /// Merges quotations found in the articles of `alignment`.
    ///
    /// - Parameters:
    ///   - found: the quotations of every article.
    ///   - alignment: the articles' alignment (for centrality and spans).
    ///   - threshold: the Jaccard at or above which two quotations are one.
    ///   - position: where a sentence sits in the output order; quotes are sorted by it.
    /// - Complexity: O(q² · w) for q quotations of w words.
    static func merge(
        _ found: [FoundQuote], alignment: SentenceAlignment, threshold: Double, position: (SentenceRef) -> Int
    ) -> [Quote] {
        let ordered = found.sorted { l, r in
            let rl = alignment.centralRank[l.ref.article], rr = alignment.centralRank[r.ref.article]
            if rl != rr { return rl < rr }
            if l.ref != r.ref { return l.ref < r.ref }
            return l.text < r.text
        }
        var groups: [[FoundQuote]] = []
        var groupSets: [Set<String>] = []
        for quote in ordered {
            let set = Set(quote.words)
            var target: Int?
            for (g, other) in groupSets.enumerated() where target == nil {
                if same(quote.words, set, groups[g][0].words, other, threshold: threshold) { target = g }
            }
            if let g = target { groups[g].append(quote) } else { groups.append([quote]); groupSets.append(set) }
        }
        let quotes: [(Int, Quote)] = groups.map { group in
            var seen: Set<SentenceRef> = []
            let refs = group.map(\.ref).filter { seen.insert($0).inserted }
            let first = alignment.span(refs[0])
            let rest = refs.dropFirst().map(alignment.span).sorted(by: spanOrder)
            let provenance = [first] + rest
            let sources = Array(Set(refs.map { alignment.articles[$0.article].article.source })).sorted()
            let speaker = group.lazy.compactMap(\.speaker).first
            let key = refs.map(position).min() ?? 0
            // Each article's fullest version, in provenance order, when the articles differ.
            var byArticle: [Int: FoundQuote] = [:]
            for quote in group where byArticle[quote.ref.article].map({ quote.words.count > $0.words.count }) ?? true {
                byArticle[quote.ref.article] = quote
            }
            let shown = byArticle[group[0].ref.article] ?? group[0]
            var wordings: [Quote.Wording] = []
            if byArticle.count > 1, Set(byArticle.values.map(\.text)).count > 1 {
                var listed: Set<String> = []
                for span in provenance where listed.insert(span.articleID).inserted {
                    guard let a = alignment.articles.firstIndex(where: { $0.id == span.articleID }), let quote = byArticle[a] else { continue }
                    wordings.append(Quote.Wording(source: span.source, articleID: span.articleID, text: quote.text, speaker: quote.speaker))
                }
            }
            return (key, Quote(text: shown.text, speaker: shown.speaker ?? speaker, sources: sources, provenance: provenance, wordings: wordings))
        }
        return quotes.sorted { l, r in
            if l.0 != r.0 { return l.0 < r.0 }
            return l.1.text < r.1.text
        }.map(\.1)
    }

    /// Whether two quotations are the same.
    static func same(_ a: [String], _ setA: Set<String>, _ b: [String], _ setB: Set<String>, threshold: Double) -> Bool {
        if a == b { return true }
        let shared = Double(setA.intersection(setB).count)
        let union = Double(setA.union(setB).count)
        guard union > 0 else { return false }
        if shared / union >= threshold, min(setA.count, setB.count) >= 2 { return true }
        let smaller = Double(min(setA.count, setB.count))
        return smaller >= 4 && shared / smaller >= 0.9
    }
}
