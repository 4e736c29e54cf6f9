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
}
