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
        var filled = 0
        for value in bins where value != .max { filled += 1 }
        guard filled > 0, filled < bins.count else { return }
        precondition(bins.count == count, "one value per bin")
        let tabulated = Self.tabulatedProbes
        // Borrow only from originally filled bins: mark which bins were empty first.
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: bins.count) { empty in
            probes.withUnsafeBufferPointer { probes in
                for index in bins.indices { empty[index] = bins[index] == .max }
                for index in bins.indices where empty[index] {
                    var attempt = 1
                    while true {
                        let source = attempt <= tabulated
                            ? Int(probes[index &* tabulated &+ attempt &- 1])
                            : Self.probe(bin: index, attempt: UInt64(attempt), seed: seed, count: count)
                        if !empty[source] {
                            bins[index] = bins[source]
                            break
                        }
                        attempt += 1
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
        var shingles = 0
        shingler.forEachShingle(text) {
            insert($0, into: values)
            shingles += 1
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
