import Testing
import StoryModel
@testable import Clustering

/// Short pages that are mostly one shared template (a paywall notice) under different headlines
/// are described by their headline alone; wire copies and real articles are not templates.
@Suite struct TemplatePagesTests {
    static let paywall = """
        This article is available to subscribers only. Subscribe today for unlimited digital access \
        to every story, the daily newsletter and the electronic edition. Already a subscriber? Log in \
        with your account to keep reading. Questions about your subscription can go to our customer \
        service desk by phone or email during business hours.
        """

    static let headlines = [
        "Harbor bridge closes for repairs", "School board picks new superintendent",
        "Farmers market moves to Saturday", "Zoo welcomes twin red panda cubs",
        "Storm knocks out power on the east side",
    ]

    static var pages: [NormalizedArticle] {
        headlines.enumerated().map { index, title in
            TestArticle.make(id: "p\(index)", title: title, body: paywall)
        }
    }

    /// A full-length article (four local stories run together): more content terms than a
    /// template page may have.
    static let story = TestArticle.make(
        id: "story", title: "Around town this week", body: BoilerplateTests.stories.map(\.2).joined(separator: " "))

    @Test func shortPagesSharingATemplateUnderDifferentHeadlinesAreFound() {
        let configuration = ClusteringConfiguration()
        let extractor = FeatureExtractor(configuration: configuration)
        let features = (Self.pages + [Self.story]).map { extractor.features(of: $0) }
        // Short pages keep their full shingle hashes for this check; the long story does not.
        #expect(features.prefix(5).allSatisfy { !$0.templateShingles.isEmpty })
        #expect(features[5].templateShingles.isEmpty)
        #expect(CorpusFeatures.templatePages(features, configuration: configuration) == [0, 1, 2, 3, 4])
        // Counted in passes over residues of the shingle hashes, down to one entry a pass: the same pages.
        for entriesPerPass in [1, 7, 100] {
            #expect(CorpusFeatures.templatePages(features, configuration: configuration, entriesPerPass: entriesPerPass) == [0, 1, 2, 3, 4])
        }
    }

    @Test func aTemplateNeedsEnoughPagesAndTheCheckCanBeTurnedOff() {
        var configuration = ClusteringConfiguration()
        let extractor = FeatureExtractor(configuration: configuration)
        let few = Self.pages.prefix(configuration.templateMinimumArticles - 1).map { extractor.features(of: $0) }
        #expect(CorpusFeatures.templatePages(Array(few), configuration: configuration).isEmpty)

        configuration.templateMinimumArticles = 0
        let off = FeatureExtractor(configuration: configuration)
        let features = Self.pages.map { off.features(of: $0) }
        #expect(features.allSatisfy { $0.templateShingles.isEmpty })
        #expect(CorpusFeatures.templatePages(features, configuration: configuration).isEmpty)
    }

    @Test func templatePagesAreNotNearDuplicatesOfEachOther() {
        // Without the template check the five pages would be one near-duplicate group.
        let clusters = EventClusterer().cluster(Self.pages + [Self.story])
        #expect(clusters.allSatisfy { $0.nearDuplicateGroups.isEmpty })
        var off = ClusteringConfiguration()
        off.templateMinimumArticles = 0
        let unchecked = EventClusterer(configuration: off).cluster(Self.pages + [Self.story])
        #expect(unchecked.contains { $0.nearDuplicateGroups.contains { $0.count == 5 } })
    }
}
