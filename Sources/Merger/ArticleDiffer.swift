package import StoryModel

/// Compares two articles' coverage: shared facts, facts only one carries, quotes, conflicts.
///
/// The two articles are aligned exactly as the merger aligns a cluster of two (same similarity,
/// same threshold, same one-to-one matching), so a diff and a merged story agree on what is
/// shared. Term weights are computed over the two articles only.
package struct ArticleDiffer: Sendable {
    /// The thresholds (sentences are matched like the merger fuses them).
    package var configuration: MergeConfiguration

    /// Creates a differ.
    package init(configuration: MergeConfiguration = MergeConfiguration()) {
        self.configuration = configuration
    }

    /// Diffs two articles; `similarity` is the clusterer's article-level score, reported as is.
    ///
    /// - Returns: shared facts in A's order, A's and B's unmatched sentences in their order,
    ///   the quotations of both (merged, with sources), and conflicts between shared facts.
    package func diff(_ a: NormalizedArticle, _ b: NormalizedArticle, similarity: Double) -> ArticleDiff {
        let alignment: SentenceAlignment
        let ia: Int, ib: Int
        var pairs: [(Int, Int, Double)] = []  // (A sentence, B sentence, similarity)
        if a.id == b.id {
            alignment = SentenceAlignment(articles: [a], configuration: configuration)
            ia = 0; ib = 0
            pairs = a.sentences.indices.map { ($0, $0, 1) }
        } else {
            alignment = SentenceAlignment(articles: [a, b], configuration: configuration)
            ia = alignment.articles[0].id == a.id ? 0 : 1
            ib = 1 - ia
            for pair in alignment.pairs {
                let (ra, rb) = pair.x.article == ia ? (pair.x, pair.y) : (pair.y, pair.x)
                pairs.append((ra.sentence, rb.sentence, pair.similarity))
            }
        }
        pairs.sort { $0.0 < $1.0 }
        let matchedA = Set(pairs.map(\.0)), matchedB = Set(pairs.map(\.1))
        var aOfB: [Int: Int] = [:]
        for pair in pairs { aOfB[pair.1] = pair.0 }
        let shared = pairs.map { pair in
            ArticleDiff.SharedFact(
                a: alignment.span(SentenceRef(article: ia, sentence: pair.0)),
                b: alignment.span(SentenceRef(article: ib, sentence: pair.1)), similarity: pair.2)
        }
        let onlyInA = a.sentences.indices.filter { !matchedA.contains($0) }.map { alignment.span(SentenceRef(article: ia, sentence: $0)) }
        let onlyInB = b.sentences.indices.filter { !matchedB.contains($0) }.map { alignment.span(SentenceRef(article: ib, sentence: $0)) }

        var found = QuoteExtractor.quotes(in: alignment.articles[ia], articleIndex: ia, minimumWords: configuration.minimumQuoteWords)
        if ib != ia {
            found += QuoteExtractor.quotes(in: alignment.articles[ib], articleIndex: ib, minimumWords: configuration.minimumQuoteWords)
        }
        let quotes = QuoteMerger.merge(found, alignment: alignment, threshold: configuration.quoteMatchThreshold) { ref in
            if ref.article == ia { return ref.sentence * 2 }
            if let inA = aOfB[ref.sentence] { return inA * 2 + 1 }
            return 1_000_000 + ref.sentence
        }
        let conflicts = ib == ia ? [] : pairs.flatMap { pair in
            ConflictDetector.conflicts(
                in: [SentenceRef(article: ia, sentence: pair.0), SentenceRef(article: ib, sentence: pair.1)],
                alignment: alignment)
        }
        return ArticleDiff(
            a: ArticleSummary(a), b: ArticleSummary(b), similarity: similarity, shared: shared,
            onlyInA: onlyInA, onlyInB: onlyInB, quotes: quotes, conflicts: conflicts)
    }
}
