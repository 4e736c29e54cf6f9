import Testing
@testable import Similarity

@Suite struct TextShinglerTests {
    @Test func caseAndPunctuationDoNotMatter() {
        let shingler = TextShingler(size: 3, seed: 1)
        let plain = shingler.shingles("the mayor said on friday that")
        #expect(plain.count == 4)
        #expect(shingler.shingles("The MAYOR said, on Friday — that…") == plain)
        #expect(shingler.shingles("“The mayor” said\u{00A0}on «Friday» that") == plain)
        #expect(shingler.shingles("the mayor said on sunday that") != plain)
    }

    @Test func wordsAreRunsOfLettersDigitsAndNonASCII() {
        let shingler = TextShingler(size: 1, seed: 1)
        #expect(shingler.shingles("don't") == shingler.shingles("don t"))
        #expect(shingler.shingles("snake_case 42") == shingler.shingles("SNAKE_CASE, 42!"))
        #expect(shingler.shingles("café") != shingler.shingles("caf"))
        #expect(shingler.shingles("café").count == 1)
        // Long words hash past the 8-byte block boundary.
        #expect(shingler.shingles("internationalization") != shingler.shingles("internationalizatiom"))
        #expect(shingler.shingles("abcdefgh") != shingler.shingles("abcdefghi"))
    }

    @Test func orderMattersWithinAShingle() {
        let shingler = TextShingler(size: 2, seed: 1)
        #expect(shingler.shingles("a b") != shingler.shingles("b a"))
    }

    @Test func shortAndEmptyTexts() {
        let shingler = TextShingler(size: 5, seed: 1)
        #expect(shingler.shingles("").isEmpty)
        #expect(shingler.shingles(" ,;— ").isEmpty)
        #expect(shingler.shingles("two words").count == 1)
        #expect(shingler.shingles("two words") != shingler.shingles("two"))
        let six = "one two three four five six"
        #expect(shingler.shingles(six).count == 2)
        let stream = Array("a b c d e a b c d e".utf8).withUnsafeBufferPointer { shingler.shingleStream($0) }
        #expect(stream.count == 6)
        #expect(Set(stream).count == 5)
    }

    @Test func seedSelectsTheFamily() {
        #expect(TextShingler(size: 2, seed: 1).shingles("a b c") != TextShingler(size: 2, seed: 2).shingles("a b c"))
        #expect(TextShingler(size: 2, seed: 1).shingles("a b c") == TextShingler(size: 2, seed: 1).shingles("a b c"))
    }

    /// Words of a text by the documented rule, one byte at a time (the reference for the SWAR path).
    static func referenceWords(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var words: [String] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var separator = 0
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xC0 { separator = 2 }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 { separator = 3 }
            let isWord = separator == 0
                && ((byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x5F || byte >= 0x80)
            if isWord {
                current.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                index += 1
            } else {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current = []
                index += max(1, separator)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    @Test func blockPathAgreesWithTheByteRule() {
        let pieces = [
            "Mayor", "said", "THE", "a", "42", "3.5", "snake_case", "internationalization", "abcdefgh", "café", "Zürich",
            "中文", "don't", "x", "e-mail", "“quoted”", "…", "—", "\u{00A0}", "«", "»", "(", ")", ",", ".", "  ", "\n\n", "\t",
        ]
        var generator = SplitMix64(seed: 77)
        let shingler = TextShingler(size: 3, seed: 5)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(generator.next() % 60) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
                if generator.next() % 3 != 0 { text += " " }
            }
            let words = Self.referenceWords(text)
            // The same words with other separators and alignments must give the same shingles.
            #expect(shingler.shingles(text) == shingler.shingles(words.joined(separator: " ")), "\(text)")
            #expect(shingler.shingles(text) == shingler.shingles(words.joined(separator: " \u{2014} ")), "\(text)")
            #expect(shingler.shingles(text) == shingler.shingles("..." + words.joined(separator: ",\n")), "\(text)")
            let expected = words.isEmpty ? 0 : max(1, words.count - 2)
            let stream = Array(text.utf8).withUnsafeBufferPointer { shingler.shingleStream($0) }
            #expect(stream.count == expected, "\(text)")
        }
    }
}
