import Testing
@testable import Similarity

@Suite struct OnePermutationHasherTests {
    /// Mean and worst absolute error of a signature function against exact Jaccard over seeded set pairs.
    static func errors(
        trials: Int, maxSize: Int, seed: UInt64, _ signature: ([UInt64]) -> MinHashSignature
    ) -> (mean: Double, worst: Double) {
        var generator = SplitMix64(seed: seed)
        var total = 0.0, worst = 0.0
        for _ in 0..<trials {
            let (a, b) = MinHasherTests.pair(
                shared: Int(generator.next() % UInt64(maxSize)), onlyA: Int(generator.next() % UInt64(maxSize)),
                onlyB: Int(generator.next() % UInt64(maxSize)), generator: &generator)
            guard !a.isEmpty, !b.isEmpty else { continue }
            let error = abs(SortedSet.jaccard(a, b) - signature(a).estimatedJaccard(signature(b)))
            total += error
            worst = max(worst, error)
        }
        return (total / Double(trials), worst)
    }

    @Test func estimatesAsAccurateAsClassicMinHash() {
        let oph = OnePermutationHasher(count: 128, seed: 99)
        let classic = MinHasher(count: 128, seed: 99)
        for maxSize in [20, 300, 1500] {
            let fast = Self.errors(trials: 120, maxSize: maxSize, seed: 7) { oph.signature($0) }
            let slow = Self.errors(trials: 120, maxSize: maxSize, seed: 7) { classic.signature($0) }
            #expect(fast.mean < 0.04, "sets up to \(maxSize): mean error \(fast.mean)")
            #expect(fast.mean <= slow.mean * 1.15 + 0.002, "sets up to \(maxSize): \(fast.mean) vs classic \(slow.mean)")
            #expect(fast.worst < 0.2)
        }
    }

    @Test func identicalDisjointAndEmptySets() {
        let hasher = OnePermutationHasher(count: 64, seed: 1)
        var generator = SplitMix64(seed: 3)
        let (a, b) = MinHasherTests.pair(shared: 0, onlyA: 500, onlyB: 500, generator: &generator)
        #expect(hasher.signature(a).estimatedJaccard(hasher.signature(a)) == 1)
        #expect(hasher.signature(a).estimatedJaccard(hasher.signature(b)) < 0.08)
        #expect(hasher.signature([]).isEmpty)
        #expect(hasher.signature([]) == hasher.emptySignature)
        // One element fills every bin by densification.
        #expect(!hasher.signature([42]).values.contains(.max))
    }

    @Test func reproducibleSeedDependentAndDuplicateBlind() {
        let set: [UInt64] = (0..<200).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        let hasher = OnePermutationHasher(count: 32, seed: 5)
        #expect(hasher.signature(set) == OnePermutationHasher(count: 32, seed: 5).signature(set))
        #expect(hasher.signature(set) != OnePermutationHasher(count: 32, seed: 6).signature(set))
        #expect(hasher.signature(set + set.reversed()) == hasher.signature(set))
    }

    @Test func textSignatureEqualsSignatureOfShingleSet() {
        let shingler = TextShingler(size: 5, seed: 11)
        let text = Array("The quick brown fox jumps over the lazy dog, and the dog sleeps on. The quick brown fox jumps again.".utf8)
        // 128 and 64 bins take the shift path, the others the multiply path; 1 bin is the minimum.
        for count in [128, 64, 100, 7, 1] {
            let hasher = OnePermutationHasher(count: count, seed: 11)
            #expect(hasher.signature(of: text, shingler: shingler) == hasher.signature(shingler.shingles(text)), "\(count) bins")
            #expect(hasher.signature(of: [], shingler: shingler).isEmpty)
        }
    }

    @Test func textEstimatesAsAccurateAsClassicMinHashOnShingles() {
        // Short words are their own values before the window fold, the weakest input for the
        // shingle hash: texts from a small vocabulary of short words, edited copies of each other.
        let shingler = TextShingler(size: 5, seed: 8)
        let oph = OnePermutationHasher(count: 128, seed: 8)
        let classic = MinHasher(count: 128, seed: 8)
        var generator = SplitMix64(seed: 31)
        let vocabulary = ["a", "an", "the", "of", "to", "in", "said", "on", "at", "by", "it", "is", "was", "he", "she", "we"]
        var fast = 0.0, slow = 0.0, worst = 0.0
        let trials = 150
        for _ in 0..<trials {
            let length = 20 + Int(generator.next() % 400)
            let words = (0..<length).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }
            var copy = words
            for _ in 0..<Int(generator.next() % UInt64(length / 2 + 1)) {
                copy[Int(generator.next() % UInt64(length))] = vocabulary[Int(generator.next() % UInt64(vocabulary.count))]
            }
            let a = Array(words.joined(separator: " ").utf8), b = Array(copy.joined(separator: " ").utf8)
            let setA = shingler.shingles(a), setB = shingler.shingles(b)
            let exact = SortedSet.jaccard(setA, setB)
            let error = abs(oph.signature(of: a, shingler: shingler).estimatedJaccard(oph.signature(of: b, shingler: shingler)) - exact)
            fast += error
            worst = max(worst, error)
            slow += abs(classic.signature(setA).estimatedJaccard(classic.signature(setB)) - exact)
        }
        #expect(fast / Double(trials) <= slow / Double(trials) * 1.15 + 0.002, "mean error \(fast / Double(trials)) vs classic \(slow / Double(trials))")
        #expect(worst < 0.2)
    }

    @Test func wireCopiesScoreHigherThanRewrites() {
        let shingler = TextShingler(size: 5, seed: 3)
        let hasher = OnePermutationHasher(count: 128, seed: 3)
        var generator = SplitMix64(seed: 12)
        let vocabulary = (0..<400).map { "w\($0)" }
        let words = (0..<400).map { _ in vocabulary[Int(generator.next() % 400)] }
        var copy = words
        copy[100] = "changed"
        copy.removeSubrange(300..<340)
        let other = (0..<400).map { _ in vocabulary[Int(generator.next() % 400)] }
        let signature = { (words: [String]) in hasher.signature(of: Array(words.joined(separator: " ").utf8), shingler: shingler) }
        let exact = SortedSet.jaccard(
            shingler.shingles(words.joined(separator: " ")), shingler.shingles(copy.joined(separator: " ")))
        #expect(abs(signature(words).estimatedJaccard(signature(copy)) - exact) < 0.12)
        #expect(signature(words).estimatedJaccard(signature(copy)) > 0.7)
        #expect(signature(words).estimatedJaccard(signature(other)) < 0.1)
    }
}
