import Testing
import StoryModel
@testable import Clustering

@Suite struct HeadlineNumberTests {
    @Test func readsCountsAndAgesButNotYearsTimesOrDecimals() {
        #expect(ArticleFeatures.smallNumbers(in: "Two killed, 4 wounded; girl, 14, among victims") == [2, 4, 14])
        #expect(ArticleFeatures.smallNumbers(in: "5-year-old shot by 4-year-old sibling") == [4, 5])
        #expect(ArticleFeatures.smallNumbers(in: "5.6 quake at 8:00 in 2008 costs $1,000") == [])
        #expect(ArticleFeatures.smallNumbers(in: "Police search for gunman") == [])
    }

    static let body = """
        Police said the shooting happened late on Saturday outside a house on Elm Street in Riverton. \
        Officers found the victims on the porch and took them to Riverton General Hospital. \
        Detectives have not named a suspect and asked witnesses to call the department.
        """

    @Test func headlinesWithDifferentCountsLowerTheScore() {
        let a = TestArticle.make(id: "a", title: "3 shot outside Riverton home", body: Self.body)
        let b = TestArticle.make(id: "b", title: "5 shot outside Riverton home", body: Self.body, source: "other")
        let c = TestArticle.make(id: "c", title: "Shooting outside Riverton home", body: Self.body, source: "third")
        let corpus = [a, b, c]
        var off = ClusteringConfiguration()
        off.headlineNumberMismatchFactor = 1
        var on = off
        on.headlineNumberMismatchFactor = 0.8
        let plain = EventClusterer(configuration: off).similarity(a, b, corpus: corpus)
        let lowered = EventClusterer(configuration: on).similarity(a, b, corpus: corpus)
        #expect(plain > 0.5)
        #expect(abs(lowered - plain * 0.8) < 1e-9)
        // A headline without numbers contradicts nothing.
        #expect(EventClusterer(configuration: on).similarity(a, c, corpus: corpus)
            == EventClusterer(configuration: off).similarity(a, c, corpus: corpus))
    }

    @Test func readsAgesInDigitsAndWords() {
        let words = "a 14 year old girl and her brother aged nine were hurt the 2016 fire lasted 3 years".split(separator: " ").map(String.init)
        #expect(ArticleFeatures.ages(in: words) == [9, 14])
        #expect(ArticleFeatures.ages(in: ["the", "1,000", "year", "old", "church"]) == [])
        #expect(ArticleFeatures.ages(in: ["a", "four", "year", "old", "boy"]) == [4])
    }

    @Test func differentAgesLowerTheScore() {
        let a = TestArticle.make(id: "a", title: "Girl shot outside Riverton home", body: Self.body + " The girl is 14 years old.")
        let b = TestArticle.make(id: "b", title: "Girl shot outside Riverton home", body: Self.body + " The girl is 6 years old.", source: "other")
        let corpus = [a, b]
        var off = ClusteringConfiguration()
        off.ageMismatchFactor = 1
        var on = off
        on.ageMismatchFactor = 0.7
        let plain = EventClusterer(configuration: off).similarity(a, b, corpus: corpus)
        #expect(plain > 0.3)
        #expect(abs(EventClusterer(configuration: on).similarity(a, b, corpus: corpus) - plain * 0.7) < 1e-9)
    }

    @Test func explanationsNameTheFactorsThatLoweredTheScore() throws {
        let a = TestArticle.make(id: "a", title: "3 shot outside Riverton home", body: Self.body + " The girl is 14 years old.")
        let b = TestArticle.make(id: "b", title: "5 shot outside Riverton home", body: Self.body + " The girl is 6 years old.")
        let explanation = try #require(EventScorer(corpus: [a, b], configuration: ClusteringConfiguration()).explain("a", "b"))
        let reasons = explanation.adjustments.map(\.reason)
        #expect(reasons.contains("the same outlet"))
        #expect(reasons.contains("headlines stating different numbers (3 vs 5)"))
        #expect(reasons.contains("different ages (14 vs 6)"))
        let product = explanation.adjustments.reduce(explanation.cosine * explanation.dateFactor) { $0 * $1.factor }
        #expect(abs(product - explanation.score) < 1e-9)
    }
}
