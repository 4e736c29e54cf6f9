import Testing
import StoryModel
@testable import Similarity

@Suite struct WeightedFeatureTests {
    @Test func aFeatureTakesSixteenBytes() {
        #expect(MemoryLayout<WeightedFeature>.stride == 16)
    }

    @Test func countsAndDefaultBoostsAreKeptExactly() {
        let configuration = ClusteringConfiguration()
        let boosts = [
            configuration.nameBoost, configuration.phraseNameBoost, configuration.numberBoost,
            configuration.titleBoost, configuration.termPairBoost, 1,
        ]
        for first in boosts {
            for second in boosts {
                let feature = WeightedFeature(key: 7, count: 123_456, boost: first * second)
                #expect(feature.boost == first * second)
                #expect(feature.count == 123_456)
            }
        }
    }

    @Test func otherBoostsRoundToSinglePrecisionAndCountsClamp() {
        var feature = WeightedFeature(key: 1, boost: 1.3)
        #expect(feature.boost == Double(Float(1.3)))
        #expect(abs(feature.boost - 1.3) < 1e-7)
        feature.count = Int(Int32.max) + 10
        #expect(feature.count == Int(Int32.max))
        feature.count += -5
        #expect(feature.count == Int(Int32.max) - 5)
    }
}
