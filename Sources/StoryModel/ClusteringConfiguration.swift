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
    /// Weight multiplier of a one-word proper name ("lavrov") in the term vector.
    public var nameBoost: Double = 1
    /// Weight multiplier of a multi-word proper-name phrase ("sergei lavrov").
    public var phraseNameBoost: Double = 1.5
    /// Weight multiplier of a number term ("20", "2021").
    public var numberBoost: Double = 1.5
    /// Weight multiplier of a term or name that also occurs in the headline.
    public var titleBoost: Double = 1
    /// Share of the combined similarity given to the cosine of the name-only vectors
    /// (the rest is the cosine of the full term-and-name vectors).
    public var nameSimilarityShare: Double = 0
    /// Heaviest terms per article put in the inverted index that proposes candidate pairs.
    public var candidateTermsPerArticle: Int = 30
    /// A sentence repeated verbatim in at least this many independent articles (and at least
    /// 1% of them) is boilerplate and left out of the term vectors; 0 turns this off.
    public var boilerplateMinimumArticles: Int = 5

    /// The defaults.
    public init() {}
}
