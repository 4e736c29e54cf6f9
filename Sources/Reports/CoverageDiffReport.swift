internal import StoryModel

/// Text, Markdown and HTML forms of a coverage diff between two outlets (or groups).
enum CoverageDiffReport {
    typealias Story = CoverageDiff.Story

    static func sections(_ diff: CoverageDiff) -> [(id: String, title: String, stories: [Story])] {
        [("both", "Covered by both", diff.both),
         ("only-a", "Only \(diff.sideA)", diff.onlyA),
         ("only-b", "Only \(diff.sideB)", diff.onlyB)]
    }

    static func sideLabel(_ name: String, _ sources: [String]) -> String {
        sources.isEmpty || sources == [name] ? name : "\(name) (\(sources.joined(separator: ", ")))"
    }

    // MARK: - Text

    static func text(_ diff: CoverageDiff, width: Int = 100) -> String {
        var lines: [String] = []
        lines += TerminalText.wrap("Coverage: A = \(sideLabel(diff.sideA, diff.sourcesA)) vs B = \(sideLabel(diff.sideB, diff.sourcesB))", width: width, indent: "  ")
        for section in sections(diff) {
            lines.append("")
            lines.append(TerminalText.truncate("\(section.title) (\(section.stories.count))", to: width))
            guard !section.stories.isEmpty else { continue }
            var table = TextTable(columns: [
                .init(header: "ID", minimumWidth: 2), .init(header: "DATE", minimumWidth: 10),
                .init(header: "A", alignRight: true, minimumWidth: 1), .init(header: "B", alignRight: true, minimumWidth: 1),
                .init(header: "HEADLINE", minimumWidth: 8),
            ])
            for story in section.stories {
                table.rows.append([story.id, story.day?.description ?? "undated", String(story.articlesA.count), String(story.articlesB.count), story.headline])
            }
            lines += table.render(width: width).map { "  " + $0 }.map { TerminalText.truncate($0, to: width) }
        }
        lines.append("")
        lines.append("\(diff.both.count) shared, \(diff.onlyA.count) only \(diff.sideA), \(diff.onlyB.count) only \(diff.sideB)")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Markdown

    static func markdown(_ diff: CoverageDiff) -> String {
        let e: (String) -> String = { MarkdownText.escape($0) }
        var out = ["# Coverage: \(e(diff.sideA)) vs \(e(diff.sideB))", ""]
        out.append("- **A:** \(e(sideLabel(diff.sideA, diff.sourcesA)))")
        out.append("- **B:** \(e(sideLabel(diff.sideB, diff.sourcesB)))")
        out.append("")
        for section in sections(diff) {
            out.append("## \(e(section.title)) (\(section.stories.count))")
            out.append("")
            if section.stories.isEmpty {
                out.append("None.")
            } else {
                out.append("| Story | Date | Headline | \(e(diff.sideA)) | \(e(diff.sideB)) |")
                out.append("|---|---|---|---:|---:|")
                for story in section.stories {
                    out.append("| \(e(story.id)) | \(story.day?.description ?? "undated") | \(e(story.headline)) | \(story.articlesA.count) | \(story.articlesB.count) |")
                }
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    // MARK: - HTML

    static func html(_ diff: CoverageDiff) -> String {
        let h: (String) -> String = { HTMLPage.escape($0) }
        var outlets = Set(diff.sourcesA + diff.sourcesB)
        for section in sections(diff) { for story in section.stories { outlets.formUnion(story.sources) } }
        let palette = SourcePalette(outlets: outlets)
        var b = "<header>\n<h1>Coverage: \(h(diff.sideA)) vs \(h(diff.sideB))</h1>\n"
        b += "<p class=\"meta\">A: \(h(sideLabel(diff.sideA, diff.sourcesA))) · B: \(h(sideLabel(diff.sideB, diff.sourcesB)))</p>\n"
        b += "<nav aria-label=\"Sections\"><ul>" + sections(diff).map { "<li><a href=\"#\($0.id)\">\(h($0.title)) (\($0.stories.count))</a></li>" }.joined() + "</ul></nav>\n</header>\n<main>\n"
        for section in sections(diff) {
            b += "<section id=\"\(section.id)\" aria-labelledby=\"\(section.id)-h\">\n<h2 id=\"\(section.id)-h\">\(h(section.title)) (\(section.stories.count))</h2>\n"
            if section.stories.isEmpty {
                b += "<p>None.</p>\n</section>\n"
                continue
            }
            b += "<div class=\"scroll\"><table class=\"coverage\">\n<thead><tr><th scope=\"col\">Story</th><th scope=\"col\">Date</th><th scope=\"col\">Headline</th><th scope=\"col\">Outlets</th><th scope=\"col\">\(h(diff.sideA)) articles</th><th scope=\"col\">\(h(diff.sideB)) articles</th></tr></thead>\n<tbody>\n"
            for story in section.stories {
                b += "<tr data-story=\"\(h(story.id))\"><th scope=\"row\">\(h(story.id))</th><td class=\"dates\">\(story.day.map { "<time datetime=\"\($0)\">\($0)</time>" } ?? "undated")</td>"
                b += "<td>\(h(story.headline))</td><td>\(HTMLStoryReport.chips(story.sources, palette: palette))</td>"
                b += "<td>\(articleList(story.articlesA))</td><td>\(articleList(story.articlesB))</td></tr>\n"
            }
            b += "</tbody>\n</table></div>\n</section>\n"
        }
        b += "</main>\n"
        return HTMLPage.document(title: "Coverage: \(diff.sideA) vs \(diff.sideB)", body: b, extraCSS: SourcePalette.css)
    }

    static func articleList(_ articles: [ArticleSummary]) -> String {
        guard !articles.isEmpty else { return "—" }
        return "<ul>" + articles.map { "<li>\(HTMLStoryReport.linkedTitle($0)) <span class=\"where\">(\(HTMLPage.escape($0.date?.description ?? "undated")))</span></li>" }.joined() + "</ul>"
    }
}
