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

/// The documented hash, computed the slow way from the byte rule, pins the fast paths.
@Suite struct TextShinglerDefinitionTests {
    /// Shingle hashes by the definition: word values, the window polynomial, the keyed fold.
    static func definedStream(_ text: String, size k: Int, seed: UInt64) -> [UInt64] {
        var generator = SplitMix64(seed: seed ^ 0x5445_5854_5348_494E)
        let base = generator.next() | 1
        let pack = { (bytes: ArraySlice<UInt8>) -> UInt64 in
            var value: UInt64 = 0
            for (offset, byte) in bytes.enumerated() { value |= UInt64(byte < 0x80 ? byte | 0x20 : byte) << (8 * offset) }
            return value
        }
        let values = TextShinglerTests.referenceWords(text).map { word -> UInt64 in
            let bytes = Array(word.utf8)
            var state = seed
            var offset = 0
            while bytes.count - offset > 8 {
                state = StableHash.mum(state ^ pack(bytes[offset..<(offset + 8)]), 0x8EBC_6AF0_9C88_C6E3 ^ UInt64(bytes.count))
                offset += 8
            }
            return state ^ pack(bytes[offset...])
        }
        let window = { (words: ArraySlice<UInt64>) -> UInt64 in
            var polynomial: UInt64 = 0
            for value in words { polynomial = polynomial &* base &+ value }
            let keyed = polynomial ^ seed ^ 0x5348_494E_474C_4553 ^ UInt64(words.count) &* 0xA076_1D64_78BD_642F
            return keyed ^ (keyed >> 29)
        }
        if values.isEmpty { return [] }
        if values.count < k { return [window(values[...])] }
        return (k...values.count).map { window(values[($0 - k)..<$0]) }
    }

    @Test func fastPathsComputeTheDefinition() {
        // Words straddling 8- and 64-byte boundaries, long words, separators split across blocks,
        // and texts that end inside a word.
        let pieces = [
            "Mayor", "said", "THE", "a", "42", "snake_case", "internationalization", "abcdefgh", "abcdefghi",
            "ABCDEFGHIJKLMNOP", String(repeating: "x", count: 70), "café", "Zürich", "中文", "don't",
            "“quoted”", "…", "—", "\u{00A0}", "«", " ", "  ", "\n", ".", ",", "\t", "_", "9",
        ]
        var generator = SplitMix64(seed: 2024)
        for size in [1, 3, 5, 8] {
            let shingler = TextShingler(size: size, seed: 41)
            for _ in 0..<250 {
                var text = ""
                for _ in 0..<Int(generator.next() % 80) {
                    text += pieces[Int(generator.next() % UInt64(pieces.count))]
                    if generator.next() % 4 != 0 { text += " " }
                }
                let stream = Array(text.utf8).withUnsafeBufferPointer { shingler.shingleStream($0) }
                #expect(stream == Self.definedStream(text, size: size, seed: 41), "size \(size): \(text.debugDescription)")
            }
        }
    }

    @Test func everyPrefixLengthAroundBlockEnds() {
        // A text cut at every length checks the tail paths (loads past the end are never made).
        let shingler = TextShingler(size: 5, seed: 3)
        let text = Array("Officials said the 2,400-acre fire near Santa_Rosa was 45% contained — “we're hopeful” — on Friday evening.".utf8)
        for length in 0...text.count {
            let prefix = String(decoding: text[0..<length], as: UTF8.self)
            guard Array(prefix.utf8) == Array(text[0..<length]) else { continue }  // cut inside a character
            let stream = Array(text[0..<length]).withUnsafeBufferPointer { shingler.shingleStream($0) }
            #expect(stream == Self.definedStream(prefix, size: 5, seed: 3), "length \(length)")
        }
    }

    @Test func returnsTheNumberOfShingles() {
        let shingler = TextShingler(size: 3, seed: 1)
        for text in ["", " , ", "one", "one two", "one two three", "a b c d e f g"] {
            var seen = 0
            let returned = Array(text.utf8).withUnsafeBufferPointer { shingler.forEachShingle($0) { _ in seen += 1 } }
            #expect(returned == seen, "\(text)")
        }
    }
}
