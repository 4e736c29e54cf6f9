package import StoryModel

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

    /// The pairs of all `parts`, sorted, without duplicates and self-pairs: the same list as
    /// `normalized(parts.flatMap { $0 })`, sorted on every core.
    ///
    /// The pairs are spread into buckets of consecutive values (the top bits of the packed
    /// pair, so every copy of a pair lands in one bucket and the buckets follow each other in
    /// order) and the parts let go; each bucket is sorted and deduplicated in place by one
    /// worker, and the buckets' unique pairs are moved together. At most the parts and one
    /// list of all pairs are held at once.
    /// - Complexity: O(n log n) for n pairs, about half of it on each of two cores.
    package static func normalized(_ parts: consuming [[CandidatePair]], threads: ThreadCount) -> [CandidatePair] {
        let total = parts.reduce(0) { $0 + $1.count }
        let largest = parts.reduce(UInt64(0)) { largest, part in part.reduce(largest) { max($0, $1.packed) } }
        let bucketBits = 6
        let shift = UInt64(max(0, (64 - largest.leadingZeroBitCount) - bucketBits))
        var starts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        for index in parts.indices { for pair in parts[index] { starts[Int(pair.packed >> shift) + 1] += 1 } }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var next = starts
        var result = [CandidatePair](unsafeUninitializedCapacity: total) { buffer, count in
            for index in parts.indices {
                for pair in parts[index] {
                    let bucket = Int(pair.packed >> shift)
                    buffer.initializeElement(at: next[bucket], to: pair)
                    next[bucket] += 1
                }
            }
            count = total
        }
        parts = []
        let bounds = starts
        let uniqueTotal = result.withUnsafeMutableBufferPointer { buffer -> Int in
            let shared = SharedSlots(buffer.baseAddress)
            // Each bucket sorted, its unique pairs moved to its front; their counts.
            let uniqueCounts = Array(0..<(1 << bucketBits)).parallelMap(threads: threads) { bucket -> Int in
                guard let base = shared.pointer, bounds[bucket] < bounds[bucket + 1] else { return 0 }
                var slice = UnsafeMutableBufferPointer(start: base + bounds[bucket], count: bounds[bucket + 1] - bounds[bucket])
                slice.sort()
                var kept = 0
                for index in slice.indices where slice[index].first != slice[index].second && (kept == 0 || slice[kept - 1] != slice[index]) {
                    slice[kept] = slice[index]
                    kept += 1
                }
                return kept
            }
            // The buckets' unique pairs moved down, in bucket order, behind each other.
            var end = 0
            for (bucket, kept) in uniqueCounts.enumerated() where kept > 0 {
                // Forward, one by one: the target starts at or below the source.
                for offset in 0..<kept where end != bounds[bucket] { buffer[end + offset] = buffer[bounds[bucket] + offset] }
                end += kept
            }
            return end
        }
        result.removeLast(result.count - uniqueTotal)
        return result
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
