import Foundation
import Testing
import StoryMerge

/// The two seed articles: AP and Fox News on the same story, written independently.
@Suite struct SeedsTests {
    @Test func seedsFormOneClusterNamingBothOutlets() throws {
        let report = Fixtures.seedReport
        #expect(report.articles.count == 2)
        #expect(report.clusters.count == 1)
        #expect(report.clusters.first?.articleIDs.count == 2)
        let story = try #require(report.stories.first)
        #expect(Set(story.sources) == ["AP", "Fox News"])
        #expect(report.inputs.allSatisfy { $0.status == .clustered })
    }

    @Test func killerFactAppearsOnceWithBothSources() throws {
        let story = try #require(Fixtures.seedReport.stories.first)
        // AP: "…asked … whether … Putin was a “killer” and replied: “Yes." Fox carries the same
        // exchange ("When asked if he thought Putin was a killer, Biden said, "I do."") and, apart,
        // the embassy's reaction to the remark. The exchange must be one sentence with both outlets.
        let killer = story.sentences.filter { sentence in
            sentence.provenance.contains { $0.text.lowercased().contains("killer") }
        }
        let shared = killer.filter { $0.sources == ["AP", "Fox News"] }
        #expect(shared.count == 1, "the 'killer' exchange should be fused once, found \(killer.map(\.sources))")
        #expect(shared.first?.provenance.contains { $0.source == "Fox News" && $0.text.contains("I do") } == true)
        #expect(!killer.contains { $0.sources == ["AP"] }, "AP's 'killer' sentence was left unfused")
    }

    @Test func quotesAreAttributedToTheOutletsThatCarryThem() throws {
        let story = try #require(Fixtures.seedReport.stories.first)
        let lavrov = story.quotes.filter { $0.speaker?.contains("Lavrov") == true }
        #expect(!lavrov.isEmpty)
        #expect(lavrov.allSatisfy { $0.sources == ["AP"] })
        #expect(lavrov.contains { $0.text.contains("rock bottom") })
        let psaki = story.quotes.filter { $0.speaker?.contains("Psaki") == true }
        #expect(!psaki.isEmpty)
        #expect(psaki.allSatisfy { $0.sources == ["Fox News"] })
        #expect(psaki.contains { $0.text.contains("direct answer") })
    }

    @Test func promoLineIsDroppedFromTheStory() throws {
        let story = try #require(Fixtures.seedReport.stories.first)
        #expect(!story.sentences.contains { $0.text.contains("CLICK HERE") })
        #expect(!story.quotes.contains { $0.text.contains("CLICK HERE") })
    }

    @Test func everySourceSentenceIsInTheStoryAndSlicesBack() throws {
        let pipeline = Pipeline()
        let corpus = pipeline.read([Fixtures.seeds])
        let story = try #require(pipeline.merge(corpus).stories.first)
        var seen: Set<String> = []
        for sentence in story.sentences {
            for span in sentence.provenance {
                let article = try #require(corpus.article(id: span.articleID))
                #expect(article.article.text.slice(span.range) == span.text)
                #expect(seen.insert("\(span.articleID)#\(span.sentenceIndex)").inserted, "sentence placed twice")
            }
        }
        let total = corpus.articles.reduce(0) { $0 + $1.sentences.count }
        #expect(seen.count == total)
    }

    @Test func diffListsSharedAndOneSidedFacts() throws {
        let pipeline = Pipeline()
        let corpus = pipeline.read([Fixtures.apSeed, Fixtures.foxSeed])
        #expect(corpus.articles.count == 2)
        let ap = try #require(corpus.articles.first { $0.article.source == "AP" })
        let fox = try #require(corpus.articles.first { $0.article.source == "Fox News" })
        let diff = pipeline.diff(ap, fox)
        #expect(!diff.shared.isEmpty)
        #expect(!diff.onlyInA.isEmpty)
        #expect(!diff.onlyInB.isEmpty)
        #expect(diff.onlyInA.allSatisfy { $0.source == "AP" })
        #expect(diff.onlyInB.allSatisfy { $0.source == "Fox News" })
        #expect(diff.onlyInB.contains { $0.text.contains("Psaki") })
        #expect(diff.shared.count + diff.onlyInA.count == ap.sentences.count)
        #expect(diff.shared.count + diff.onlyInB.count == fox.sentences.count)
    }
}
