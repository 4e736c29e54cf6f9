import Testing
@testable import Reports

@Suite struct TerminalTextTests {
    @Test func widthCountsGraphemesAndWideCharacters() {
        #expect(TerminalText.width("abc") == 3)
        #expect(TerminalText.width("e\u{301}") == 1)
        #expect(TerminalText.width("東京") == 4)
        #expect(TerminalText.width("a\u{200B}b") == 2)
    }

    @Test func truncateFitsAndMarks() {
        #expect(TerminalText.truncate("hello world", to: 20) == "hello world")
        #expect(TerminalText.truncate("hello world", to: 8) == "hello w…")
        #expect(TerminalText.truncate("東京東京", to: 5) == "東京…")
        for limit in 1...12 { #expect(TerminalText.width(TerminalText.truncate("東京 tower e\u{301}tude", to: limit)) <= limit) }
    }

    @Test func wrapRespectsWidthAndIndent() {
        let lines = TerminalText.wrap("one two three four five six seven", width: 12, firstIndent: "* ", indent: "  ")
        #expect(lines == ["* one two", "  three four", "  five six", "  seven"])
        #expect(TerminalText.wrap("averyveryverylongword", width: 8) == ["averyve…"])
    }

    @Test func markdownEscaping() {
        #expect(MarkdownText.escape("a|b <i>x</i> *y*") == "a\\|b \\<i\\>x\\</i\\> \\*y\\*")
        #expect(MarkdownText.escape("# not a heading") == "\\# not a heading")
        #expect(MarkdownText.escape("1. not a list") == "1\\. not a list")
        #expect(MarkdownText.escape("2026 was") == "2026 was")
        #expect(MarkdownText.escape("3.5% raise") == "3.5% raise")
        #expect(MarkdownText.escape("12) item") == "12\\) item")
        #expect(MarkdownText.fileName("E1") == "E1")
        #expect(MarkdownText.fileName("../x") == "---x")
    }
}
