package import StoryModel

/// Groups articles that cover the same event, with near-duplicate groups inside each event.
package struct EventClusterer: Sendable {
    /// The thresholds and parameters.
    package var configuration: ClusteringConfiguration

    /// Creates a clusterer.
    package init(configuration: ClusteringConfiguration = ClusteringConfiguration()) {
        self.configuration = configuration
    }

    /// Clusters articles into events.
    ///
    /// - Returns: clusters covering every article exactly once (singletons included), ids `E1…`
    ///   in output order.
    package func cluster(_ articles: [NormalizedArticle]) -> [EventCluster] {
        articles.enumerated().map { EventCluster(id: "E\($0.offset + 1)", articleIDs: [$0.element.id]) }
    }

    /// The event similarity of two articles (0…1), with `corpus` giving term statistics.
    package func similarity(_ a: NormalizedArticle, _ b: NormalizedArticle, corpus: [NormalizedArticle]) -> Double {
        0
    }
}
