/// Computes MinHash signatures with a seeded family of xor-then-finalize hash functions.
///
/// Function `i` maps a (well-mixed) shingle hash `x` to `finalize(x ^ key[i])`, where the keys
/// come from SplitMix64 seeded with `seed`: each function is a bijection of 64-bit values, so
/// the family behaves like random permutations of the shingle universe.
package struct MinHasher: Sendable {
    /// The per-function keys.
    package let keys: [UInt64]

    /// Creates a hash family.
    ///
    /// - Parameters:
    ///   - count: values per signature (at least 1).
    ///   - seed: fixes the family, so signatures are reproducible.
    package init(count: Int, seed: UInt64) {
        var generator = SplitMix64(seed: seed ^ 0x4D49_4E48_4153_4821)
        keys = (0..<max(1, count)).map { _ in generator.next() }
    }

    /// The signature of a set of 64-bit hashes.
    ///
    /// - Parameter hashes: the set (duplicates do not change the result).
    /// - Returns: `keys.count` minima.
    /// - Complexity: O(n·k) for n hashes and k functions.
    package func signature(_ hashes: [UInt64]) -> MinHashSignature {
        var minima = [UInt64](repeating: UInt64.max, count: keys.count)
        keys.withUnsafeBufferPointer { keys in
            minima.withUnsafeMutableBufferPointer { minima in
                for hash in hashes {
                    for index in 0..<keys.count {
                        let value = StableHash.finalize(hash ^ keys[index])
                        if value < minima[index] { minima[index] = value }
                    }
                }
            }
        }
        return MinHashSignature(values: minima)
    }
}
