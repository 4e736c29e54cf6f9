import Testing
@testable import Clustering
@testable import StoryModel

@Suite struct ArticleFeaturesTests {
    static let articles = [
        Fixtures.shootingA1, Fixtures.shootingA2, Fixtures.shootingB1, Fixtures.shootingB2, Fixtures.rehabC1,
        Fixtures.rehabC2, Fixtures.rehabD1, Fixtures.rehabD2, Fixtures.wireOriginal, Fixtures.wireCopy, Fixtures.bridge,
    ]

    @Test func lastingValuesEqualTheFeaturesInStorageOfTheirOwn() {
        let extractor = FeatureExtractor(configuration: ClusteringConfiguration())
        for features in Self.articles.map({ extractor.features(of: $0) }) {
            let lasting = features.freshLastingValues()
            #expect(lasting.id == features.id && lasting.source == features.source && lasting.date == features.date)
            #expect(lasting.ages == features.ages && lasting.streets == features.streets)
            #expect(lasting.clockTimes == features.clockTimes && lasting.headlineNumbers == features.headlineNumbers)
            #expect(lasting.titleOnly == features.titleOnly && lasting.day == features.day)
            lasting.id.utf8.withContiguousStorageIfAvailable { copy in
                features.id.utf8.withContiguousStorageIfAvailable { original in
                    #expect(copy.baseAddress != original.baseAddress || copy.isEmpty)
                }
            }
        }
    }

    @Test func packedListsShareBuffersAndChangeNoCluster() {
        let configuration = ClusteringConfiguration()
        let extractor = FeatureExtractor(configuration: configuration)
        let features = Self.articles.map { extractor.features(of: $0) }
        var packed = features
        ArticleFeatures.pack(&packed)
        #expect(zip(packed, features).allSatisfy { Array($0.shingles) == Array($1.shingles) })
        #expect(zip(packed, features).allSatisfy { Array($0.bandKeys) == Array($1.bandKeys) })
        func sentenceKeys(_ article: ArticleFeatures) -> [UInt64] {
            var keys: [UInt64] = []
            article.forEachSentenceKey(seed: configuration.seed) { keys.append($0) }
            return keys
        }
        #expect(zip(packed, features).allSatisfy { sentenceKeys($0) == sentenceKeys($1) })
        #expect(features.contains { !sentenceKeys($0).isEmpty })
        // One buffer per kind of list: each article's list follows the previous article's.
        func expectContiguous<Element>(_ lists: [ArraySlice<Element>]) {
            let starts = lists.map { list in list.withUnsafeBufferPointer { $0.baseAddress } }
            for index in 1..<lists.count where !lists[index].isEmpty && !lists[index - 1].isEmpty {
                #expect(starts[index] == starts[index - 1].map { $0 + lists[index - 1].count })
            }
        }
        expectContiguous(packed.map(\.shingles))
        expectContiguous(packed.map(\.bandKeys))
        #expect(packed.reduce(0) { $0 + $1.shingles.count } > 100)
        // Weighed from positions in the batch's key table, the features weighed from each
        // article's own table, with and without boilerplate sentences left out.
        let someSentences = Set(sentenceKeys(features[0]).prefix(2))
        for boilerplate in [Set<UInt64>(), someSentences] {
            var (own, shared) = (features, packed)
            for index in own.indices {
                own[index].weigh(configuration: configuration, boilerplate: boilerplate)
                shared[index].weigh(configuration: configuration, boilerplate: boilerplate)
            }
            #expect(own.allSatisfy { !$0.features.isEmpty })
            #expect(zip(own, shared).allSatisfy { $0.features == $1.features })
        }
        let clusterer = EventClusterer()
        let expected = clusterer.cluster(features: features)
        #expect(expected.count > 1)
        #expect(clusterer.cluster(features: packed) == expected)
    }
}
