/// The knobs of sentence alignment and merging.
public struct MergeConfiguration: Sendable, Hashable, Codable {
    /// Sentence similarity at or above which two sentences from different articles are fused.
    public var fusionThreshold: Double = 0.5

    /// The defaults.
    public init() {}
}
