@testable import Merger
import StoryModel
import Testing

@Suite struct QuoteMergerTests {
    @Test func oneQuoteAcrossOutletsKeepsEachWording() throws {
        let a = TestArticles.make(id: "a.txt", source: "AP", text: """
            Mayor Ellen Ruiz visited the flooded streets of Riverton on Tuesday morning.

            “We will rebuild every single home on this street, and we will do it this year,” Ruiz said.
            """)
        let b = TestArticles.make(id: "b.txt", source: "Reuters", text: """
            The mayor of Riverton toured the flood zone on Tuesday.

            "We will rebuild every home on this street, and we will do it this year," said Mayor Ellen Ruiz.
            """)
        let story = StoryMerger().merge(EventCluster(id: "E1", articleIDs: ["a.txt", "b.txt"]), articles: [a, b])
        let rebuild = story.quotes.filter { $0.text.contains("rebuild") }
        #expect(rebuild.count == 1)
        let quote = try #require(rebuild.first)
        #expect(quote.sources == ["AP", "Reuters"])
        #expect(quote.speaker?.hasSuffix("Ruiz") == true)
        #expect(Set(quote.wordings.map(\.source)) == ["AP", "Reuters"])
        #expect(quote.wordings.contains { $0.text == "We will rebuild every single home on this street, and we will do it this year" })
        #expect(quote.wordings.contains { $0.text == "We will rebuild every home on this street, and we will do it this year" })
        Fixtures.expectSpansSlice(quote.provenance, in: [a, b])
    }

    @Test func identicalWordingListsNoVersions() throws {
        let text = "“We will rebuild every home on this street,” said Mayor Ellen Ruiz on Tuesday in Riverton."
        let a = TestArticles.make(id: "a.txt", source: "AP", text: text)
        let b = TestArticles.make(id: "b.txt", source: "Reuters", text: text)
        let story = StoryMerger().merge(EventCluster(id: "E1", articleIDs: ["a.txt", "b.txt"]), articles: [a, b])
        let quote = try #require(story.quotes.first)
        #expect(story.quotes.count == 1)
        #expect(quote.sources == ["AP", "Reuters"])
        #expect(quote.wordings.isEmpty)
    }

    @Test func quoteDecodesWithoutWordings() throws {
        let json = #"{"text":"Yes.","speaker":"Joe Biden","sources":["AP"],"provenance":[]}"#
        let quote = try JSONDecoder().decode(Quote.self, from: Data(json.utf8))
        #expect(quote.wordings.isEmpty && quote.speaker == "Joe Biden")
    }
}

import Foundation
