/// One feature of a document before weighting: a key, how often it occurs, and a boost.
///
/// Keys are plain strings; callers keep kinds apart by prefixing (a name phrase and a content
/// term with the same spelling are different features when their keys differ).
package struct WeightedFeature: Sendable, Hashable {
    /// The feature key.
    package var key: String
    /// Occurrences in the document (at least 1 to count).
    package var count: Int
    /// A multiplier on the feature's weight (names, numbers, headline words).
    package var boost: Double

    /// Creates a feature.
    package init(key: String, count: Int = 1, boost: Double = 1) {
        self.key = key
        self.count = count
        self.boost = boost
    }
}
