import Testing
@testable import Normalizer

/// The byte-level helpers against the `String` operations they stand in for.
@Suite struct UTF8ScannerTests {
    @Test func splittingOnAnASCIIByteMatchesTheCharacterSplit() {
        // Spaces next to combining marks and other non-ASCII bytes take the Character path.
        let texts = TrickyTexts.lines + ["a \u{301}b c", "x\u{0600} y", "  two  spaces ", "\u{00A0}nbsp edge\u{00A0}"]
        for text in texts {
            #expect(UTF8Scanner.split(text[...], onASCII: UInt8(ascii: " ")) == text.split(separator: " "), "\(text)")
        }
        let pieces = ["a", "B", "z", ".", "/", "//", "é", "e\u{301}", "/\u{301}x", "\u{0600}/", "日本", "ß", "a.txt", "Z.TXT", ""]
        var generator = SystemRandomNumberGenerator()
        var paths = pieces
        for _ in 0..<400 { paths.append((0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()) }
        for path in paths {
            #expect(UTF8Scanner.split(path[...], onASCII: UInt8(ascii: "/")) == path.split(separator: "/"), "\(path.debugDescription)")
        }
    }
}
