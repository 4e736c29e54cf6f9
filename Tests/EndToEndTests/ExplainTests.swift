import Foundation
import Testing
import StoryMerge

/// `storymerge cluster --explain A B`: why two articles were or were not joined.
@Suite struct ExplainTests {
    @Test func seedsAreExplainedBySharedNames() throws {
        let pipeline = Pipeline()
        let corpus = pipeline.read([Fixtures.seeds])
        let explanation = try pipeline.explain("000_dbf54c5fa3be2ae1.txt", "004_284d4ab945c64d04.txt", in: corpus)
        #expect(explanation.sameEvent)
        #expect(explanation.events == ["E1", "E1"])
        #expect(explanation.score >= explanation.threshold)
        #expect(!explanation.nearDuplicates)
        #expect(explanation.shingleJaccard < 0.05)
        #expect(explanation.sharedTerms.contains { $0.isName && $0.term == "united states" })
        #expect(explanation.sharedTerms.contains { $0.term == "putin" })
        #expect(explanation.sharedTerms.map(\.contribution) == explanation.sharedTerms.map(\.contribution).sorted(by: >))
        // The listed shares cannot add up to more than the cosine they are part of.
        #expect(explanation.sharedTerms.reduce(0) { $0 + $1.contribution } <= explanation.cosine + 1e-9)
    }

    @Test func differentEventsAreExplainedAsApart() throws {
        let pipeline = Pipeline()
        let corpus = pipeline.read([Fixtures.samples])
        let explanation = try pipeline.explain(
            "harbor-times-pier-fire.html", "continental-press-tannery-road-fire.txt", in: corpus)
        #expect(!explanation.sameEvent)
        #expect(explanation.events[0] != explanation.events[1])
        #expect(explanation.dateFactor < 1)
        #expect(explanation.daysApart == 7)
    }

    @Test func unknownOrAmbiguousNamesAreRefused() throws {
        let pipeline = Pipeline()
        let corpus = pipeline.read([Fixtures.samples])
        #expect(throws: ExplanationError.self) { try pipeline.explain("nope.html", "harbor-times-pier-fire.html", in: corpus) }
        #expect(throws: ExplanationError.self) { try pipeline.explain("port-calder-daily.rss", "harbor-times-pier-fire.html", in: corpus) }
    }

    @Test func commandLinePrintsTheVerdict() throws {
        let run = try CommandLineTests.run(["cluster", "seeds", "--explain", "000_dbf54c5fa3be2ae1.txt", "004_284d4ab945c64d04.txt"])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.output.contains("Verdict: same event (E1)"))
        #expect(run.output.contains("Shared names:"))
        let wrong = try CommandLineTests.run(["cluster", "seeds", "--explain", "only-one.txt"])
        #expect(wrong.status == 64)
    }
}
