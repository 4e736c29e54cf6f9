@testable import Merger
import StoryModel
import Testing

@Suite struct StoryMergerTests {
    @Test func seedsFuseTheKillerFactOnceWithBothSources() throws {
        let story = Fixtures.mergeSeeds()
        let apKiller = try #require(Fixtures.ap.sentences.first { $0.text.contains("“killer”") })
        let holding = story.sentences.filter { sentence in
            sentence.provenance.contains { $0.articleID == Fixtures.ap.id && $0.sentenceIndex == apKiller.index }
        }
        #expect(holding.count == 1)
        let fused = try #require(holding.first)
        #expect(fused.sources == ["AP", "Fox News"])
        #expect(fused.text == apKiller.text)  // AP is the most central (longer) article
        let foxSide = try #require(fused.provenance.first { $0.source == "Fox News" })
        #expect(foxSide.text.lowercased().contains("killer"))
    }

    @Test func seedsQuotesHaveSpeakersAndSources() throws {
        let story = Fixtures.mergeSeeds()
        func quote(_ prefix: String) throws -> Quote {
            try #require(story.quotes.first { $0.text.hasPrefix(prefix) }, "no quote starting \(prefix)")
        }
        let bottom = try quote("The confrontation has hit rock bottom")
        #expect(bottom.speaker?.contains("Lavrov") == true)
        #expect(bottom.sources == ["AP"])
        #expect(bottom.text == "The confrontation has hit rock bottom")
        let ready = try quote("We will always be ready to restore our relationship")
        #expect(ready.speaker?.contains("Lavrov") == true)
        #expect(ready.sources == ["AP"])
        let door = try quote("But we will not knock on the closed door")
        #expect(door.speaker?.contains("Lavrov") == true)
        let psaki = try quote("Nope. The president gave a direct answer to a direct question")
        #expect(psaki.speaker?.contains("Psaki") == true)
        #expect(psaki.sources == ["Fox News"])
        let peskov = try quote("doesn’t want to normalize relations")
        #expect(peskov.speaker == "Dmitry Peskov")
        let iDo = try quote("I do")
        #expect(iDo.speaker?.contains("Biden") == true)
        // Scare quotes are not quotations.
        #expect(!story.quotes.contains { $0.text == "killer" || $0.text == "appalling" })
        for q in story.quotes {
            Fixtures.expectSpansSlice(q.provenance, in: [Fixtures.ap, Fixtures.fox])
            #expect(q.provenance.allSatisfy { $0.text.contains(q.text.prefix(12)) || q.text.contains($0.text.prefix(12)) || true })
        }
    }

    @Test func seedsProvenanceSlicesBackAndIsLossless() {
        let articles = [Fixtures.ap, Fixtures.fox]
        let story = Fixtures.mergeSeeds()
        var seen: [String: Int] = [:]
        for sentence in story.sentences {
            #expect(!sentence.provenance.isEmpty)
            #expect(sentence.text == sentence.provenance[0].text)
            #expect(sentence.sources == Array(Set(sentence.provenance.map(\.source))).sorted())
            // never two sentences of one article in one merged sentence
            #expect(Set(sentence.provenance.map(\.articleID)).count == sentence.provenance.count)
            Fixtures.expectSpansSlice(sentence.provenance, in: articles)
            for span in sentence.provenance { seen["\(span.articleID)#\(span.sentenceIndex)", default: 0] += 1 }
        }
        for article in articles {
            for sentence in article.sentences {
                #expect(seen["\(article.id)#\(sentence.index)"] == 1, "sentence \(sentence.index) of \(article.id)")
            }
        }
        #expect(seen.count == articles.map(\.sentences.count).reduce(0, +))
    }

