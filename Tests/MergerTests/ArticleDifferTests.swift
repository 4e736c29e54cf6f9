@testable import Merger
import StoryModel
import Testing

@Suite struct ArticleDifferTests {
    @Test func seedsDiffListsSharedAndOneSidedFacts() throws {
        let ap = Fixtures.ap, fox = Fixtures.fox
        let diff = ArticleDiffer().diff(ap, fox, similarity: 0.42)
        #expect(diff.similarity == 0.42)
        #expect(diff.a.id == ap.id && diff.b.id == fox.id)
        #expect(!diff.shared.isEmpty)
        #expect(diff.shared.map(\.a.sentenceIndex) == diff.shared.map(\.a.sentenceIndex).sorted())
        #expect(diff.shared.allSatisfy { $0.a.articleID == ap.id && $0.b.articleID == fox.id && $0.similarity >= 0.5 })
        let killer = try #require(diff.shared.first { $0.a.text.contains("“killer”") })
        #expect(killer.b.text.lowercased().contains("killer"))
        #expect(diff.shared.count + diff.onlyInA.count == ap.sentences.count)
        #expect(diff.shared.count + diff.onlyInB.count == fox.sentences.count)
        #expect(diff.onlyInA.contains { $0.text.contains("rock bottom") })
        #expect(diff.onlyInB.contains { $0.text.contains("Psaki told reporters") })
        #expect(diff.onlyInA.allSatisfy { $0.articleID == ap.id })
        #expect(diff.onlyInB.allSatisfy { $0.articleID == fox.id })
        Fixtures.expectSpansSlice(diff.shared.flatMap { [$0.a, $0.b] } + diff.onlyInA + diff.onlyInB, in: [ap, fox])
        #expect(diff.quotes.contains { $0.speaker?.contains("Psaki") == true && $0.sources == ["Fox News"] })
        #expect(diff.quotes.contains { $0.speaker?.contains("Lavrov") == true && $0.sources == ["AP"] })

        let reverse = ArticleDiffer().diff(fox, ap, similarity: 0.42)
        #expect(Set(reverse.shared.map { [$0.a.sentenceIndex, $0.b.sentenceIndex] }) == Set(diff.shared.map { [$0.b.sentenceIndex, $0.a.sentenceIndex] }))
        #expect(reverse.onlyInA == diff.onlyInB)
    }

    @Test func diffReportsConflictsBetweenSharedFacts() throws {
        let a = TestArticles.make(id: "a.txt", source: "AP", text: "The storm killed 12 people across the coastal province on Sunday. Rescue teams searched the rubble.")
        let b = TestArticles.make(id: "b.txt", source: "BBC", text: "The storm killed 14 people across the coastal province on Sunday.")
        let diff = ArticleDiffer().diff(a, b, similarity: 0.8)
        #expect(diff.shared.count == 1)
        #expect(diff.onlyInA.map(\.text) == ["Rescue teams searched the rubble."])
        #expect(diff.onlyInB.isEmpty)
        let conflict = try #require(diff.conflicts.first)
        #expect(conflict.context == "people")
        #expect(conflict.claims.map(\.value) == ["12", "14"])
        #expect(conflict.claims.map(\.sources) == [["AP"], ["BBC"]])
    }
}
