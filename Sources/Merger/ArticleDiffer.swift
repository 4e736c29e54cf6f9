package import StoryModel

/// Compares two articles' coverage: shared facts, facts only one carries, conflicts.
package struct ArticleDiffer: Sendable {
    /// The thresholds (sentences are matched like the merger fuses them).
    package var configuration: MergeConfiguration

    /// Creates a differ.
    package init(configuration: MergeConfiguration = MergeConfiguration()) {
        self.configuration = configuration
    }

    /// Diffs two articles; `similarity` is the clusterer's article-level score, reported as is.
    package func diff(_ a: NormalizedArticle, _ b: NormalizedArticle, similarity: Double) -> ArticleDiff {
        ArticleDiff(a: ArticleSummary(a), b: ArticleSummary(b), similarity: similarity, shared: [], onlyInA: [], onlyInB: [], quotes: [], conflicts: [])
    }
}
