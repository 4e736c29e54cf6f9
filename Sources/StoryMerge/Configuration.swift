public import StoryModel

/// Everything a run can be tuned with; `Configuration()` holds defaults that work without flags.
public struct Configuration: Sendable, Hashable {
    /// Similarity and clustering parameters.
    public var clustering: ClusteringConfiguration
    /// Alignment and merging parameters.
    public var merging: MergeConfiguration
    /// Inputs larger than this many bytes are skipped with a `too-large` reason.
    public var maxFileSize: Int
    /// How many threads loading, normalizing and merging use; output does not depend on it.
    public var threads: ThreadCount

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - clustering: similarity and clustering parameters.
    ///   - merging: alignment and merging parameters.
    ///   - maxFileSize: the largest input read, in bytes (default 64 MiB).
    ///   - threads: how many threads the parallel stages use (default: one per core).
    public init(
        clustering: ClusteringConfiguration = ClusteringConfiguration(),
        merging: MergeConfiguration = MergeConfiguration(),
        maxFileSize: Int = 64 << 20,
        threads: ThreadCount = .allCores
    ) {
        self.clustering = clustering
        self.merging = merging
        self.maxFileSize = maxFileSize
        self.threads = threads
    }
}
