import Testing
@testable import Similarity

@Suite struct SignatureMatrixTests {
    @Test func matrixBandingFindsTheSamePairsAsSeparateSignatures() {
        let hasher = MinHasher(count: 32, seed: 4)
        var generator = SplitMix64(seed: 9)
        var sets: [[UInt64]] = []
        for _ in 0..<30 {
            let base = (0..<100).map { _ in generator.next() }
            sets.append(base)
            var copy = base
            for index in 0..<Int(generator.next() % 30) { copy[index] = generator.next() }
            sets.append(copy)
        }
        sets.append([])
        let signatures = sets.map { hasher.signature($0) }
        let matrix = SignatureMatrix(signatures, width: 32)
        let banding = LSHBanding(signatureSize: 32, bands: 8, seed: 1)
        let expected = banding.candidatePairs(signatures)
        #expect(!expected.isEmpty)
        #expect(banding.candidatePairs(matrix, threads: .exactly(1)) == expected)
        #expect(banding.candidatePairs(matrix, threads: .exactly(3)) == expected)
        #expect(matrix.count == sets.count)
        #expect(matrix.isEmpty(sets.count - 1))
        #expect(matrix.signature(5) == signatures[5])
        #expect(matrix.estimatedJaccard(0, 1) == signatures[0].estimatedJaccard(signatures[1]))
        #expect(matrix.estimatedJaccard(0, sets.count - 1) == 0)
    }

    @Test func oversizedBucketsProposeAChain() {
        let hasher = MinHasher(count: 16, seed: 4)
        let same = hasher.signature([1, 2, 3, 4, 5])
        let matrix = SignatureMatrix(Array(repeating: same, count: 50), width: 16)
        let banding = LSHBanding(signatureSize: 16, bands: 4, seed: 1)
        #expect(banding.candidatePairs(matrix).count == 50 * 49 / 2)
        let chain = banding.candidatePairs(matrix, maxBucket: 10)
        #expect(chain == (0..<49).map { CandidatePair($0, $0 + 1) })
    }
}
