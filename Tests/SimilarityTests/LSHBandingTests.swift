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
}
