/// One feature of a document before weighting: a key, how often it occurs, and a boost.
///
/// Keys are 64-bit hashes of the feature's text (see `key(of:seed:)`); callers keep kinds apart
/// by hashing each kind with its own seed, so a name phrase and a content term with the same
/// spelling are different features. Hashed keys keep a big corpus's features in flat arrays of
/// integers instead of millions of strings.
package struct WeightedFeature: Sendable, Hashable {
    /// The feature key.
    package var key: UInt64
    /// Occurrences in the document (at least 1 to count).
    package var count: Int
    /// A multiplier on the feature's weight (names, numbers, headline words).
    package var boost: Double

    /// Creates a feature.
    package init(key: UInt64, count: Int = 1, boost: Double = 1) {
        self.key = key
        self.count = count
        self.boost = boost
    }

    /// Creates a feature keyed by `key(of: term)`.
    package init(term: String, count: Int = 1, boost: Double = 1) {
        self.init(key: Self.key(of: term), count: count, boost: boost)
    }

    /// The key of a feature's text: `StableHash.hash(text, seed: seed)`.
    package static func key(of text: String, seed: UInt64 = 0) -> UInt64 {
        StableHash.hash(text, seed: seed)
    }
}
