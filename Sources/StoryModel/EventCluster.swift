/// A group of articles that cover the same event.
public struct EventCluster: Sendable, Hashable, Codable, Identifiable {
    /// A deterministic id: `E` and a 1-based number in output order (`E1`, `E2`, …).
    public var id: String
    /// Member article ids, in a deterministic order (by date, then id).
    public var articleIDs: [String]
    /// Groups of near-duplicates (wire copies) inside the cluster, each with two or more ids;
    /// articles not listed are unique.
    public var nearDuplicateGroups: [[String]]
    /// The mean similarity over the members' pairs (pairs never proposed as candidates count as 0;
    /// 1 for a single article), for display.
    public var cohesion: Double

    /// Creates a cluster.
    public init(id: String, articleIDs: [String], nearDuplicateGroups: [[String]] = [], cohesion: Double = 1) {
        self.id = id
        self.articleIDs = articleIDs
        self.nearDuplicateGroups = nearDuplicateGroups
        self.cohesion = cohesion
    }
}
