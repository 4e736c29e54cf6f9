/// One feature of a document before weighting: a key, how often it occurs, and a boost.
///
/// Keys are 64-bit hashes of the feature's text (see `key(of:seed:)`); callers keep kinds apart
/// by hashing each kind with its own seed, so a name phrase and a content term with the same
/// spelling are different features. Hashed keys keep a big corpus's features in flat arrays of
/// integers instead of millions of strings.
///
/// A feature takes 16 bytes: a large run holds every article's features until they are
/// weighed (135 million of them for a million articles), so the count is kept in 32 bits and
/// the boost in single precision. Every default boost, and every product of them, is exact in
/// single precision; a boost set to another value (1.3) is rounded to the nearest `Float`.
package struct WeightedFeature: Sendable, Hashable {
    /// The feature key.
    package var key: UInt64
    /// `count`, stored in 32 bits.
    private var storedCount: Int32
    /// `boost`, stored in single precision.
    private var storedBoost: Float

    /// Occurrences in the document (at least 1 to count); clamped to `Int32.max`.
    package var count: Int {
        get { Int(storedCount) }
        set { storedCount = Int32(clamping: newValue) }
    }

    /// A multiplier on the feature's weight (names, numbers, headline words), kept in single
    /// precision.
    package var boost: Double {
        get { Double(storedBoost) }
        set { storedBoost = Float(newValue) }
    }

    /// Creates a feature.
    package init(key: UInt64, count: Int = 1, boost: Double = 1) {
        self.key = key
        storedCount = Int32(clamping: count)
        storedBoost = Float(boost)
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
