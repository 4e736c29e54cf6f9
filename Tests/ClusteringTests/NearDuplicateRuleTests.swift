import Testing
import StoryModel
import Similarity
@testable import Clustering

@Suite struct NearDuplicateRuleTests {
    let configuration = ClusteringConfiguration()

    @Test func jaccardAboveTheThresholdIsANearDuplicate() {
        let a: ArraySlice<UInt32> = ArraySlice(0..<100), b: ArraySlice<UInt32> = ArraySlice(20..<120)  // J = 80/120
        #expect(CorpusFeatures.areNearDuplicates(a, b, configuration: configuration))
    }

    @Test func aCopyMissingAParagraphIsANearDuplicateByContainment() {
        // The copy keeps 45 of the original's 100 shingles and adds 3 of its own: J ≈ 0.44, but
        // 45 of its 48 shingles (94%) are the original's.
        let original: ArraySlice<UInt32> = ArraySlice(0..<100)
        let copy: [UInt32] = Array(0..<45) + [1000, 1001, 1002]
        #expect(!(Double(45) >= configuration.nearDuplicateThreshold * 103))
        #expect(CorpusFeatures.areNearDuplicates(original, copy.sorted()[...], configuration: configuration))
        var off = configuration
        off.nearDuplicateContainment = 0
        #expect(!CorpusFeatures.areNearDuplicates(original, copy.sorted()[...], configuration: off))
    }

    @Test func shortOrLooselyRelatedTextsAreNot() {
        // Too small to trust containment: 10 shingles all inside a long article.
        #expect(!CorpusFeatures.areNearDuplicates(ArraySlice(0..<200), ArraySlice(0..<10), configuration: configuration))
        // Half of the smaller text shared: related, not a copy.
        #expect(!CorpusFeatures.areNearDuplicates(ArraySlice(0..<100), ArraySlice(50..<150), configuration: configuration))
        #expect(!CorpusFeatures.areNearDuplicates([], [], configuration: configuration))
    }

    @Test func blockedParallelGroupingEqualsComparingEveryPair() {
        // Sets built from a few bases with edits, so some pairs are near-duplicates and some not.
        var state: UInt64 = 11
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        let bases: [[UInt32]] = (0..<6).map { base in (0..<120).map { UInt32(base * 1000 + $0) } }
        let shingles: [ArraySlice<UInt32>] = (0..<300).map { _ in
            let base = bases[Int(next() % 6)]
            let dropped = Int(next() % 90)
            return Array(base.dropFirst(dropped)) + (0..<Int(next() % 20)).map { _ in UInt32(100_000 + next() % 1000) }
        }.map { Array(Set($0)).sorted()[...] }
        var pairs: [CandidatePair] = []
        for a in 0..<shingles.count { for b in (a + 1)..<shingles.count where next() % 3 == 0 { pairs.append(CandidatePair(a, b)) } }

        var naive = UnionFind(count: shingles.count)
        for pair in pairs where CorpusFeatures.areNearDuplicates(shingles[pair.first], shingles[pair.second], configuration: configuration) {
            naive.union(pair.first, pair.second)
        }
        let expected = naive.groups()
        #expect(expected.count > 1 && expected.count < 150)
        for threads in [ThreadCount.exactly(1), .exactly(2)] {
            var blocked = CorpusFeatures.nearDuplicates(shingles, pairs: pairs, configuration: configuration, threads: threads)
            #expect(blocked.groups() == expected)
        }
    }
}
