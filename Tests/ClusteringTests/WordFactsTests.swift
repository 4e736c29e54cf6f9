import Testing
@testable import Clustering

/// The one-pass reading of ages, clock times and numbered streets from a word stream.
@Suite struct WordFactsTests {
    static func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

    @Test func readsEveryPatternInOnePassAtAnyPosition() {
        // Patterns at the very start and end of the stream, and interleaved.
        let facts = ArticleFeatures.WordFacts(Self.words(
            "9 pm a 14 year old on 43 street and a man aged 32 at 1:18 pm near 5 ave 7 years old aged 40 12 am"))
        #expect(facts.ages == [7, 14, 32, 40])
        #expect(facts.clockTimes == [0, 798, 1260])
        #expect(facts.numberedStreets == ["43", "5"])
    }

    @Test func incompletePatternsAtTheEdgesAreIgnored() {
        let facts = ArticleFeatures.WordFacts(Self.words("pm year old 14 year aged"))
        #expect(facts.ages.isEmpty)
        #expect(facts.clockTimes.isEmpty)
        #expect(ArticleFeatures.WordFacts(Self.words("1234 street 43")).numberedStreets.isEmpty)
        #expect(ArticleFeatures.WordFacts([]).ages.isEmpty)
    }
}
