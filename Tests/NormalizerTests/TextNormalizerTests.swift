import Testing
@testable import Normalizer
import StoryModel

@Suite struct TextNormalizerTests {
    private func article(_ text: String, title: String? = nil, date: CalendarDay? = nil) -> Article {
        Article(id: "a", file: "a.txt", format: .text, title: title, source: "X", sourceRule: "file-name", date: date, text: text)
    }

    private func load(_ text: String, _ name: String) throws -> Article {
        try PlainTextLoader.load(text, file: InputFile(path: "seeds/\(name)", format: .text))
    }

    @Test func everySentenceSlicesTheArticleTextExactly() throws {
        let texts = [
            try load(SeedTexts.ap, "ap.txt").text, try load(SeedTexts.fox, "fox.txt").text,
            "Café owners in Zürich said “no.” Über 40 % agreed — maybe.\n\nMr. Smith went to the U.S. on Jan. 6. He left.",
            "Line one of a wrapped paragraph\ncontinues here. Second sentence.\nCLICK HERE TO GET THE EXAMPLE APP\nAfter the promo.",
        ]
        for text in texts {
            let normalized = TextNormalizer().normalize(article(text))
            #expect(!normalized.sentences.isEmpty)
            for sentence in normalized.sentences {
                #expect(text.slice(sentence.range) == sentence.text)
                #expect(sentence.text == sentence.text.trimmingWhitespace())
            }
            // Sentences are in order and do not overlap.
            for (a, b) in zip(normalized.sentences, normalized.sentences.dropFirst()) {
                #expect(a.range.end <= b.range.start)
                #expect(a.index + 1 == b.index)
            }
        }
    }

    @Test func apSeedSentencesNamesAndDays() throws {
        let normalized = TextNormalizer().normalize(try load(SeedTexts.ap, "ap.txt"))
        #expect(normalized.sentences.count >= 20)
        #expect(normalized.sentences[0].text.hasPrefix("MOSCOW (AP) – Russia’s top diplomat"))
        let names = Set(normalized.sentences.flatMap(\.names))
        for expected in ["sergei lavrov", "lavrov", "vladimir putin", "putin", "joe biden", "biden", "anatoly antonov", "antonov", "nato", "white house", "european union"] {
            #expect(names.contains(expected), "missing \(expected)")
        }
        #expect(!names.contains("thursday"))
        #expect(normalized.mentionedDays == [CalendarDay(year: 2021, month: 4, day: 1)!])
        #expect(normalized.droppedLines.isEmpty)
        // The word stream keeps stop words; terms do not.
        #expect(normalized.words.prefix(4) == ["moscow", "ap", "russia", "top"])
        #expect(normalized.sentences[0].terms.contains("diplomat"))
        #expect(!normalized.sentences[0].terms.contains("the"))
    }

    @Test func withoutMentionedDaysEverythingElseIsTheSame() throws {
        for (text, name) in [(SeedTexts.ap, "ap.txt"), (SeedTexts.fox, "fox.txt")] {
            let article = try load(text, name)
            let full = TextNormalizer().normalize(article)
            var lean = TextNormalizer(findsMentionedDays: false).normalize(article)
            #expect(lean.mentionedDays.isEmpty)
            if name == "ap.txt" { #expect(!full.mentionedDays.isEmpty) }
            lean.mentionedDays = full.mentionedDays
            #expect(lean == full)
        }
    }

    @Test func foxSeedDropsThePromoLine() throws {
        let loaded = try load(SeedTexts.fox, "fox.txt")
        let normalized = TextNormalizer().normalize(loaded)
        #expect(normalized.droppedLines == ["CLICK HERE TO GET THE FOX NEWS APP"])
        #expect(!normalized.sentences.contains { $0.text.contains("CLICK HERE") })
        #expect(loaded.text.contains("CLICK HERE TO GET THE FOX NEWS APP"))
        #expect(normalized.sentences.contains { $0.names.contains("psaki") && $0.names.contains("jen psaki") })
        // Paragraph indexes follow the article's paragraphs (the promo line is paragraph 6).
        #expect(normalized.sentences.contains { $0.paragraph == 7 && $0.text.hasPrefix("White House Press Secretary") })
    }

    @Test func boilerplateInsideAParagraphSplitsTheRun() {
        let text = "First sentence here.\nSign up for our newsletter\nSecond sentence here."
        let normalized = TextNormalizer().normalize(article(text))
        #expect(normalized.sentences.map(\.text) == ["First sentence here.", "Second sentence here."])
        #expect(normalized.droppedLines == ["Sign up for our newsletter"])
    }

    @Test func headlineCaseTitleKeepsOnlyNamesTheBodyUses() {
        let text = "Sergei Lavrov met reporters in Moscow on Monday and spoke about NATO at length."
        let normalized = TextNormalizer().normalize(article(text, title: "Lavrov Says Talks With NATO Are Over", date: CalendarDay(year: 2021, month: 4, day: 1)))
        #expect(normalized.titleNames.contains("lavrov"))
        #expect(normalized.titleNames.contains("nato"))
        #expect(!normalized.titleNames.contains { $0.contains("talks") })
        #expect(normalized.titleTerms.contains("lavrov"))
        #expect(normalized.titleTerms.contains("talk"))
        #expect(normalized.mentionedDays == [CalendarDay(year: 2021, month: 3, day: 29)!])
    }

    @Test func sentenceCaseTitleKeepsItsNames() {
        let normalized = TextNormalizer().normalize(article("Some body text that mentions nothing in particular at all.", title: "Red Sox offer Mark Teixeira $200 million"))
        #expect(normalized.titleNames.contains("mark teixeira"))
        #expect(normalized.titleTerms.contains("200"))
    }

    @Test func paragraphRangesMatchTheByteByByteScan() {
        let texts = TrickyTexts.lines + ["a \u{301}b c", "x\u{0600} y", "  two  spaces ", "\u{00A0}nbsp edge\u{00A0}"]
        for text in texts + [SeedTexts.ap, SeedTexts.fox, "a\n \u{2003}\nb\n\n\nc \n\u{00A0}", "\n\n", "x\r\n\r\ny", "é\n\u{3000}\n é"] {
            let bytes = Array(text.utf8)
            #expect(TextNormalizer.paragraphRanges(bytes) == ReferenceNormalizer.paragraphRanges(bytes), "\(text.debugDescription)")
        }
    }
}
