public import StoryModel

/// Everything a run can be tuned with; `Configuration()` holds defaults that work without flags.
public struct Configuration: Sendable, Hashable {
    /// Similarity and clustering parameters.
    public var clustering: ClusteringConfiguration
    /// Alignment and merging parameters.
    public var merging: MergeConfiguration
    /// Inputs larger than this many bytes are skipped with a `too-large` reason.
    public var maxFileSize: Int
    /// The most articles read from one feed, JSON Lines or WARC file; later ones are listed
    /// as skipped items (default 10,000).
    public var maxItemsPerFile: Int
    /// How many threads loading, normalizing and merging use; output does not depend on it.
    public var threads: ThreadCount

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - clustering: similarity and clustering parameters.
    ///   - merging: alignment and merging parameters.
    ///   - maxFileSize: the largest input read, in bytes (default 64 MiB).
    ///   - threads: how many threads the parallel stages use (default: one per core).
    ///   - maxItemsPerFile: the most articles read from one multi-article file (default 10,000).
    public init(
        clustering: ClusteringConfiguration = ClusteringConfiguration(),
        merging: MergeConfiguration = MergeConfiguration(),
        maxFileSize: Int = 64 << 20,
        threads: ThreadCount = .allCores,
        maxItemsPerFile: Int = 10_000
    ) {
        self.clustering = clustering
        self.merging = merging
        self.maxFileSize = maxFileSize
        self.threads = threads
        self.maxItemsPerFile = maxItemsPerFile
    }
}
