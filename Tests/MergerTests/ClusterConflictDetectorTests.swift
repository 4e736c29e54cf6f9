@testable import Merger
import StoryModel
import Testing

/// Conflicts across a cluster: values different outlets state in sentences that were not fused.
@Suite struct ClusterConflictDetectorTests {
    static let fireA = """
        A fire tore through a cold-storage warehouse on the waterfront early Monday morning.

        Firefighters battled the blaze for six hours before bringing it under control.

        Officials said 12 people were hurt in the fire.
        """
    static let fireB = """
        Crews fought towering flames at the waterfront warehouse through the night.

        The blaze, which broke out before dawn, injured 14 people, the fire department said.

        The cause of the fire remains under investigation by the state fire marshal.
        """

    static func merge(_ articles: [NormalizedArticle]) -> MergedStory {
        StoryMerger().merge(EventCluster(id: "C1", articleIDs: articles.map(\.id)), articles: articles)
    }

    /// The merged sentence holding `text`'s sentence of `article`.
    static func merged(_ story: MergedStory, holding article: NormalizedArticle, _ text: String) -> Int? {
        story.sentences.firstIndex { $0.provenance.contains { $0.articleID == article.id && $0.text.contains(text) } }
    }

    @Test func countsInUnalignedSentencesConflict() throws {
        let a = TestArticles.make(id: "a.txt", source: "Harbor Times", text: Self.fireA)
        let b = TestArticles.make(id: "b.txt", source: "Calder Courier", text: Self.fireB)
        let story = Self.merge([a, b])
        // The two sentences were not fused: only the cluster-level check can see them.
        let left = try #require(Self.merged(story, holding: a, "12 people"))
        let right = try #require(Self.merged(story, holding: b, "14 people"))
        #expect(left != right)
        #expect(story.conflicts.count == 1)
        let conflict = try #require(story.conflicts.first)
        #expect(conflict.kind == .number)
        #expect(conflict.context == "people")
        #expect(Set(conflict.claims.map(\.value)) == ["12", "14"])
        #expect(Set(conflict.claims.map(\.sources)) == [["Harbor Times"], ["Calder Courier"]])
        let provenance = conflict.claims.flatMap(\.provenance)
        #expect(provenance.map(\.sentenceIndex).sorted() == [1, 2])
        Fixtures.expectSpansSlice(provenance, in: [a, b])
        // Deterministic: the article order given does not matter.
        #expect(Self.merge([b, a]).conflicts == story.conflicts)
    }

    @Test(arguments: [
        ("Officials said five people were hurt in the fire.", "The blaze, which broke out before dawn, injured 5 people, the fire department said."),
        ("The city council will take a final vote on the budget plan on Feb. 6, officials said.",
         "After two delays, members expect a final vote on the budget plan on February 6, officials said."),
    ])
    func sameValueWrittenDifferentlyIsNoConflict(_ first: String, _ second: String) {
        let a = TestArticles.make(id: "a.txt", source: "Harbor Times", text: "A fire tore through a warehouse on the waterfront early Monday morning.\n\n" + first)
        let b = TestArticles.make(id: "b.txt", source: "Calder Courier", text: "Crews fought towering flames near the old harbor through the night.\n\n" + second)
        #expect(Self.merge([a, b]).conflicts.isEmpty)
    }

    @Test func differentDatesInUnalignedSentencesConflict() throws {
        let a = TestArticles.make(id: "a.txt", source: "Harbor Times", text: "The city council will take a final vote on the budget plan on Feb. 6, officials said.")
        let b = TestArticles.make(id: "b.txt", source: "Calder Courier", text: "After two delays, members expect a final vote on the budget plan on February 7, officials said.")
        let conflict = try #require(Self.merge([a, b]).conflicts.first)
        #expect(conflict.kind == .date)
        #expect(Set(conflict.claims.map(\.value)) == ["Feb. 6", "February 7"])
    }

    @Test func anArticleStatingTheSlotTwiceIsNotUsed() {
        let a = TestArticles.make(id: "a.txt", source: "Harbor Times", text: Self.fireA + "\n\nA similar fire at the same pier last year left 3 people hurt.")
        let b = TestArticles.make(id: "b.txt", source: "Calder Courier", text: Self.fireB)
        #expect(Self.merge([a, b]).conflicts.isEmpty)
    }

    @Test func hedgesReconcile() {
        let hedged = Self.fireA.replacingOccurrences("said 12 people", "said at least 12 people")
        let a = TestArticles.make(id: "a.txt", source: "Harbor Times", text: hedged)
        let b = TestArticles.make(id: "b.txt", source: "Calder Courier", text: Self.fireB)
        #expect(Self.merge([a, b]).conflicts.isEmpty)
    }

    @Test func updatesAndOneOutletsVersionsAreNotConflicts() {
        let a = TestArticles.make(id: "a.txt", source: "Harbor Times", text: Self.fireA)
        let rising = Self.fireB.replacingOccurrences("injured 14 people", "saw the number of injured rise to 14 people")
        let b = TestArticles.make(id: "b.txt", source: "Calder Courier", text: rising)
        #expect(Self.merge([a, b]).conflicts.isEmpty)
        // Two versions from one outlet.
        let c = TestArticles.make(id: "c.txt", source: "Harbor Times", text: Self.fireB)
        #expect(Self.merge([a, c]).conflicts.isEmpty)
    }

    @Test func aSlotReportedInAFusedGroupIsNotReportedAgain() throws {
        let a = TestArticles.make(id: "a.txt", source: "AP", text: "Five people were injured when the bus overturned on the icy highway near Denver.")
        let b = TestArticles.make(id: "b.txt", source: "NBC", text: "Seven people were injured when the bus overturned on the icy highway near Denver.")
        let c = TestArticles.make(id: "c.txt", source: "CBS", text: "Snow closed several mountain passes overnight.\n\nTroopers said nine people were hurt in the crash.")
        let story = Self.merge([a, b, c])
        #expect(story.conflicts.count == 1)
        let conflict = try #require(story.conflicts.first)
        #expect(Set(conflict.claims.map(\.value)) == ["Five", "Seven"])
    }
}

extension String {
    /// This string with every `target` replaced by `replacement`.
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        var result = "", rest = Substring(self)
        while let found = rest.firstRange(of: target) {
            result += rest[..<found.lowerBound] + replacement
            rest = rest[found.upperBound...]
        }
        return result + rest
    }
}