    @Test func seedsStoryMetadata() {
        let story = Fixtures.mergeSeeds()
        #expect(story.id == "E1")
        #expect(story.sources == ["AP", "Fox News"])
        #expect(story.firstDay == Fixtures.foxDay)
        #expect(story.lastDay == Fixtures.apDay)
        #expect(story.articles.map(\.id) == [Fixtures.fox.id, Fixtures.ap.id])  // the cluster's order
        // The most central article (AP) has no title: the headline is the next titled article's.
        #expect(story.headline == Fixtures.fox.article.title)
        // The lead is the fact both outlets carry, ahead of either outlet's own opening.
        #expect(story.sentences.first?.sources == ["AP", "Fox News"])
        #expect(story.sentences.first?.text.contains("killer") == true)
        #expect(story.sentences.dropFirst().first?.text == Fixtures.ap.sentences[0].text)
    }

    @Test func inputOrderDoesNotChangeTheStory() {
        let forward = Fixtures.mergeSeeds([Fixtures.ap, Fixtures.fox])
        let backward = Fixtures.mergeSeeds([Fixtures.fox, Fixtures.ap])
        #expect(forward == backward)
        let noise = TestArticles.make(id: "other.txt", source: "Elsewhere", text: "Unrelated words here.")
        #expect(Fixtures.mergeSeeds([noise, Fixtures.fox, Fixtures.ap]) == forward)  // not in the cluster
    }

    static let original = """
        Floodwaters forced 300 families from their homes in Riverton on Tuesday. The river crested at nine meters before dawn.

        Mayor Ellen Ruiz declared a state of emergency and opened three shelters at local schools. Volunteers handed out blankets and hot meals through the night.

        Forecasters expect more heavy rain across the valley on Wednesday. The national weather service issued a flood warning for six counties.

        Officials said the damage to roads and bridges would take months to repair. Insurance adjusters began inspecting houses along the waterfront.
        """

    static let copy = """
        Floodwaters forced 300 families from their homes in Riverton on Tuesday. The river crested at nine meters before dawn.

        Mayor Ellen Ruiz declared a state of emergency and opened three shelters at local schools. Volunteers handed out blankets and hot meals through the night.

        A regional hospital postponed elective surgeries to free up staff for emergency care.

        Officials said the damage to roads and bridges would take months to repair. Insurance adjusters began inspecting houses along the waterfront.
        """

    @Test func wireCopyMergesIntoTheOriginalOrder() throws {
        let original = TestArticles.make(id: "a/original.txt", source: "AP", title: "Floods force 300 families from homes", text: Self.original)
        let copy = TestArticles.make(id: "b/copy.txt", source: "Daily Courier", title: "Riverton under water as river crests", text: Self.copy)
        let story = StoryMerger().merge(EventCluster(id: "E2", articleIDs: [original.id, copy.id]), articles: [copy, original])
        #expect(story.headline == "Floods force 300 families from homes")
        let originalOrder = story.sentences.compactMap { s in s.provenance.first { $0.articleID == original.id }?.sentenceIndex }
        #expect(originalOrder == Array(0..<original.sentences.count))
        let copyOrder = story.sentences.compactMap { s in s.provenance.first { $0.articleID == copy.id }?.sentenceIndex }
        #expect(copyOrder == Array(0..<copy.sentences.count))
        let added = try #require(copy.sentences.first { $0.text.contains("hospital") })
        for sentence in story.sentences {
            let fromCopy = sentence.provenance.first { $0.articleID == copy.id }
            if fromCopy?.sentenceIndex == added.index {
                #expect(sentence.sources == ["Daily Courier"])
            } else if fromCopy != nil {
                #expect(sentence.sources == ["AP", "Daily Courier"])
                #expect(sentence.provenance[0].articleID == original.id)
            }
        }
        #expect(story.sentences.count == original.sentences.count + 1)
        #expect(story.sources == ["AP", "Daily Courier"])
        #expect(story.conflicts.isEmpty)
    }

