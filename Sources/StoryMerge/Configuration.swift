public import StoryModel

/// Everything a run can be tuned with; `Configuration()` holds defaults that work without flags.
public struct Configuration: Sendable, Hashable {
    /// Similarity and clustering parameters.
    public var clustering: ClusteringConfiguration
    /// Alignment and merging parameters.
    public var merging: MergeConfiguration
    /// Inputs larger than this many bytes are skipped with a `too-large` reason.
    public var maxFileSize: Int

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - clustering: similarity and clustering parameters.
    ///   - merging: alignment and merging parameters.
    ///   - maxFileSize: the largest input read, in bytes (default 64 MiB).
    public init(
        clustering: ClusteringConfiguration = ClusteringConfiguration(),
        merging: MergeConfiguration = MergeConfiguration(),
        maxFileSize: Int = 64 << 20
    ) {
        self.clustering = clustering
        self.merging = merging
        self.maxFileSize = maxFileSize
    }
}
