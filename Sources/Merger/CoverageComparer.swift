package import StoryModel

/// One side of a coverage comparison: a name and the outlets that belong to it.
package struct CoverageSide: Sendable, Hashable {
    /// The side's name (an outlet's name, or a group's name such as `left`).
    package var name: String
    /// The outlets on this side, as the user wrote them (`AP`, `foxnews.com`).
    package var outlets: [String]

    /// Creates a side.
    package init(name: String, outlets: [String]) {
        self.name = name
        self.outlets = outlets
    }

    /// Whether an article's source belongs to this side.
    package func contains(source: String) -> Bool {
        outlets.contains { $0.lowercased() == source.lowercased() }
    }
}

/// Compares which stories two sides covered.
package struct CoverageComparer: Sendable {
    /// Creates a comparer.
    package init() {}

    /// Compares coverage across clusters.
    package func compare(
        clusters: [EventCluster], articles: [NormalizedArticle], sideA: CoverageSide, sideB: CoverageSide
    ) -> CoverageDiff {
        CoverageDiff(sideA: sideA.name, sourcesA: sideA.outlets, sideB: sideB.name, sourcesB: sideB.outlets, both: [], onlyA: [], onlyB: [])
    }
}
