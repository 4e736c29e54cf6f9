@testable import Merger
import Normalizer
import StoryModel
import Testing

/// Speaker accuracy on 140 hand-labelled quotations from real news (``SpeakerFixture``).
@Suite struct SpeakerAccuracyTests {
    /// Lowercased letters and digits, words separated by one space (marks, apostrophes and the
    /// corpora's spaced punctuation fold away).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue
            } else if !current.isEmpty {
                words.append(current); current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Whether `found` names the labelled speaker: the same words, or (for a name or a descriptor
    /// written with more or fewer words) the same last word, which must be one of the label's.
    static func sameSpeaker(_ found: String?, _ label: String) -> Bool {
        guard let found else { return false }
        let f = words(found).filter { $0 != "the" && $0 != "a" && $0 != "an" }
        let l = words(label)
        guard let last = f.last else { return false }
        return f == l || l.contains(last) && (l.last == last || l.contains("and"))
    }

    static func quotes(in text: String) -> [FoundQuote] {
        let article = Article(
            id: "fixture.txt", file: "fixture.txt", format: .text, title: nil, source: "Fixture",
            sourceRule: "test", date: nil, text: text)
        return QuoteExtractor.quotes(in: TextNormalizer().normalize(article), articleIndex: 0, minimumWords: 3)
    }

    @Test func speakersOfLabelledRealQuotesAreAtLeastNinetyPercentRight() {
        let cases = SpeakerFixture.cases
        #expect(cases.count >= 100)
        var right = 0
        var wrong: [String] = []
        for item in cases {
            let prefix = Self.words(item.quote)
            let found = Self.quotes(in: item.text).first { Array(Self.words($0.text).prefix(prefix.count)) == prefix }
            if Self.sameSpeaker(found?.speaker, item.speaker) {
                right += 1
            } else {
                wrong.append("\(item.origin): “\(item.quote)…” expected \(item.speaker), found \(found.map { $0.speaker ?? "no speaker" } ?? "no quote")")
            }
        }
        let accuracy = Double(right) / Double(cases.count)
        print("speaker accuracy \(right)/\(cases.count) = \(accuracy)\n" + wrong.joined(separator: "\n"))
        #expect(accuracy >= 0.9, "\(wrong.joined(separator: "\n"))")
    }

    @Test func matchingRuleIsStrictEnough() {
        #expect(Self.sameSpeaker("Sergei Lavrov", "Sergei Lavrov"))
        #expect(Self.sameSpeaker("Lavrov", "Sergei Lavrov"))
        #expect(Self.sameSpeaker("the neighbor", "neighbor"))
        #expect(!Self.sameSpeaker("Sergei", "Sergei Lavrov"))
        #expect(!Self.sameSpeaker("Psaki", "Sergei Lavrov"))
        #expect(!Self.sameSpeaker(nil, "police"))
    }
}
