/// Two document indices worth comparing, `first < second`.
///
/// Stored as one 64-bit word (`first` in the high half), so millions of pairs sort and
/// deduplicate as plain integers.
package struct CandidatePair: Sendable, Hashable, Comparable {
    /// `first << 32 | second`.
    private let packed: UInt64

    /// The smaller index.
    package var first: Int { Int(packed >> 32) }
    /// The larger index.
    package var second: Int { Int(packed & 0xFFFF_FFFF) }

    /// Creates a pair, ordering the two indices (each below 2³²).
    package init(_ a: Int, _ b: Int) {
        precondition(a >= 0 && b >= 0 && a <= Int(UInt32.max) && b <= Int(UInt32.max), "document index out of range")
        packed = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
    }

    /// Orders by first, then second.
    package static func < (lhs: CandidatePair, rhs: CandidatePair) -> Bool {
        lhs.packed < rhs.packed
    }

    /// Sorts pairs and removes duplicates and self-pairs.
    package static func normalized(_ pairs: [CandidatePair]) -> [CandidatePair] {
        var sorted = pairs
        sorted.sort()
        var result: [CandidatePair] = []
        result.reserveCapacity(sorted.count)
        for pair in sorted where pair.first != pair.second && result.last != pair {
            result.append(pair)
        }
        return result
    }
}
