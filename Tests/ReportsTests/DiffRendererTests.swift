import Foundation
import StoryModel
import Testing
@testable import Reports

@Suite struct DiffRendererTests {
    let diff = ReportFixtures.articleDiff

    @Test func articleDiffText() {
        let text = DiffRenderer.render(diff, as: .text)
        let lines = text.split(separator: "\n").map(String.init)
        for header in ["Shared facts (2)", "Only in A: Harbor Times (1)", "Only in B: Metro Wire (1)", "Quotes (1)", "Conflicts (1)"] {
            #expect(lines.contains(header), "missing \(header)")
        }
        #expect(lines.contains("  A1 A fire destroyed a warehouse on Pier 9 early Monday."))
        #expect(lines.contains("  B1 Fire tore through a Pier 9 warehouse before dawn Monday."))
        #expect(lines.contains("  A3 \"We were lucky,\" Mayor Ana Ortiz said."))
        #expect(lines.contains("  injured (number): 12 ← Harbor Times | 14 ← Metro Wire"))
        #expect(lines.contains("    B2 Fourteen people were hurt, according to the fire department."))
        #expect(lines.contains("Similarity: 46%"))
        for line in lines { #expect(TerminalText.width(line) <= 100) }
    }

    @Test func longSentencesWrapAt100() {
        var long = diff
        long.onlyInA[0].text = String(repeating: "word ", count: 80)
        let lines = DiffRenderer.render(long, as: .text).split(separator: "\n")
        #expect(lines.allSatisfy { TerminalText.width($0) <= 100 })
        #expect(lines.filter { $0.hasPrefix("      word") }.count >= 3)
    }

    @Test func articleDiffMarkdownHTMLJSON() throws {
        let md = DiffRenderer.render(diff, as: .markdown)
        #expect(md.contains("## Shared facts (2)"))
        #expect(md.contains("## Only in B: Metro Wire (1)"))
        let html = DiffRenderer.render(diff, as: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<table class=\"diff\">"))
        #expect(html.contains("<td data-sentence=\"0\"><span class=\"idx\">A1</span>"))
        // One-sided sentences sit in two columns, not in a table with an empty half.
        #expect(!html.contains("<td class=\"empty\">"))
        let onlyB = try #require(html.components(separatedBy: "<section class=\"only\" data-side=\"B\"").last)
        #expect(onlyB.contains("<li data-sentence=\"2\"><span class=\"idx\">B3</span>The cause is under investigation.</li>"))
        #expect(!html.contains("javascript:"))
        #expect(html.components(separatedBy: "<script").count == 2 && !html.contains("<script src"))
        let decoded = try JSONDecoder().decode(ArticleDiff.self, from: Data(DiffRenderer.render(diff, as: .json).utf8))
        #expect(decoded == diff)
    }

    @Test func coverageDiffAllFormats() throws {
        let cov = ReportFixtures.coverageDiff
        let text = DiffRenderer.render(cov, as: .text)
        #expect(text.contains("Covered by both (1)"))
        #expect(text.contains("Only Harbor Times (1)"))
        #expect(text.contains("Only Metro Wire (0)"))
        #expect(text.contains("E1  2026-03-02  1  1  Fire guts Pier 9 warehouse; 12 hurt"))
        #expect(text.hasSuffix("1 shared, 1 only Harbor Times, 0 only Metro Wire\n"))
        let md = DiffRenderer.render(cov, as: .markdown)
        #expect(md.contains("| E3 | 2026-03-05 | Council approves \\<budget\\> | 1 | 0 |"))
        let html = DiffRenderer.render(cov, as: .html)
        #expect(html.contains("Council approves &lt;budget&gt;"))
        #expect(html.contains("<section id=\"only-b\""))
        let decoded = try JSONDecoder().decode(CoverageDiff.self, from: Data(DiffRenderer.render(cov, as: .json).utf8))
        #expect(decoded == cov)
    }
}
