import StoryModel
import Testing
@testable import Reports

@Suite struct PairExplanationRendererTests {
    func explanation(dateFactor: Double, dateDecay: Double, daysApart: Int?) -> PairExplanation {
        PairExplanation(
            a: ReportFixtures.harbor, b: ReportFixtures.wire, score: 0.3 * dateFactor, threshold: 0.16, cosine: 0.3,
            dateFactor: dateFactor, dateDecay: dateDecay, daysApart: daysApart, shingleJaccard: 0, nearDuplicates: false,
            sameEvent: true, events: ["E1", "E1"], sharedTerms: [])
    }

    @Test func aFadedDecayIsNamedBesideTheFactor() {
        let text = PairExplanationRenderer.render(explanation(dateFactor: 1, dateDecay: 0.4, daysApart: 730))
        #expect(text.contains("× date factor 1.000 (730 days apart, decay 0.400 faded: a match this strong"))
    }

    @Test func anUnfadedDecayIsTheFactorAlone() {
        let text = PairExplanationRenderer.render(explanation(dateFactor: 0.4, dateDecay: 0.4, daysApart: 730))
        #expect(text.contains("× date factor 0.400 (730 days apart)"))
        #expect(!text.contains("faded"))
        #expect(PairExplanationRenderer.render(explanation(dateFactor: 1, dateDecay: 1, daysApart: nil)).contains("(a date is unknown)"))
    }
}
