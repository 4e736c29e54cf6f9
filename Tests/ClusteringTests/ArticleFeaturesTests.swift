import Testing
@testable import Clustering
@testable import StoryModel

@Suite struct ArticleFeaturesTests {
    static let articles = [
        Fixtures.shootingA1, Fixtures.shootingA2, Fixtures.shootingB1, Fixtures.shootingB2, Fixtures.rehabC1,
        Fixtures.rehabC2, Fixtures.rehabD1, Fixtures.rehabD2, Fixtures.wireOriginal, Fixtures.wireCopy, Fixtures.bridge,
    ]

    @Test func freshLastingValuesChangeNoCluster() {
        let extractor = FeatureExtractor(configuration: ClusteringConfiguration())
        let features = Self.articles.map { extractor.features(of: $0) }
        var compacted = features
        let lasting = compacted.map { $0.freshLastingValues() }
        for index in compacted.indices { compacted[index].replaceLastingValues(with: lasting[index]) }
        for (original, copy) in zip(features, compacted) {
            #expect(copy.id == original.id && copy.source == original.source)
            #expect(copy.ages == original.ages && copy.streets == original.streets)
            #expect(copy.clockTimes == original.clockTimes && copy.headlineNumbers == original.headlineNumbers)
        }
        let clusterer = EventClusterer()
        let expected = clusterer.cluster(features: features)
        #expect(expected.count > 1)
        #expect(clusterer.cluster(features: compacted) == expected)
    }

    @Test func packedShinglesShareOneBufferAndChangeNoCluster() {
        let extractor = FeatureExtractor(configuration: ClusteringConfiguration())
        let features = Self.articles.map { extractor.features(of: $0) }
        var packed = features
        ArticleFeatures.packShingles(&packed)
        #expect(zip(packed, features).allSatisfy { Array($0.shingles) == Array($1.shingles) })
        // One buffer: each article's fingerprints follow the previous article's.
        let starts = packed.map { article in article.shingles.withUnsafeBufferPointer { $0.baseAddress } }
        for index in 1..<packed.count where !packed[index].shingles.isEmpty && !packed[index - 1].shingles.isEmpty {
            #expect(starts[index] == starts[index - 1].map { $0 + packed[index - 1].shingles.count })
        }
        #expect(packed.reduce(0) { $0 + $1.shingles.count } > 100)
        let clusterer = EventClusterer()
        #expect(clusterer.cluster(features: packed) == clusterer.cluster(features: features))
    }
}
