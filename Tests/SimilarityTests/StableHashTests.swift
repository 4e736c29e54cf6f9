import Testing
@testable import Similarity

@Suite struct StableHashTests {
    @Test func sameInputSameHashAcrossCalls() {
        let a = StableHash.hash("lavrov", seed: 42)
        #expect(a == StableHash.hash("lavrov", seed: 42))
        #expect(a == StableHash.hash(Array("lavrov".utf8), seed: 42))
    }

    @Test func pinnedValuesDoNotDrift() {
        // Pinned so a change to the mixing (which would change every signature) is noticed.
        #expect(StableHash.hash("", seed: 0) == StableHash.hash([UInt8](), seed: 0))
        #expect(StableHash.hash("the quick brown fox", seed: 7) == 0x7FE1_7EB2_186A_7BE8)
        #expect(StableHash.hash(sequence: [1, 2, 3], seed: 7) == 0x85E7_7D32_31B9_E641)
    }

    @Test func seedAndContentChangeTheHash() {
        #expect(StableHash.hash("putin", seed: 1) != StableHash.hash("putin", seed: 2))
        #expect(StableHash.hash("putin", seed: 1) != StableHash.hash("putim", seed: 1))
        #expect(StableHash.hash("abcdefgh", seed: 1) != StableHash.hash("abcdefgh\0", seed: 1))
    }

    @Test func sequenceHashIsOrderSensitive() {
        #expect(StableHash.hash(sequence: [1, 2], seed: 0) != StableHash.hash(sequence: [2, 1], seed: 0))
        #expect(StableHash.hash(sequence: [1], seed: 0) != StableHash.hash(sequence: [1, 0], seed: 0))
    }

    @Test func bucketsAreEvenlyFilled() {
        var buckets = [Int](repeating: 0, count: 64)
        let count = 64_000
        for index in 0..<count {
            buckets[Int(StableHash.hash("word\(index)", seed: 3) >> 58)] += 1
        }
        let expected = Double(count) / 64
        let chiSquare = buckets.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        // 63 degrees of freedom: the 99.9th percentile is about 103.
        #expect(chiSquare < 103)
    }

    @Test func oneBitFlipChangesAboutHalfTheBits() {
        var flipped = 0
        var trials = 0
        for index in 0..<500 {
            var bytes = Array("article \(index) text".utf8)
            let base = StableHash.hash(bytes, seed: 11)
            bytes[index % bytes.count] ^= UInt8(1 << (index % 8))
            flipped += (base ^ StableHash.hash(bytes, seed: 11)).nonzeroBitCount
            trials += 1
        }
        let mean = Double(flipped) / Double(trials)
        #expect(mean > 30 && mean < 34)
    }

    @Test func splitMixMatchesTheReferenceSequence() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }
}
