/// A MinHash signature: for each hash function of a family, the minimum hash over a set.
///
/// The fraction of positions where two signatures agree estimates the Jaccard similarity of
/// the underlying sets.
package struct MinHashSignature: Sendable, Hashable {
    /// One minimum per hash function; `UInt64.max` everywhere for an empty set.
    package var values: [UInt64]

    /// Creates a signature from its values.
    package init(values: [UInt64]) {
        self.values = values
    }

    /// Whether the signature was computed from an empty set.
    package var isEmpty: Bool {
        values.allSatisfy { $0 == UInt64.max }
    }

    /// The estimated Jaccard similarity with another signature of the same family.
    ///
    /// - Returns: the fraction of agreeing positions, 0 when either set was empty or the sizes differ.
    /// - Complexity: O(k) for k values.
    package func estimatedJaccard(_ other: MinHashSignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty, !isEmpty, !other.isEmpty else { return 0 }
        var equal = 0
        for index in values.indices where values[index] == other.values[index] {
            equal += 1
        }
        return Double(equal) / Double(values.count)
    }
}
