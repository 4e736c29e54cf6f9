/// Two document indices worth comparing, `first < second`.
package struct CandidatePair: Sendable, Hashable, Comparable {
    /// The smaller index.
    package var first: Int
    /// The larger index.
    package var second: Int

    /// Creates a pair, ordering the two indices.
    package init(_ a: Int, _ b: Int) {
        first = min(a, b)
        second = max(a, b)
    }

    /// Orders by first, then second.
    package static func < (lhs: CandidatePair, rhs: CandidatePair) -> Bool {
        (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }

    /// Sorts pairs and removes duplicates and self-pairs.
    package static func normalized(_ pairs: [CandidatePair]) -> [CandidatePair] {
        SortedSet.uniqued(pairs.filter { $0.first != $0.second })
    }
}
