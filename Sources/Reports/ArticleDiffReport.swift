internal import StoryModel

/// Text, Markdown and HTML forms of a two-article diff.
enum ArticleDiffReport {
    /// The column terminal text wraps at.
    static let textWidth = 100

    static func label(_ article: ArticleSummary) -> String {
        "\(article.source) — \(article.displayTitle) (\(article.date?.description ?? "undated")) [\(article.id)]"
    }

    static func percent(_ value: Double) -> String {
        let clamped = max(0, min(1, value))
        return "\(Int((clamped * 100).rounded()))%"
    }

    /// `A3` / `B5`: 1-based sentence numbers.
    static func ref(_ side: String, _ span: SourceSpan) -> String { "\(side)\(span.sentenceIndex + 1)" }

    /// The side (`A`, `B`) a span belongs to.
    static func side(of span: SourceSpan, in diff: ArticleDiff) -> String {
        span.articleID == diff.b.id && span.articleID != diff.a.id ? "B" : "A"
    }

    // MARK: - Text

    static func text(_ diff: ArticleDiff) -> String {
        let w = textWidth
        var lines: [String] = []
        lines += TerminalText.wrap("A: " + label(diff.a), width: w, indent: "   ")
        lines += TerminalText.wrap("B: " + label(diff.b), width: w, indent: "   ")
        lines.append("Similarity: \(percent(diff.similarity))")
        lines.append("")
        lines.append("Shared facts (\(diff.shared.count))")
        for fact in diff.shared {
            let a = ref("A", fact.a), b = ref("B", fact.b)
            lines += TerminalText.wrap(fact.a.text, width: w, firstIndent: "  \(a) ", indent: "      ")
            if fact.a.text.singleLine() != fact.b.text.singleLine() {
                lines += TerminalText.wrap(fact.b.text, width: w, firstIndent: "  \(b) ", indent: "      ")
            } else {
                lines.append("  \(b) (same wording)")
            }
        }
        lines.append("")
        lines.append("Only in A: \(diff.a.source) (\(diff.onlyInA.count))")
        for span in diff.onlyInA { lines += TerminalText.wrap(span.text, width: w, firstIndent: "  \(ref("A", span)) ", indent: "      ") }
        lines.append("")
        lines.append("Only in B: \(diff.b.source) (\(diff.onlyInB.count))")
        for span in diff.onlyInB { lines += TerminalText.wrap(span.text, width: w, firstIndent: "  \(ref("B", span)) ", indent: "      ") }
        lines.append("")
        lines.append("Quotes (\(diff.quotes.count))")
        for quote in diff.quotes {
            let refs = quote.provenance.map { ref(side(of: $0, in: diff), $0) }.joined(separator: ", ")
            let who = quote.speaker ?? "unattributed"
            lines += TerminalText.wrap("“\(quote.text)” — \(who) [\(quote.sources.joined(separator: ", "))] (\(refs))", width: w, firstIndent: "  ", indent: "    ")
        }
        lines.append("")
        lines.append("Conflicts (\(diff.conflicts.count))")
        for conflict in diff.conflicts {
            let claims = conflict.claims.map { "\($0.value) ← \($0.sources.joined(separator: ", "))" }.joined(separator: " | ")
            lines += TerminalText.wrap("\(conflict.context) (\(conflict.kind.rawValue)): \(claims)", width: w, firstIndent: "  ", indent: "    ")
            for claim in conflict.claims {
                for span in claim.provenance {
                    lines += TerminalText.wrap(span.text, width: w, firstIndent: "    \(ref(side(of: span, in: diff), span)) ", indent: "        ")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Markdown

    static func markdown(_ diff: ArticleDiff) -> String {
        let e: (String) -> String = { MarkdownText.escape($0) }
        var out: [String] = []
        out.append("# Diff: \(e(diff.a.source)) vs \(e(diff.b.source))")
        out.append("")
        out.append("- **A:** \(e(label(diff.a)))")
        out.append("- **B:** \(e(label(diff.b)))")
        out.append("- **Similarity:** \(percent(diff.similarity))")
        out.append("")
        out.append("## Shared facts (\(diff.shared.count))")
        out.append("")
        for fact in diff.shared {
            out.append("- `\(ref("A", fact.a))` \(e(fact.a.text))")
            out.append("  `\(ref("B", fact.b))` \(fact.a.text.singleLine() == fact.b.text.singleLine() ? "(same wording)" : e(fact.b.text))")
        }
        out.append("")
        out.append("## Only in A: \(e(diff.a.source)) (\(diff.onlyInA.count))")
        out.append("")
        for span in diff.onlyInA { out.append("- `\(ref("A", span))` \(e(span.text))") }
        out.append("")
        out.append("## Only in B: \(e(diff.b.source)) (\(diff.onlyInB.count))")
        out.append("")
        for span in diff.onlyInB { out.append("- `\(ref("B", span))` \(e(span.text))") }
        out.append("")
        out.append("## Quotes (\(diff.quotes.count))")
        out.append("")
        for quote in diff.quotes {
            out.append("- “\(e(quote.text))” — \(quote.speaker.map(e) ?? "unattributed") `[\(quote.sources.joined(separator: ", ").replacingBackticks())]`")
        }
        out.append("")
        out.append("## Conflicts (\(diff.conflicts.count))")
        out.append("")
        for conflict in diff.conflicts {
            let claims = conflict.claims.map { "**\(e($0.value))** ← \($0.sources.map(e).joined(separator: ", "))" }.joined(separator: " | ")
            out.append("- \(e(conflict.context)) (\(conflict.kind.rawValue)): \(claims)")
            for claim in conflict.claims {
                for span in claim.provenance { out.append("  - `\(ref(side(of: span, in: diff), span))` \(e(span.text))") }
            }
        }
        out.append("")
        return out.joined(separator: "\n")
    }

    // MARK: - HTML

    static func html(_ diff: ArticleDiff) -> String {
        let palette = SourcePalette(outlets: [diff.a.source, diff.b.source])
        let h: (String) -> String = { HTMLPage.escape($0) }
        func cell(_ side: String, _ span: SourceSpan) -> String {
            return "<td data-sentence=\"\(span.sentenceIndex)\"><span class=\"idx\">\(ref(side, span))</span>\(h(span.text))</td>"
        }
        var b = "<header>\n<h1>\(h(diff.a.source)) vs \(h(diff.b.source))</h1>\n"
        b += "<p class=\"meta\">Similarity \(percent(diff.similarity)) · \(diff.shared.count) shared · \(diff.onlyInA.count) only in A · \(diff.onlyInB.count) only in B</p>\n"
        b += "<nav aria-label=\"Sections\"><ul><li><a href=\"#shared-h\">Shared</a></li><li><a href=\"#only-h\">Only in one</a></li><li><a href=\"#quotes-h\">Quotes</a></li><li><a href=\"#conflicts-h\">Conflicts</a></li></ul></nav>\n"
        b += "</header>\n<main>\n"
        b += "<section class=\"cols\" aria-label=\"Articles\">\n"
        for (side, article) in [("A", diff.a), ("B", diff.b)] {
            b += "<article class=\"side\" data-side=\"\(side)\" data-article=\"\(h(article.id))\"><h2>\(side): \(HTMLStoryReport.chip(article.source, palette: palette, named: false)) \(h(article.source))</h2>"
            b += "<p>\(HTMLStoryReport.linkedTitle(article))</p><p class=\"meta\">\(article.date.map { "<time datetime=\"\($0)\">\($0)</time>" } ?? "undated") · <code>\(h(article.id))</code></p></article>\n"
        }
        b += "</section>\n"
        b += "<section aria-labelledby=\"shared-h\">\n<h2 id=\"shared-h\">Shared facts (\(diff.shared.count))</h2>\n"
        if diff.shared.isEmpty {
            b += "<p>None.</p>\n"
        } else {
            b += "<div class=\"scroll\"><table class=\"diff\">\n<thead><tr><th scope=\"col\">A: \(h(diff.a.source))</th><th scope=\"col\">B: \(h(diff.b.source))</th></tr></thead>\n<tbody>\n"
            for fact in diff.shared { b += "<tr>\(cell("A", fact.a))\(cell("B", fact.b))</tr>\n" }
            b += "</tbody>\n</table></div>\n"
        }
        b += "</section>\n"
        b += "<section aria-labelledby=\"only-h\">\n<h2 id=\"only-h\">Only one article carries</h2>\n<div class=\"cols\">\n"
        for (side, source, spans) in [("A", diff.a.source, diff.onlyInA), ("B", diff.b.source, diff.onlyInB)] {
            let id = "only-\(side.lowercased())-h"
            b += "<section class=\"only\" data-side=\"\(side)\" aria-labelledby=\"\(id)\"><h3 id=\"\(id)\">Only in \(side): \(HTMLStoryReport.chip(source, palette: palette, named: false)) \(h(source)) (\(spans.count))</h3>\n"
            if spans.isEmpty {
                b += "<p>None.</p>\n"
            } else {
                b += "<ul class=\"spans\">\n"
                for span in spans { b += "<li data-sentence=\"\(span.sentenceIndex)\"><span class=\"idx\">\(ref(side, span))</span>\(h(span.text))</li>\n" }
                b += "</ul>\n"
            }
            b += "</section>\n"
        }
        b += "</div>\n</section>\n"
        b += "<section aria-labelledby=\"quotes-h\">\n<h2 id=\"quotes-h\">Quotes (\(diff.quotes.count))</h2>\n"
        for quote in diff.quotes {
            b += "<figure class=\"quote\"><blockquote><p>“\(h(quote.text))”</p></blockquote><figcaption>— \(quote.speaker.map { "<cite>\(h($0))</cite>" } ?? "unattributed") \(HTMLStoryReport.chips(quote.sources, palette: palette))</figcaption></figure>\n"
        }
        b += "</section>\n<section aria-labelledby=\"conflicts-h\">\n<h2 id=\"conflicts-h\">Conflicts (\(diff.conflicts.count))</h2>\n"
        for conflict in diff.conflicts {
            b += "<div class=\"conflict\" data-kind=\"\(conflict.kind.rawValue)\"><h3>\(h(conflict.context)) <span class=\"meta\">(\(conflict.kind.rawValue))</span></h3><div class=\"claims\">\n"
            for claim in conflict.claims {
                b += "<div class=\"claim\"><p class=\"value\">\(h(claim.value))</p><p>\(HTMLStoryReport.chips(claim.sources, palette: palette))</p><ul>"
                for span in claim.provenance { b += "<li><span class=\"idx\">\(ref(side(of: span, in: diff), span))</span>\(h(span.text))</li>" }
                b += "</ul></div>\n"
            }
            b += "</div></div>\n"
        }
        b += "</section>\n</main>\n"
        return HTMLPage.document(title: "\(diff.a.source) vs \(diff.b.source)", body: b, extraCSS: SourcePalette.css)
    }
}
