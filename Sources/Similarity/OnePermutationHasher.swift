/// MinHash signatures by one-permutation hashing with optimal densification
/// (Li, Owen & Zhang 2012; Shrivastava 2017): one hash per shingle instead of one per shingle
/// and function.
///
/// Each shingle hash is remixed with the seed (one multiply); its top bits pick one of `count`
/// bins and the bin keeps its smallest value. A bin no shingle fell into borrows the value of a non-empty
/// bin chosen by a seeded probe sequence that depends only on the bin and the attempt, so two
/// documents borrow from the same place and the agreement rate still estimates Jaccard
/// similarity. Cost: O(n + k) per set instead of O(n·k).
package struct OnePermutationHasher: Sendable {
    /// Values per signature (bins).
    package let count: Int
    /// Fixes the family, so signatures are reproducible.
    package let seed: UInt64

    /// Creates a hash family.
    ///
    /// - Parameters:
    ///   - count: values per signature (at least 1).
    ///   - seed: fixes the family.
    package init(count: Int, seed: UInt64) {
        self.count = max(1, count)
        self.seed = seed
        var generator = SplitMix64(seed: seed ^ 0x4F50_484D_4153_4821)
        offset = generator.next()
        multiplier = generator.next() | 1
        var probes: [UInt32] = []
        probes.reserveCapacity(self.count * Self.tabulatedProbes)
        for bin in 0..<self.count {
            for attempt in 1...Self.tabulatedProbes {
                probes.append(UInt32(Self.probe(bin: bin, attempt: UInt64(attempt), seed: seed, count: self.count)))
            }
        }
        self.probes = probes
    }

    /// Densification probes tabulated per bin; later attempts are computed.
    private static let tabulatedProbes = 4
    /// The first `tabulatedProbes` probe targets of each bin, bin-major.
    private let probes: [UInt32]

    /// The bin that empty bin `bin` borrows from at attempt `attempt` (1, 2, …), for `count` bins.
    private static func probe(bin: Int, attempt: UInt64, seed: UInt64, count: Int) -> Int {
        let probe = StableHash.finalize(
            StableHash.mum(UInt64(bin) ^ seed ^ 0x4F50_4844_454E_5345, attempt &* 0x9E37_79B9_7F4A_7C15 | 1))
        return Int(truncatingIfNeeded: probe.multipliedFullWidth(by: UInt64(count)).high)
    }

    /// Remixes a shingle hash: `(hash ⊕ offset)·multiplier`, a bijection of 64-bit values. Shingle
    /// hashes are already well mixed, so one multiply suffices to make the family seed-dependent.
    private let offset: UInt64
    private let multiplier: UInt64

    /// The empty-set signature: `UInt64.max` everywhere, like `MinHasher`'s.
    package var emptySignature: MinHashSignature {
        MinHashSignature(values: [UInt64](repeating: .max, count: count))
    }

    /// The signature of a set of well-mixed 64-bit hashes (duplicates do not matter).
    ///
    /// - Complexity: O(n + k) expected for n hashes and k bins.
    package func signature(_ hashes: [UInt64]) -> MinHashSignature {
        var values = [UInt64](repeating: .max, count: count)
        hashes.withUnsafeBufferPointer { hashes in
            values.withUnsafeMutableBufferPointer { bins in
                for hash in hashes { insert(hash, into: bins) }
                densify(bins)
            }
        }
        return MinHashSignature(values: values)
    }

    /// Adds one shingle hash to the bins of a signature being built.
    @inline(__always)
    package func insert(_ hash: UInt64, into bins: UnsafeMutableBufferPointer<UInt64>) {
        let value = (hash ^ offset) &* multiplier
        let bin = Int(truncatingIfNeeded: value.multipliedFullWidth(by: UInt64(bins.count)).high)
        bins[bin] = min(bins[bin], value)
    }

    /// Fills the empty bins of a signature being built (no-op when all bins, or none, are filled).
    package func densify(_ bins: UnsafeMutableBufferPointer<UInt64>) {
        let words = (bins.count &+ 63) >> 6
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { empty in
            // Which bins were empty, one bit each: they borrow only from originally filled bins.
            var emptyCount = 0
            for word in 0..<words {
                let first = word << 6
                var bits: UInt64 = 0
                for offset in 0..<min(64, bins.count &- first) {
                    bits |= UInt64(bins[first &+ offset] == .max ? 1 : 0) &<< UInt64(offset)
                }
                empty[word] = bits
                emptyCount &+= bits.nonzeroBitCount
            }
            guard emptyCount > 0, emptyCount < bins.count else { return }
            precondition(bins.count == count, "one value per bin")
            let tabulated = Self.tabulatedProbes
            probes.withUnsafeBufferPointer { probes in
                for word in 0..<words {
                    var bits = empty[word]
                    while bits != 0 {
                        let index = word << 6 | bits.trailingZeroBitCount
                        bits &= bits &- 1
                        // Most bins borrow at the first probe; the others try the next ones.
                        var source = Int(probes[index &* tabulated])
                        var attempt = 1
                        while empty[source >> 6] &>> UInt64(source & 63) & 1 != 0 {
                            attempt += 1
                            source = attempt <= tabulated
                                ? Int(probes[index &* tabulated &+ attempt &- 1])
                                : Self.probe(bin: index, attempt: UInt64(attempt), seed: seed, count: count)
                        }
                        bins[index] = bins[source]
                    }
                }
            }
        }
    }

    /// The signature of the word shingles of UTF-8 text, shingling and hashing in one pass.
    ///
    /// - Parameters:
    ///   - text: UTF-8 bytes.
    ///   - shingler: the tokenizer and shingle hash.
    ///   - values: receives exactly `count` values (the empty signature for a text without words).
    /// - Returns: the number of shingles seen, repeats included (an upper bound on the set's size).
    /// - Complexity: O(n + w·s + k) for n bytes, w words, shingle size s and k bins.
    @discardableResult
    package func signature(
        of text: UnsafeBufferPointer<UInt8>, shingler: TextShingler, into values: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        precondition(values.count == count, "one value per bin")
        for index in values.indices { values[index] = .max }
        let shingles: Int
        if count > 1, count & (count &- 1) == 0 {
            // A power-of-two bin count: the bin (the high half of value × count) is a shift.
            let shift = UInt64(64 &- count.trailingZeroBitCount)
            let offset = offset, multiplier = multiplier
            let bins = values.baseAddress!
            shingles = shingler.forEachShingle(text) { hash in
                let value = (hash ^ offset) &* multiplier
                let bin = Int(truncatingIfNeeded: value &>> shift)
                bins[bin] = min(bins[bin], value)
            }
        } else {
            shingles = shingler.forEachShingle(text) { insert($0, into: values) }
        }
        densify(values)
        return shingles
    }

    /// The signature of the word shingles of UTF-8 text.
    package func signature(of text: [UInt8], shingler: TextShingler) -> MinHashSignature {
        var values = [UInt64](repeating: .max, count: count)
        text.withUnsafeBufferPointer { text in
            values.withUnsafeMutableBufferPointer { _ = signature(of: text, shingler: shingler, into: $0) }
        }
        return MinHashSignature(values: values)
    }
}
