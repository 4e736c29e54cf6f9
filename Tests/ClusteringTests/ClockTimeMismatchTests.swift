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

    /// `TestArticle` splits "1:18" at the colon, so these reports give whole hours.
    static let fixture = IncidentFixture(factor: \.clockTimeMismatchFactor) { "The shots were fired at \($0) according to neighbors." }

    @Test func differentTimesLowerTheScoreAndASharedOneDoesNot() {
        let a = Self.fixture.article("a", "1 pm", source: "one")
        let later = Self.fixture.article("b", "9 pm", source: "two")
        let same = Self.fixture.article("c", "1 pm", source: "three")
        let untimed = Self.fixture.article("d", nil, source: "four")
        #expect(Self.fixture.similarity(a, later, factor: 1) > 0.3)
        #expect(Self.fixture.scales(a, later, by: 0.85))
        #expect(Self.fixture.ignores(a, same, at: 0.85))
        #expect(Self.fixture.ignores(a, untimed, at: 0.85))
    }

    @Test func explanationsGiveBothArticlesTimes() throws {
        let adjustment = try Self.fixture.adjustment("1 pm", "12 am", mentioning: "clock")
        #expect(adjustment.reason == "different clock times (1:00 pm vs 12:00 am)")
        #expect(adjustment.factor == ClusteringConfiguration().clockTimeMismatchFactor)
    }
}
