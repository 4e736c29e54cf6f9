/// The knobs of the similarity engine and the clusterer, with defaults that work without flags.
public struct ClusteringConfiguration: Sendable, Hashable, Codable {
    /// Words per shingle for near-duplicate detection.
    public var shingleSize: Int = 5
    /// MinHash values per signature.
    public var signatureSize: Int = 128
    /// LSH bands; `signatureSize / bands` rows each. 32 bands of 4 rows put the
    /// candidate threshold near Jaccard 0.42.
    public var bands: Int = 32
    /// Estimated shingle Jaccard at or above which two articles are near-duplicates.
    public var nearDuplicateThreshold: Double = 0.5
    /// Weighted term/entity similarity at or above which two articles cover the same event.
    public var eventThreshold: Double = 0.3
    /// Articles whose publication days are further apart than this are different events.
    public var dateWindowDays: Int = 4
    /// The seed of the hash family (fixed, so signatures are reproducible).
    public var seed: UInt64 = 0x5EED_0F57_0E1E_57A7

    /// The defaults.
    public init() {}
}
