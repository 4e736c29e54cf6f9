package import StoryModel

/// Merges the articles of one event into one story with per-source provenance.
///
/// The steps, each in its own type:
/// 1. ``SentenceAlignment``: sentence similarity, maximum-weight one-to-one matching per article
///    pair (``MaximumWeightAssignment``), fusion of matched sentences across all articles,
///    article centrality.
/// 2. ``ReadingOrder``: a topological merge of every article's sentence order, opening with the
///    fact the outlets share.
/// 3. Each fused group becomes a ``MergedSentence`` whose text is the most central article's
///    sentence, verbatim, with every fused source sentence as provenance.
/// 4. ``QuoteExtractor`` and ``QuoteMerger``: quotations with speakers, one per distinct quote,
///    with each outlet's wording when they differ.
/// 5. ``ConflictDetector``: numbers, dates, times and names in roles that differ inside a fused
///    group, then ``ClusterConflictDetector``: values different outlets state once each in
///    sentences that were not fused, on strong evidence.
///
/// The result does not depend on the order the articles are given in.
package struct StoryMerger: Sendable {
    /// The thresholds.
    package var configuration: MergeConfiguration

    /// Creates a merger.
    package init(configuration: MergeConfiguration = MergeConfiguration()) {
        self.configuration = configuration
    }

    /// Merges a cluster's articles.
    ///
    /// - Parameters:
    ///   - cluster: the event cluster; its `articleIDs` choose and order the articles.
    ///   - articles: the cluster's articles (others are ignored; when none of them is listed in
    ///     the cluster, all are merged).
    /// - Returns: the merged story. Every sentence of every article appears in the provenance
    ///   of exactly one merged sentence.
    /// - Complexity: O(Σ nᵢ·nⱼ) sentence comparisons plus O(g²) ordering for g merged sentences.
    /// The text without a leading dateline (see `Dateline.removing(from:)`).
    static func removingDateline(_ text: String) -> String { Dateline.removing(from: text) }

    package func merge(_ cluster: EventCluster, articles: [NormalizedArticle]) -> MergedStory {
        let listed = Set(cluster.articleIDs)
        var members = articles.filter { listed.contains($0.id) }
        if members.isEmpty { members = articles }
        let alignment = SentenceAlignment(articles: members, configuration: configuration)
        let order = ReadingOrder.order(alignment)
        var position = [Int](repeating: 0, count: alignment.groups.count)
        for (p, g) in order.enumerated() { position[g] = p }

        let sentences = order.map { g -> MergedSentence in
            let group = alignment.groups[g]
            let spans = alignment.spans(of: group)
            return MergedSentence(text: spans[0].text, sources: Array(Set(spans.map(\.source))).sorted(), provenance: spans)
        }

        var contributed: [String: Int] = [:]
        for article in alignment.articles { contributed[article.article.source, default: 0] += 0 }
        for sentence in sentences { for span in sentence.provenance { contributed[span.source, default: 0] += 1 } }
        let sources = contributed.keys.sorted { l, r in
            let cl = contributed[l]!, cr = contributed[r]!
            return cl != cr ? cl > cr : l < r
        }

        // The most central article that has a title gives the headline; without any title, the
        // most central article's first sentence does, without its dateline.
        func collapsed(_ text: String?) -> String {
            (text ?? "").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        var headline = alignment.centralOrder.lazy
            .map { collapsed(alignment.articles[$0].article.title) }
            .first { !$0.isEmpty } ?? ""
        if headline.isEmpty, let central = alignment.centralOrder.first {
            headline = Self.removingDateline(collapsed(alignment.articles[central].sentences.first?.text))
        }

        let rankInCluster = Dictionary(cluster.articleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let summaries = alignment.articles.sorted { l, r in
            let rl = rankInCluster[l.id] ?? Int.max, rr = rankInCluster[r.id] ?? Int.max
            return rl != rr ? rl < rr : l.id < r.id
        }.map(ArticleSummary.init)
        let days = alignment.articles.compactMap(\.article.date)

        var found: [FoundQuote] = []
        for (index, article) in alignment.articles.enumerated() {
            found += QuoteExtractor.quotes(in: article, articleIndex: index, minimumWords: configuration.minimumQuoteWords)
        }
        let quotes = QuoteMerger.merge(
            found, alignment: alignment, threshold: configuration.quoteMatchThreshold,
            position: { position[alignment.groupOf[$0.article][$0.sentence]] })
        let conflicts = ConflictDetector.conflicts(alignment: alignment, order: order)

        return MergedStory(
            id: cluster.id, headline: headline, sources: sources, articles: summaries,
            firstDay: days.min(), lastDay: days.max(), sentences: sentences, quotes: quotes, conflicts: conflicts)
    }
}
