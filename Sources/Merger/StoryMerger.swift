package import StoryModel

/// Merges the articles of one event into one story with per-source provenance.
package struct StoryMerger: Sendable {
    /// The thresholds.
    package var configuration: MergeConfiguration

    /// Creates a merger.
    package init(configuration: MergeConfiguration = MergeConfiguration()) {
        self.configuration = configuration
    }

    /// Merges a cluster's articles (given in the cluster's order).
    package func merge(_ cluster: EventCluster, articles: [NormalizedArticle]) -> MergedStory {
        MergedStory(id: cluster.id, headline: "", sources: [], articles: [], firstDay: nil, lastDay: nil, sentences: [], quotes: [], conflicts: [])
    }
}
