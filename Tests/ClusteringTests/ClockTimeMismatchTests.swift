import Testing
import StoryModel
@testable import Clustering

@Suite struct ClockTimeMismatchTests {
    static func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

    @Test func readsHoursAndMinutesBeforeAmOrPm() {
        // "1:18 p.m." and "9pm" arrive from the tokenizer as "1:18", "pm" and "9", "pm".
        #expect(ArticleFeatures.clockTimes(in: Self.words("shot at 1:18 pm and again at 9 pm")) == [798, 1260])
        #expect(ArticleFeatures.clockTimes(in: Self.words("12:05 am 12 pm 7:30 am")) == [5, 450, 720])
        // Not hours, or not followed by am/pm.
        #expect(ArticleFeatures.clockTimes(in: Self.words("13 pm 0 am 4:7 pm 1:18 later i am 5 years old")) == [])
    }

    /// `TestArticle` splits "1:18" at the colon, so these articles give whole hours.
    static func article(_ id: String, time: String?, source: String) -> NormalizedArticle {
        IncidentFixture.article(id, adding: time.map { "The shots were fired at \($0) according to neighbors." }, source: source)
    }

    static func similarity(_ a: NormalizedArticle, _ b: NormalizedArticle, factor: Double) -> Double {
        IncidentFixture.similarity(a, b, setting: \.clockTimeMismatchFactor, to: factor)
    }

    @Test func differentTimesLowerTheScoreAndASharedOneDoesNot() {
        let a = Self.article("a", time: "1 pm", source: "one")
        let later = Self.article("b", time: "9 pm", source: "two")
        let same = Self.article("c", time: "1 pm", source: "three")
        let untimed = Self.article("d", time: nil, source: "four")
        let plain = Self.similarity(a, later, factor: 1)
        #expect(plain > 0.3)
        #expect(abs(Self.similarity(a, later, factor: 0.85) - plain * 0.85) < 1e-9)
        #expect(Self.similarity(a, same, factor: 0.85) == Self.similarity(a, same, factor: 1))
        #expect(Self.similarity(a, untimed, factor: 0.85) == Self.similarity(a, untimed, factor: 1))
    }

    @Test func explanationsGiveBothArticlesTimes() throws {
        let a = Self.article("a", time: "1 pm", source: "one")
        let b = Self.article("b", time: "12 am", source: "two")
        let explanation = try #require(EventScorer(corpus: [a, b]).explain("a", "b"))
        let adjustment = try #require(explanation.adjustments.first { $0.reason.contains("clock") })
        #expect(adjustment.reason == "different clock times (1:00 pm vs 12:00 am)")
        #expect(adjustment.factor == ClusteringConfiguration().clockTimeMismatchFactor)
    }
}
