import Foundation
import StoryModel
import Testing
@testable import Reports

@Suite struct StoryReportRendererTests {
    let report = ReportFixtures.report

    func file(_ files: [RenderedFile], _ path: String) throws -> String {
        try #require(files.first { $0.path == path }?.contents, "missing \(path)")
    }

    /// Relative link targets (`href="…"` or `](…)`) in a page, resolved against its folder.
    func links(in text: String, from path: String, pattern: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : ""
        return regex.matches(in: text, range: range).compactMap { match -> String? in
            guard let r = Range(match.range(at: 1), in: text) else { return nil }
            let target = String(text[r])
            if target.hasPrefix("http") || target.hasPrefix("#") { return nil }
            var parts = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
            for piece in target.split(separator: "/") {
                if piece == ".." { parts.removeLast() } else { parts.append(String(piece)) }
            }
            return parts.joined(separator: "/")
        }
    }

    @Test func markdownFilesAndLinks() throws {
        let files = StoryReportRenderer.render(report, as: .markdown)
        #expect(files.map(\.path) == ["index.md", "stories/E1.md", "stories/E2.md"])
        let paths = Set(files.map(\.path))
        for file in files {
            for target in try links(in: file.contents, from: file.path, pattern: #"\]\(([^)\s]+\.md)\)"#) {
                #expect(paths.contains(target), "\(file.path) links to missing \(target)")
            }
        }
        let index = try file(files, "index.md")
        #expect(index.contains("(stories/E1.md)"))
        #expect(index.contains("(stories/E2.md)"))
        #expect(try file(files, "stories/E1.md").contains("(../index.md)"))
    }

