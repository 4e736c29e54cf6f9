import Testing
@testable import Similarity

@Suite struct LSHBandingTests {
    @Test func findsEverySimilarPairOfBruteForce() {
        var generator = SplitMix64(seed: 77)
        // 20 base documents, each with 2 variants at varying overlap, plus unrelated noise.
        var sets: [[UInt64]] = []
        for _ in 0..<20 {
            let base = (0..<200).map { _ in generator.next() }
            sets.append(SortedSet.uniqued(base))
            for _ in 0..<2 {
                let keep = 150 + Int(generator.next() % 50)
                let variant = Array(base.prefix(keep)) + (0..<(200 - keep)).map { _ in generator.next() }
                sets.append(SortedSet.uniqued(variant))
            }
        }
        let hasher = MinHasher(count: 128, seed: 9)
        let banding = LSHBanding(signatureSize: 128, bands: 32, seed: 9)
        let candidates = Set(banding.candidatePairs(sets.map { hasher.signature($0) }))
        var similar = 0
        var unrelatedCandidates = 0
        var unrelated = 0
        for i in sets.indices {
            for j in sets.indices where j > i {
                let jaccard = SortedSet.jaccard(sets[i], sets[j])
                if jaccard >= 0.8 {
                    similar += 1
                    #expect(candidates.contains(CandidatePair(i, j)), "missed pair \(i) \(j) at \(jaccard)")
                } else if jaccard < 0.1 {
                    unrelated += 1
                    if candidates.contains(CandidatePair(i, j)) { unrelatedCandidates += 1 }
                }
            }
        }
        #expect(similar > 20)
        #expect(unrelated > 1000)
        #expect(unrelatedCandidates == 0)
    }

    @Test func rowsAndThreshold() {
        let banding = LSHBanding(signatureSize: 128, bands: 32, seed: 0)
        #expect(banding.rows == 4)
        #expect(abs(banding.threshold - 0.42) < 0.01)
        #expect(LSHBanding(signatureSize: 8, bands: 100, seed: 0).bands == 8)
    }

    @Test func emptySignaturesAreNotCandidates() {
        let hasher = MinHasher(count: 16, seed: 1)
        let banding = LSHBanding(signatureSize: 16, bands: 4, seed: 1)
        #expect(banding.candidatePairs([hasher.signature([]), hasher.signature([])]).isEmpty)
        #expect(banding.candidatePairs([hasher.signature([1, 2]), hasher.signature([1, 2])]) == [CandidatePair(0, 1)])
    }

    @Test(arguments: [Int.max, 3])
    func bandKeysProposeTheSamePairsAsSignatures(maxBucket: Int) {
        var generator = SplitMix64(seed: 5)
        // Groups of 1–8 variants of one base set (big groups exceed the bucket cap), empty sets between.
        var sets: [[UInt64]] = []
        for group in 0..<40 {
            let base = (0..<120).map { _ in generator.next() }
            for _ in 0..<(1 + group % 8) {
                let keep = 100 + Int(generator.next() % 20)
                sets.append(SortedSet.uniqued(Array(base.prefix(keep)) + (0..<(120 - keep)).map { _ in generator.next() }))
            }
            if group % 5 == 0 { sets.append([]) }
        }
        let hasher = OnePermutationHasher(count: 128, seed: 3)
        let banding = LSHBanding(signatureSize: 128, bands: 32, seed: 3)
        let signatures = sets.map { hasher.signature($0) }
        let keys = signatures.map { banding.bandKeys($0) }
        #expect(keys.filter(\.isEmpty).count == 8)
        #expect(keys.allSatisfy { $0.isEmpty || $0.count == 32 })
        let expected = banding.candidatePairs(SignatureMatrix(signatures, width: 128), threads: .exactly(1), maxBucket: maxBucket)
        #expect(expected.count > 100)
        // Without a cap, the pairs every band proposes, collected and normalized in one list.
        if maxBucket == .max { #expect(expected == banding.candidatePairs(signatures)) }
        // Bands are merged a thread's worth at a time: 32 bands in batches of 1, 2 and 3.
        for threads in [1, 2, 3] {
            #expect(banding.candidatePairs(bandKeys: keys, threads: .exactly(threads), maxBucket: maxBucket) == expected)
        }
    }
}
