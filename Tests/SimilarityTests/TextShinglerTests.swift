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
}
