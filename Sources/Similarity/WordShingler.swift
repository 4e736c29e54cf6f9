/// Cuts a word stream into overlapping k-word windows (shingles) and hashes each one.
///
/// Shingles of the folded word stream (stop words included) are what near-duplicate detection
/// compares: two wire copies share most of their 5-word windows, two independent write-ups of
/// the same event share few.
package struct WordShingler: Sendable {
    /// Words per shingle (at least 1).
    package let size: Int
    /// The seed of the word and window hashes.
    package let seed: UInt64

    /// Creates a shingler.
    ///
    /// - Parameters:
    ///   - size: words per shingle; values below 1 are treated as 1.
    ///   - seed: the hash seed.
    package init(size: Int, seed: UInt64) {
        self.size = max(1, size)
        self.seed = seed
    }

    /// The hashes of each word, in order.
    package func wordHashes(_ words: [String]) -> [UInt64] {
        words.map { StableHash.hash($0, seed: seed) }
    }

    /// The set of shingle hashes of a word stream, sorted ascending and unique.
    ///
    /// A stream shorter than `size` (but not empty) yields one shingle made of all its words;
    /// an empty stream yields none.
    ///
    /// - Parameter words: the folded words in order.
    /// - Returns: sorted unique shingle hashes.
    /// - Complexity: O(n·k + n log n) for n words and shingle size k.
    package func shingles(_ words: [String]) -> [UInt64] {
        let hashes = wordHashes(words)
        guard !hashes.isEmpty else { return [] }
        let windowSeed = seed ^ 0x5348_494E_474C_4553
        if hashes.count <= size {
            return [StableHash.hash(sequence: hashes[...], seed: windowSeed)]
        }
        var result: [UInt64] = []
        result.reserveCapacity(hashes.count - size + 1)
        for start in 0...(hashes.count - size) {
            result.append(StableHash.hash(sequence: hashes[start..<(start + size)], seed: windowSeed))
        }
        return SortedSet.uniqued(result)
    }
}
