/// Computes MinHash signatures with a seeded multiply-add hash family.
///
/// Function `i` maps a (well-mixed) shingle hash `x` to `x·a[i] + b[i] (mod 2⁶⁴)` with `a[i]`
/// odd: each is a bijection of 64-bit values, and because `x` is already the output of a strong
/// hash, the family behaves like random permutations of the shingle universe at the cost of one
/// multiply-add per value. The multipliers and offsets come from SplitMix64 seeded with `seed`.
package struct MinHasher: Sendable {
    /// The odd multipliers, one per function.
    package let multipliers: [UInt64]
    /// The offsets, one per function.
    package let offsets: [UInt64]

    /// Creates a hash family.
    ///
    /// - Parameters:
    ///   - count: values per signature (at least 1).
    ///   - seed: fixes the family, so signatures are reproducible.
    package init(count: Int, seed: UInt64) {
        var generator = SplitMix64(seed: seed ^ 0x4D49_4E48_4153_4821)
        var multipliers: [UInt64] = []
        var offsets: [UInt64] = []
        for _ in 0..<max(1, count) {
            multipliers.append(generator.next() | 1)
            offsets.append(generator.next())
        }
        self.multipliers = multipliers
        self.offsets = offsets
    }

    /// The number of values per signature.
    package var count: Int { multipliers.count }

    /// The signature of a set of 64-bit hashes.
    ///
    /// - Parameter hashes: the set, as well-mixed 64-bit hashes (duplicates do not matter).
    /// - Returns: `count` minima.
    /// - Complexity: O(n·k) for n hashes and k functions.
    package func signature(_ hashes: [UInt64]) -> MinHashSignature {
        var minima = [UInt64](repeating: UInt64.max, count: multipliers.count)
        multipliers.withUnsafeBufferPointer { multipliers in
            offsets.withUnsafeBufferPointer { offsets in
                minima.withUnsafeMutableBufferPointer { minima in
                    for hash in hashes {
                        for index in 0..<multipliers.count {
                            let value = hash &* multipliers[index] &+ offsets[index]
                            minima[index] = min(minima[index], value)
                        }
                    }
                }
            }
        }
        return MinHashSignature(values: minima)
    }
}