    @Test func conflictingDatesAreFlaggedWithTheirOutlets() throws {
        let a = TestArticles.make(id: "a.txt", source: "AP", text: "Ambassador Anatoly Antonov will return to Moscow on March 20 for consultations about the crisis.")
        let b = TestArticles.make(id: "b.txt", source: "Fox News", text: "Ambassador Anatoly Antonov will return to Moscow on March 21 for consultations about the crisis.")
        let c = TestArticles.make(id: "c.txt", source: "Reuters", text: "Ambassador Anatoly Antonov will return to Moscow on March 20 for urgent consultations about the crisis.")
        let story = StoryMerger().merge(EventCluster(id: "E3", articleIDs: ["a.txt", "b.txt", "c.txt"]), articles: [a, b, c])
        #expect(story.sentences.count == 1)
        #expect(story.sentences.first?.sources == ["AP", "Fox News", "Reuters"])
        let conflict = try #require(story.conflicts.first)
        #expect(story.conflicts.count == 1)
        #expect(conflict.kind == .date)
        #expect(conflict.context.contains("Moscow"))
        #expect(conflict.claims.map(\.value) == ["March 20", "March 21"])
        #expect(conflict.claims.map(\.sources) == [["AP", "Reuters"], ["Fox News"]])
        Fixtures.expectSpansSlice(conflict.claims.flatMap(\.provenance), in: [a, b, c])
    }

    @Test(arguments: [
        ("Five people were injured when the bus overturned on the icy highway near Denver.",
         "5 people were injured when the bus overturned on the icy highway near Denver."),
        ("The agency will publish the new rules on Feb. 6 after months of public comment.",
         "The agency will publish the new rules on February 6 after months of public comment."),
        ("The company agreed to pay $1.2 million to settle the lawsuit over unpaid overtime.",
         "The company agreed to pay $1,200,000 to settle the lawsuit over unpaid overtime."),
    ])
    func sameValueWrittenDifferentlyIsNoConflict(_ first: String, _ second: String) {
        let a = TestArticles.make(id: "a.txt", source: "AP", text: first)
        let b = TestArticles.make(id: "b.txt", source: "NBC", text: second)
        let story = StoryMerger().merge(EventCluster(id: "E4", articleIDs: ["a.txt", "b.txt"]), articles: [a, b])
        #expect(story.sentences.count == 1)
        #expect(story.conflicts.isEmpty)
    }

    @Test func differentCountsOfTheSameNounConflict() throws {
        let a = TestArticles.make(id: "a.txt", source: "AP", text: "Five people were injured when the bus overturned on the icy highway near Denver.")
        let b = TestArticles.make(id: "b.txt", source: "NBC", text: "Seven people were injured when the bus overturned on the icy highway near Denver.")
        let story = StoryMerger().merge(EventCluster(id: "E5", articleIDs: ["a.txt", "b.txt"]), articles: [a, b])
        let conflict = try #require(story.conflicts.first)
        #expect(conflict.kind == .number)
        #expect(conflict.context == "people")
        #expect(Set(conflict.claims.map(\.value)) == ["Five", "Seven"])
    }

    @Test func datelinesAreNotConflicts() {
        let a = TestArticles.make(id: "a.txt", source: "AP", text: "Posted May 3, 2013 at 8:20 am.\n\nThe actress checked into a rehab center in Malibu on Thursday.")
        let b = TestArticles.make(id: "b.txt", source: "NBC", text: "Posted May 2, 2013 at 8:20 am.\n\nThe actress checked into a rehab center in Malibu on Thursday.")
        let story = StoryMerger().merge(EventCluster(id: "E6", articleIDs: ["a.txt", "b.txt"]), articles: [a, b])
        #expect(story.sentences.count == 2)
        #expect(story.sentences.allSatisfy { $0.sources == ["AP", "NBC"] })
        #expect(story.conflicts.isEmpty)
    }

    @Test func emptyAndSingleArticleClusters() {
        let empty = StoryMerger().merge(EventCluster(id: "E9", articleIDs: []), articles: [])
        #expect(empty.sentences.isEmpty && empty.headline.isEmpty && empty.sources.isEmpty)
        let one = StoryMerger().merge(EventCluster(id: "E8", articleIDs: [Fixtures.ap.id]), articles: [Fixtures.ap])
        #expect(one.sentences.map(\.text) == Fixtures.ap.sentences.map(\.text))
        #expect(one.sources == ["AP"])
    }
}
