import Testing
import StoryModel
@testable import Clustering

@Suite struct NearDuplicateRuleTests {
    let configuration = ClusteringConfiguration()

    @Test func jaccardAboveTheThresholdIsANearDuplicate() {
        let a: [UInt64] = Array(0..<100), b: [UInt64] = Array(20..<120)  // J = 80/120
        #expect(CorpusFeatures.areNearDuplicates(a, b, configuration: configuration))
    }

    @Test func aCopyMissingAParagraphIsANearDuplicateByContainment() {
        // The copy keeps 45 of the original's 100 shingles and adds 3 of its own: J ≈ 0.44, but
        // 45 of its 48 shingles (94%) are the original's.
        let original: [UInt64] = Array(0..<100)
        let copy: [UInt64] = Array(0..<45) + [1000, 1001, 1002]
        #expect(!(Double(45) >= configuration.nearDuplicateThreshold * 103))
        #expect(CorpusFeatures.areNearDuplicates(original, copy.sorted(), configuration: configuration))
        var off = configuration
        off.nearDuplicateContainment = 0
        #expect(!CorpusFeatures.areNearDuplicates(original, copy.sorted(), configuration: off))
    }

    @Test func shortOrLooselyRelatedTextsAreNot() {
        // Too small to trust containment: 10 shingles all inside a long article.
        #expect(!CorpusFeatures.areNearDuplicates(Array(0..<200), Array(0..<10), configuration: configuration))
        // Half of the smaller text shared: related, not a copy.
        #expect(!CorpusFeatures.areNearDuplicates(Array(0..<100), Array(50..<150), configuration: configuration))
        #expect(!CorpusFeatures.areNearDuplicates([], [], configuration: configuration))
    }
}
