import Testing
@testable import Similarity

@Suite struct ShingleFingerprintsTests {
    let shingler = WordShingler(size: 5, seed: 17)

    /// A deterministic stream of words from a small vocabulary.
    func words(_ count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in "w\(generator.next() % 400)" }
    }

    @Test func fingerprintsAreTheTopBitsSortedAndUnique() {
        let hashes = shingler.shingles(words(300, seed: 1))
        let fingerprints = ShingleFingerprints.fingerprints(ofSorted: hashes)
        #expect(fingerprints == Array(Set(hashes.map { UInt32($0 >> 32) })).sorted())
        #expect(fingerprints.count == hashes.count)
    }

    @Test func neighboursThatShareTheirTopBitsCountOnce() {
        let hashes: [UInt64] = [0x0000_0001_0000_0005, 0x0000_0001_FFFF_0000, 0x0000_0002_0000_0000, 0xFFFF_FFFF_0000_0001]
        #expect(ShingleFingerprints.fingerprints(ofSorted: hashes) == [1, 2, 0xFFFF_FFFF])
        #expect(ShingleFingerprints.fingerprints(ofSorted: []).isEmpty)
    }

    @Test func jaccardOnFingerprintsEqualsJaccardOnHashes() {
        // Copies of a text with a cut, a dropped stretch, inserted words, and an unrelated text:
        // the similarities near-duplicate checks compare, measured both ways.
        let original = words(400, seed: 7)
        let variants: [[String]] = [
            Array(original.prefix(300)),
            Array(original.prefix(120)) + Array(original.dropFirst(200)),
            Array(original.prefix(200)) + words(40, seed: 9) + Array(original.dropFirst(200)),
            words(400, seed: 8),
        ]
        let base = shingler.shingles(original)
        for variant in variants {
            let hashes = shingler.shingles(variant)
            let fingerprinted = SortedSet.jaccard(
                ShingleFingerprints.fingerprints(ofSorted: base), ShingleFingerprints.fingerprints(ofSorted: hashes))
            #expect(fingerprinted == SortedSet.jaccard(base, hashes))
        }
    }
}
