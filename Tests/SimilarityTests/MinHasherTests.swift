import Testing
@testable import Similarity

@Suite struct MinHasherTests {
    /// Two sets with a chosen overlap, drawn from a seeded generator.
    static func pair(shared: Int, onlyA: Int, onlyB: Int, generator: inout SplitMix64) -> ([UInt64], [UInt64]) {
        let common = (0..<shared).map { _ in generator.next() }
        let a = common + (0..<onlyA).map { _ in generator.next() }
        let b = common + (0..<onlyB).map { _ in generator.next() }
        return (SortedSet.uniqued(a), SortedSet.uniqued(b))
    }

    @Test func estimateTracksExactJaccard() {
        let hasher = MinHasher(count: 128, seed: 99)
        var generator = SplitMix64(seed: 2024)
        var totalError = 0.0
        var worst = 0.0
        var withinTenth = 0
        let trials = 60
        for _ in 0..<trials {
            let shared = Int(generator.next() % 300)
            let (a, b) = Self.pair(
                shared: shared, onlyA: Int(generator.next() % 300), onlyB: Int(generator.next() % 300),
                generator: &generator)
            let exact = SortedSet.jaccard(a, b)
            let estimate = hasher.signature(a).estimatedJaccard(hasher.signature(b))
            totalError += abs(exact - estimate)
            worst = max(worst, abs(exact - estimate))
            if abs(exact - estimate) <= 0.1 { withinTenth += 1 }
        }
        #expect(totalError / Double(trials) < 0.04)
        // 128 values: standard error ≤ 0.045, so nearly all estimates are within 0.1.
        #expect(withinTenth >= trials * 95 / 100)
        #expect(worst < 0.15)
    }

    @Test func identicalAndDisjointSets() {
        let hasher = MinHasher(count: 64, seed: 1)
        var generator = SplitMix64(seed: 3)
        let (a, b) = Self.pair(shared: 0, onlyA: 200, onlyB: 200, generator: &generator)
        #expect(hasher.signature(a).estimatedJaccard(hasher.signature(a)) == 1)
        #expect(hasher.signature(a).estimatedJaccard(hasher.signature(b)) < 0.05)
    }

    @Test func emptySetsAreNeverSimilar() {
        let hasher = MinHasher(count: 16, seed: 1)
        let empty = hasher.signature([])
        #expect(empty.isEmpty)
        #expect(empty.estimatedJaccard(empty) == 0)
    }

    @Test func signaturesAreReproducibleAndSeedDependent() {
        let set: [UInt64] = [10, 20, 30, 40]
        #expect(MinHasher(count: 32, seed: 5).signature(set) == MinHasher(count: 32, seed: 5).signature(set))
        #expect(MinHasher(count: 32, seed: 5).signature(set) != MinHasher(count: 32, seed: 6).signature(set))
        #expect(MinHasher(count: 32, seed: 5).signature(set + set) == MinHasher(count: 32, seed: 5).signature(set))
    }
}
