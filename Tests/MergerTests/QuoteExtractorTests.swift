@testable import Merger
import StoryModel
import Testing

@Suite struct QuoteExtractorTests {
    static func quotes(_ text: String) -> [FoundQuote] {
        let article = TestArticles.make(id: "q.txt", source: "Wire", text: text)
        return QuoteExtractor.quotes(in: article, articleIndex: 0, minimumWords: 3)
    }

    @Test(arguments: [
        ("“We will rebuild every home on this street,” said Mayor Ellen Ruiz.", "Ellen Ruiz"),
        ("“We will rebuild every home on this street,” Ruiz said.", "Ruiz"),
        ("Ruiz said: “We will rebuild every home on this street.”", "Ruiz"),
        ("The town will rebuild “every home on this street,” according to Mayor Ellen Ruiz.", "Ellen Ruiz"),
        ("Riverton Mayor Ellen Ruiz told reporters that “we will rebuild every home on this street.”", "Ellen Ruiz"),
        ("\"We will rebuild every home on this street,\" Kremlin spokesman Dmitry Peskov said.", "Dmitry Peskov"),
    ])
    func speakerPatterns(_ text: String, _ speaker: String) throws {
        let found = Self.quotes(text)
        let quote = try #require(found.first)
        #expect(found.count == 1)
        #expect(quote.text.lowercased().hasPrefix("we will rebuild every home") || quote.text.hasPrefix("every home"))
        #expect(quote.speaker == speaker)
    }

    @Test func pronounsAndRolesResolveToTheLastNamedSpeaker() {
        let text = """
            Foreign Minister Sergei Lavrov spoke to reporters in Moscow on Thursday.

            Lavrov said the talks had failed. “The confrontation has hit rock bottom,” the minister said.

            “We will not knock on the closed door,” he said.
            """
        let found = Self.quotes(text)
        #expect(found.map(\.speaker) == ["Sergei Lavrov", "Sergei Lavrov"])
    }

    @Test func quotesSplitAroundAttributionKeepTheSpeaker() {
        let found = Self.quotes("“We will always be ready to restore our relationship,” Lavrov said. “But we will not knock on the closed door.”")
        #expect(found.map(\.text) == ["We will always be ready to restore our relationship", "But we will not knock on the closed door."])
        #expect(found.map(\.speaker) == ["Lavrov", "Lavrov"])
    }

    @Test func quotationSpanningSentences() throws {
        let found = Self.quotes("\"Nope. The president gave a direct answer to a direct question,\" Psaki said.")
        let quote = try #require(found.first)
        #expect(quote.text == "Nope. The president gave a direct answer to a direct question")
        #expect(quote.speaker == "Psaki")
        #expect(quote.ref.sentence == 1)  // the sentence holding most of it
    }

    @Test func scareQuotesAreDroppedButShortDirectAnswersKept() {
        let found = Self.quotes("Biden was asked whether Putin was a “killer” and replied: “Yes.” Lavrov called the comments “appalling” in Moscow.")
        #expect(found.map(\.text) == ["Yes."])
        #expect(found.first?.speaker == "Biden")
    }

    @Test func nestedSingleQuotesStayInside() {
        let found = Self.quotes("“We will not get into a situation where we ‘freeze’ European citizens,” he said.")
        #expect(found.map(\.text) == ["We will not get into a situation where we ‘freeze’ European citizens"])
        #expect(found.first?.speaker == nil)  // no named speaker before
    }

    @Test func quotesAcrossOutletsAreMerged() throws {
        let a = TestArticles.make(id: "a.txt", source: "AP", text: "“We will rebuild every home on this street,” Mayor Ellen Ruiz said on Tuesday.")
        let b = TestArticles.make(id: "b.txt", source: "NBC", text: "Ruiz promised residents: \"We will rebuild every home on this street.\"")
        let story = StoryMerger().merge(EventCluster(id: "E1", articleIDs: ["a.txt", "b.txt"]), articles: [a, b])
        let quote = try #require(story.quotes.first)
        #expect(story.quotes.count == 1)
        #expect(quote.sources == ["AP", "NBC"])
        #expect(quote.speaker == "Ellen Ruiz")
        #expect(Set(quote.provenance.map(\.articleID)) == ["a.txt", "b.txt"])
        Fixtures.expectSpansSlice(quote.provenance, in: [a, b])
    }
}
