/// Everything one run produced: every input's fate, the articles, the clusters and (for
/// `merge`) the merged stories. Renderers turn it into Markdown, HTML or JSON.
public struct RunReport: Sendable, Hashable, Codable {
    /// The version of the JSON layout; raised on any incompatible change.
    public static let currentSchemaVersion = 1

    /// The JSON layout version (`currentSchemaVersion` when written by this build).
    public var schemaVersion: Int
    /// The tool and version that wrote the report (`"storymerge 0.1.0"`).
    public var generator: String
    /// Every input path, exactly once, as clustered or skipped with its reason.
    public var inputs: [InputRecord]
    /// Every article read, in id order.
    public var articles: [ArticleSummary]
    /// The event clusters, largest first, then by earliest date, then by first id.
    public var clusters: [EventCluster]
    /// The merged story of each cluster, in cluster order (empty for a clustering-only run).
    public var stories: [MergedStory]

    /// Creates a report.
    public init(
        generator: String, inputs: [InputRecord], articles: [ArticleSummary],
        clusters: [EventCluster], stories: [MergedStory] = []
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.generator = generator
        self.inputs = inputs
        self.articles = articles
        self.clusters = clusters
        self.stories = stories
    }

    /// The inputs that were skipped.
    public var skippedInputs: [InputRecord] { inputs.filter { $0.status == .skipped } }
}
