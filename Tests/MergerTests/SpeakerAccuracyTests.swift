import Foundation
@testable import Merger
import Normalizer
import StoryModel
import Testing

/// Speaker accuracy on 140 hand-labelled quotations from real news (``SpeakerFixture``), read
/// from the labelled corpora at run time (``RealData/corpusRoot``).
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

    /// FNV-1a (64-bit) of `words` joined by single spaces, over their UTF-8 bytes: the hash the
    /// fixture stores for a quotation's first words.
    static func fnv1a(_ words: some Sequence<String>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in words.joined(separator: " ").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return hash
    }

    /// The excerpt a case was labelled on, rebuilt from its article: the paragraph before the
    /// quotation's (empty for the first), a blank line, the quotation's paragraph.
    static func excerpt(_ item: SpeakerFixture.Case) -> String? {
        guard let text = RealData.corpusArticle(item.origin)?.text else { return nil }
        let paragraphs = text.components(separatedBy: "\n\n")
        guard paragraphs.indices.contains(item.paragraph) else { return nil }
        return (item.paragraph > 0 ? paragraphs[item.paragraph - 1] : "") + "\n\n" + paragraphs[item.paragraph]
    }

    @Test(.enabled(if: RealData.corpusRoot != nil, RealData.corpusMissing))
    func speakersOfLabelledRealQuotesAreAtLeastNinetyPercentRight() throws {
        let cases = SpeakerFixture.cases
        #expect(cases.count >= 100)
        var right = 0
        var wrong: [String] = []
        for item in cases {
            let excerpt = try #require(Self.excerpt(item), "paragraph \(item.paragraph) of \(item.origin) not found")
            let found = Self.quotes(in: excerpt).first { Self.fnv1a(Self.words($0.text).prefix(item.quoteWords)) == item.quote }
            if Self.sameSpeaker(found?.speaker, item.speaker) {
                right += 1
            } else {
                wrong.append("\(item.origin) ¶\(item.paragraph): expected \(item.speaker), found \(found.map { $0.speaker ?? "no speaker" } ?? "no quote")")
            }
        }
        let accuracy = Double(right) / Double(cases.count)
        print("speaker accuracy \(right)/\(cases.count) = \(accuracy)\n" + wrong.joined(separator: "\n"))
        #expect(accuracy >= 0.9, "\(wrong.joined(separator: "\n"))")
    }

    @Test func quoteHashIsFnv1aOfFoldedWords() {
        #expect(Self.fnv1a([String]()) == 0xcbf29ce484222325)
        #expect(Self.fnv1a(["a"]) == 0xaf63dc4c8601ec8c)
        #expect(Self.fnv1a(Self.words("“It’s  NOT over,”")) == Self.fnv1a(["its", "not", "over"]))
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