    @Test func markdownIndexListsEveryInputAndCoverage() throws {
        let index = try file(StoryReportRenderer.render(report, as: .markdown), "index.md")
        for record in report.inputs {
            let row = try #require(index.split(separator: "\n").first { $0.contains("`\(record.path)`") }, "\(record.path) not listed")
            #expect(row.contains(record.status.rawValue))
            if let reason = record.reason { #expect(row.contains(reason.code.rawValue)) }
        }
        #expect(index.contains("item 4 skipped"))
        #expect(index.contains("| Harbor Times `HT` | ✓ |   |"))
        #expect(index.contains("5 inputs: 3 read, 2 skipped"))
        #expect(index.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(!index.contains("<script>"))
    }

    @Test func markdownEverySentenceTagged() throws {
        let page = try file(StoryReportRenderer.render(report, as: .markdown), "stories/E1.md")
        let palette = SourcePalette(outlets: ["Harbor Times", "Metro Wire"])
        for sentence in ReportFixtures.fireStory.sentences {
            let line = try #require(page.split(separator: "\n").first { $0.hasPrefix(MarkdownText.escape(sentence.text)) })
            #expect(line.hasSuffix("`"))
            #expect(line.contains("[" + palette.tag(sentence.provenance[0].source)))
        }
        #expect(page.contains("`[HT · MW]`"))
        #expect(page.contains("<details><summary>Wording by source (sentence 1)</summary>"))
        #expect(page.contains("Fire tore through a Pier 9 warehouse before dawn Monday."))
        #expect(page.contains("“We were lucky” — Ana Ortiz `[HT]`"))
        #expect(page.contains("injured (number): **12** ← Harbor Times | **14** ← Metro Wire"))
        #expect(page.contains("| `HT` | Harbor Times | 2026-03-02 | [Fire guts Pier 9 warehouse; 12 hurt](https://harbortimes.example/fire) |"))
        #expect(!page.contains("javascript:"))
    }

    @Test func htmlPagesAreSelfContainedAndLinked() throws {
        let files = StoryReportRenderer.render(report, as: .html)
        #expect(files.map(\.path) == ["index.html", "stories/E1.html", "stories/E2.html"])
        let paths = Set(files.map(\.path))
        for file in files {
            #expect(file.contents.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
            #expect(file.contents.contains("@media print"))
            #expect(file.contents.contains("@media (max-width"))
            // One inline enhancement script, and nothing it could load.
            #expect(file.contents.components(separatedBy: "<script").count == 2, "\(file.path) should carry exactly one script")
            #expect(file.contents.contains("<script>\n(function () {"), "\(file.path): the script must be inline")
            for network in ["fetch(", "XMLHttpRequest", "import(", "http://", "https://", "@import", "url("] {
                #expect(!HTMLScript.source.contains(network) && !HTMLPage.css.contains(network), "the page assets use \(network)")
            }
            #expect(!file.contents.contains(" src=\""), "\(file.path) loads a resource")
            #expect(!file.contents.contains("<link"), "\(file.path) loads a resource")
            for target in try links(in: file.contents, from: file.path, pattern: #"href="([^"]+)""#) {
                #expect(paths.contains(target), "\(file.path) links to missing \(target)")
            }
            for tag in ["<header>", "<main", "</main>", "<nav "] { #expect(file.contents.contains(tag), "\(file.path) lacks \(tag)") }
        }
        let index = try file(files, "index.html")
        #expect(index.contains("<th scope=\"col\">Outlet</th>"))
        for record in report.inputs {
            #expect(index.contains("data-input=\"\(record.path)\" data-status=\"\(record.status.rawValue)\""))
        }
    }

    @Test func htmlEscapesEverything() throws {
        let files = StoryReportRenderer.render(report, as: .html)
        let all = files.map(\.contents).joined()
        #expect(!all.contains("<script>alert(1)</script>"))
        #expect(all.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!all.contains("<img"))
        #expect(!all.contains("<b>nothing</b>"))
        let evil = try file(files, "stories/E2.html")
        #expect(evil.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(evil.contains("data-source=\"Tom &amp; Jerry&#39;s &quot;Daily&quot;\""))
        #expect(evil.contains("<cite>O&#39;Brien</cite>"))
        #expect(!all.contains("javascript:"))
        #expect(HTMLPage.escape(#"<a href="x">&'"#) == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
    }

    @Test func htmlEverySentenceHasChipsAndVariants() throws {
        let page = try file(StoryReportRenderer.render(report, as: .html), "stories/E1.html")
        let blocks = page.components(separatedBy: "<div class=\"sentence").dropFirst().filter { !$0.hasPrefix("s\"") }
        #expect(blocks.count == ReportFixtures.fireStory.sentences.count)
        for (number, sentence) in ReportFixtures.fireStory.sentences.enumerated() {
            let block = blocks[number]
            #expect(block.contains(" data-sentence=\"\(number)\""))
            let line = try #require(block.components(separatedBy: "</p>").first)
            #expect(line.contains("class=\"chip has-tip s"), "sentence \(number) has no chip")
            // Every chip's tooltip holds that outlet's own sentence.
            for span in sentence.provenance {
                #expect(line.contains("data-source=\"\(HTMLPage.escape(span.source))\""))
                #expect(line.contains("<span class=\"tip-line\">\(HTMLPage.escape(span.text))</span>"))
            }
            #expect(line.contains("role=\"tooltip\"") && line.contains("tabindex=\"0\""))
            let differs = sentence.provenance.count > 1 || sentence.provenance.contains { $0.text != sentence.text }
            #expect(block.contains("<details>") == differs, "sentence \(number): compare-wording only when wordings differ")
        }
        // Two outlets carry sentence 1 and 2: marked as corroborated.
        #expect(page.contains("<div class=\"sentence multi\" id=\"s1\""))
        // Sentence 4 has no `sources`; it is credited through its provenance.
        #expect(blocks.last!.contains("data-source=\"Metro Wire\""))
        #expect(page.contains("<div class=\"claims\">"))
        #expect(page.contains("<ol class=\"timeline\">"))
        #expect(page.contains("<time datetime=\"2026-03-02\">2026-03-02</time>"))
        #expect(page.contains("<ul class=\"legend\" aria-label=\"Outlets\" data-filter>"))
    }

    @Test func identicalWordingsAreGroupedWithEverySource() throws {
        let a = ReportFixtures.span(ReportFixtures.harbor, 0, "Fire hit Pier 9.")
        let b = ReportFixtures.span(ReportFixtures.wire, 4, "Fire hit Pier 9.")
        let c = ReportFixtures.span(ReportFixtures.evil, 1, "A blaze struck Pier 9.")
        var story = ReportFixtures.fireStory
        story.sentences = [MergedSentence(text: a.text, sources: [a.source, b.source], provenance: [a, b]),
                           MergedSentence(text: a.text, sources: [a.source, b.source, c.source], provenance: [a, b, c])]
        var report = ReportFixtures.report
        report.stories = [story]
        report.clusters = [report.clusters[0]]
        let html = try file(StoryReportRenderer.render(report, as: .html), "stories/E1.html")
        #expect(html.contains("<summary>Same wording in 2 sources</summary>"))
        #expect(html.contains("<summary>Compare wording (2 versions from 3 sources)</summary>"))
        #expect(html.contains("sentence 1 of <code>Samples/html/harbor-times-fire.html</code> · Fire guts Pier 9 warehouse; 12 hurt; sentence 5 of <code>Samples/feeds/metro-wire.rss#2</code>"))
        let markdown = try file(StoryReportRenderer.render(report, as: .markdown), "stories/E1.md")
        #expect(markdown.contains("- `HT` `MW` Fire hit Pier 9. — Samples/html/harbor-times-fire.html #1; Samples/feeds/metro-wire.rss#2 #5"))
    }

    @Test func htmlIndexMarksStoriesOnlyOneOutletCarried() throws {
        let index = try file(StoryReportRenderer.render(report, as: .html), "index.html")
        let rows = index.components(separatedBy: "<tr data-outlet=").dropFirst()
        #expect(rows.count == 3)
        // The evil story E2 has one outlet: its cell is the sole-coverage cell.
        let evilRow = try #require(rows.first { $0.hasPrefix("\"Tom &amp; Jerry") })
        #expect(evilRow.contains("class=\"mark covered sole\""))
        let harborRow = try #require(rows.first { $0.hasPrefix("\"Harbor Times\"") })
        #expect(harborRow.contains("class=\"mark covered\"") && !harborRow.contains("sole"))
        #expect(index.contains("<span class=\"badge\">only source</span>"))
    }

    @Test func jsonRoundTripsAndIsDeterministic() throws {
        let files = StoryReportRenderer.render(report, as: .json)
        #expect(files.map(\.path) == ["stories.json"])
        let text = files[0].contents
        #expect(text.contains("\"schemaVersion\" : 1"))
        let decoded = try JSONDecoder().decode(RunReport.self, from: Data(text.utf8))
        #expect(decoded == report)
        #expect(StoryReportRenderer.render(report, as: .json) == files)
    }

    @Test(arguments: [ReportFormat.markdown, .html, .json])
    func outputIsDeterministic(format: ReportFormat) {
        #expect(StoryReportRenderer.render(report, as: format) == StoryReportRenderer.render(report, as: format))
    }

    @Test func clusteringOnlyReportRendersClustersWithoutText() throws {
        var bare = report
        bare.stories = []
        let files = StoryReportRenderer.render(bare, as: .markdown)
        #expect(files.map(\.path) == ["index.md", "stories/E1.md", "stories/E2.md"])
        let index = try file(files, "index.md")
        #expect(index.contains("Fire guts Pier 9 warehouse; 12 hurt"))
        #expect(try file(files, "stories/E1.md").contains("no merged text"))
    }
}
