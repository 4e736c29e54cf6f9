@testable import Merger
import StoryModel
import Testing

@Suite struct ReadingOrderTests {
    static let shared = "The central bank raised its benchmark interest rate by half a point to fight inflation."
    static let second = "Markets in Tokyo and Frankfurt fell sharply after the surprise announcement on Monday."

    @Test func crossingAlignmentsFollowTheMostCentralArticle() {
        // A (longer, so more central) says shared, second; B says them the other way round.
        let a = TestArticles.make(id: "a.txt", source: "A", text: "\(Self.shared) \(Self.second) Analysts expect further increases this year.")
        let b = TestArticles.make(id: "b.txt", source: "B", text: "\(Self.second) \(Self.shared)")
        let story = StoryMerger().merge(EventCluster(id: "E1", articleIDs: ["b.txt", "a.txt"]), articles: [a, b])
        #expect(story.sentences.map(\.text) == a.sentences.map(\.text))
        #expect(story.sentences.prefix(2).allSatisfy { $0.sources == ["A", "B"] })
    }

    @Test func theLeadIsAFactTheOutletsShare() {
        let a = TestArticles.make(id: "a.txt", source: "A", text: "Traders had braced for a smaller move all week. \(Self.shared) \(Self.second) Analysts expect further increases this year.")
        let b = TestArticles.make(id: "b.txt", source: "B", text: "\(Self.shared) Critics said the decision would hurt small businesses.")
        let story = StoryMerger().merge(EventCluster(id: "E1", articleIDs: ["a.txt", "b.txt"]), articles: [a, b])
        #expect(story.sentences.first?.text == Self.shared)
        #expect(story.sentences.first?.sources == ["A", "B"])
        // Everything else keeps each article's order.
        let aOrder = story.sentences.compactMap { $0.provenance.first { $0.articleID == "a.txt" }?.sentenceIndex }
        #expect(aOrder == [1, 0, 2, 3])
    }
}
