internal import StoryModel

/// The HTML form of a merge run: `index.html` plus `stories/<id>.html` per story.
///
/// Every page is self-contained (inline CSS and one inline script, no external resources) and
/// complete without JavaScript: the script only adds outlet highlighting, expand-all and
/// print-time expansion. Pages are semantic (`header`/`nav`/`main`/`article`/`section`, tables
/// with scoped headers) and escape all text. Outlets are coloured chips (`data-source`); every
/// merged sentence (`data-sentence`) shows one chip per outlet that carries it, each chip shows
/// that outlet's own sentence on hover or keyboard focus, and a `<details>` compares the wordings
/// when they differ.
enum HTMLStoryReport {
    /// Renders the index and one page per story.
    static func render(_ report: RunReport) -> [RenderedFile] {
        let index = ReportIndex(report)
        var files = [RenderedFile(path: "index.html", contents: renderIndex(index))]
        for entry in index.entries {
            files.append(RenderedFile(path: "stories/\(entry.fileStem).html", contents: renderStory(entry, index: index)))
        }
        return files
    }

    /// An outlet chip: the short tag shown, the full name for screen readers and on hover.
    ///
    /// - Parameter named: `false` when the outlet's name is printed next to the chip, so screen
    ///   readers skip the chip instead of reading the name twice.
    static func chip(_ outlet: String, palette: SourcePalette, named: Bool = true) -> String {
        let name = HTMLPage.escape(outlet)
        let tag = HTMLPage.escape(palette.tag(outlet))
        let open = "<span class=\"chip \(palette.cssClass(outlet))\" data-source=\"\(name)\" title=\"\(name)\""
        guard named else { return open + " aria-hidden=\"true\">\(tag)</span>" }
        return open + "><span aria-hidden=\"true\">\(tag)</span><span class=\"vh\">\(name)</span></span>"
    }

    /// A focusable chip whose tooltip (on hover and focus) holds the outlet's own sentence.
    ///
    /// - Parameters:
    ///   - outlet: the outlet.
    ///   - wording: the outlet's sentences (several when it has more than one article).
    ///   - id: a page-unique id for the tooltip.
    static func chip(_ outlet: String, palette: SourcePalette, wording: [String], id: String) -> String {
        let name = HTMLPage.escape(outlet)
        let tag = HTMLPage.escape(palette.tag(outlet))
        let tip = wording.map { "<span class=\"tip-line\">\(HTMLPage.escape($0))</span>" }.joined()
        return "<span class=\"chip has-tip \(palette.cssClass(outlet))\" data-source=\"\(name)\" tabindex=\"0\" aria-describedby=\"\(id)\">"
            + "<span aria-hidden=\"true\">\(tag)</span><span class=\"vh\">\(name)</span>"
            + "<span class=\"tip\" role=\"tooltip\" id=\"\(id)\"><span class=\"tip-head\">\(name) wrote:</span>\(tip)</span></span>"
    }

    /// Chips for several outlets, in the order given.
    static func chips(_ outlets: [String], palette: SourcePalette) -> String {
        "<span class=\"chips\">" + outlets.map { chip($0, palette: palette) }.joined(separator: " ") + "</span>"
    }

    /// An article title, linked to its URL when the URL is http(s).
    static func linkedTitle(_ article: ArticleSummary) -> String {
        let title = HTMLPage.escape(article.displayTitle)
        guard let url = HTMLPage.safeLink(article.url) else { return title }
        return "<a href=\"\(HTMLPage.escape(url))\" rel=\"noreferrer\">\(title)</a>"
    }

    // MARK: - Index

    static func renderIndex(_ index: ReportIndex) -> String {
        let report = index.report
        let palette = index.palette
        let skipped = report.skippedInputs.count
        let e: (String) -> String = { HTMLPage.escape($0) }
        var b = "<a class=\"skip\" href=\"#main\">Skip to the stories</a>\n"
        b += "<header>\n<h1>StoryMerge report</h1>\n"
        b += "<p class=\"lede\">\(ReportIndex.count(index.entries.count, "story", "stories")) merged from \(ReportIndex.count(report.articles.count, "article")) by \(ReportIndex.count(palette.outlets.count, "outlet")).</p>\n"
        b += "<nav aria-label=\"Sections\"><ul><li><a href=\"#stories\">Stories</a></li><li><a href=\"#coverage\">Coverage</a></li><li><a href=\"#inputs\">Inputs</a></li></ul></nav>\n</header>\n"
        b += "<main id=\"main\">\n"
        b += "<section aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n<ul class=\"summary\">\n"
        b += "<li><strong>\(ReportIndex.count(report.inputs.count, "input"))</strong>: \(report.inputs.count - skipped) read, \(skipped) skipped</li>\n"
        b += "<li><strong>\(ReportIndex.count(report.articles.count, "article"))</strong> from \(ReportIndex.count(palette.outlets.count, "outlet"))</li>\n"
        let sole = index.entries.filter { Set($0.articles.map(\.source)).count == 1 }.count
        b += "<li><strong>\(ReportIndex.count(index.entries.count, "story", "stories"))</strong>, \(sole) carried by one outlet only</li>\n</ul>\n</section>\n"

        b += "<section id=\"stories\" aria-labelledby=\"stories-h\">\n<h2 id=\"stories-h\">Stories</h2>\n"
        if index.entries.isEmpty {
            b += "<p>No stories.</p>\n"
        } else {
            b += "<div class=\"scroll\"><table class=\"stories\">\n<thead><tr><th scope=\"col\">Story</th><th scope=\"col\">Headline</th><th scope=\"col\">Outlets</th><th scope=\"col\">Dates</th><th scope=\"col\" class=\"num\">Articles</th></tr></thead>\n<tbody>\n"
            for entry in index.entries {
                let single = Set(entry.articles.map(\.source)).count == 1
                b += "<tr data-story=\"\(e(entry.id))\"><th scope=\"row\">\(e(entry.id))</th>"
                b += "<td><a href=\"stories/\(e(entry.fileStem)).html\">\(e(entry.headline))</a></td>"
                b += "<td>\(chips(entry.outlets, palette: palette))\(single ? " <span class=\"badge\">only source</span>" : "")</td>"
                b += "<td class=\"dates\">\(e(ReportIndex.dateRange(entry.firstDay, entry.lastDay)))</td>"
                b += "<td class=\"num\">\(entry.articles.count)</td></tr>\n"
            }
            b += "</tbody>\n</table></div>\n"
        }
        b += "</section>\n"

        b += "<section id=\"coverage\" aria-labelledby=\"coverage-h\">\n<h2 id=\"coverage-h\">Coverage</h2>\n"
        if index.entries.isEmpty || palette.outlets.isEmpty {
            b += "<p>Nothing to compare.</p>\n"
        } else {
            b += "<p class=\"meta\">Who covered what: a tag marks an outlet that carried the story; <span class=\"sole-key\">outlined</span> cells are stories only that outlet carried.</p>\n"
            b += "<div class=\"scroll\"><table class=\"matrix\">\n<caption class=\"vh\">Outlets (rows) by stories (columns)</caption>\n<thead><tr><th scope=\"col\">Outlet</th>"
            for entry in index.entries {
                b += "<th scope=\"col\" class=\"mark\"><a href=\"stories/\(e(entry.fileStem)).html\" title=\"\(e(entry.headline))\">\(e(entry.id))</a></th>"
            }
            b += "<th scope=\"col\" class=\"num\">Stories</th><th scope=\"col\" class=\"num\">Only here</th></tr></thead>\n<tbody>\n"
            for outlet in palette.outlets {
                b += "<tr data-outlet=\"\(e(outlet))\"><th scope=\"row\">\(chip(outlet, palette: palette, named: false)) \(e(outlet))</th>"
                var covered = 0
                var only = 0
                for entry in index.entries {
                    let outlets = Set(entry.articles.map(\.source))
                    guard outlets.contains(outlet) else {
                        b += "<td class=\"mark\"><span class=\"vh\">not covered</span></td>"
                        continue
                    }
                    covered += 1
                    if outlets.count == 1 {
                        only += 1
                        b += "<td class=\"mark covered sole\">\(chip(outlet, palette: palette, named: false))<span class=\"vh\"> covered, the only outlet</span></td>"
                    } else {
                        b += "<td class=\"mark covered\">\(chip(outlet, palette: palette, named: false))<span class=\"vh\"> covered</span></td>"
                    }
                }
                b += "<td class=\"num\">\(covered)</td><td class=\"num\">\(only)</td></tr>\n"
            }
            b += "</tbody>\n<tfoot><tr><th scope=\"row\">Outlets</th>"
            for entry in index.entries { b += "<td class=\"mark\">\(Set(entry.articles.map(\.source)).count)</td>" }
            b += "<td></td><td></td></tr></tfoot>\n</table></div>\n"
        }
        b += "</section>\n"

        b += "<section id=\"inputs\" aria-labelledby=\"inputs-h\">\n<h2 id=\"inputs-h\">Inputs</h2>\n"
        if report.inputs.isEmpty {
            b += "<p>No inputs.</p>\n"
        } else {
            b += "<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Input</th><th scope=\"col\">Format</th><th scope=\"col\">Status</th><th scope=\"col\">Details</th></tr></thead>\n<tbody>\n"
            for record in report.inputs {
                b += "<tr data-input=\"\(e(record.path))\" data-status=\"\(record.status.rawValue)\"><th scope=\"row\"><code>\(e(record.path))</code></th>"
                b += "<td>\(e(record.format?.rawValue ?? "—"))</td>"
                b += "<td class=\"status-\(record.status.rawValue)\">\(record.status.rawValue)</td>"
                b += "<td>\(e(ReportIndex.detail(of: record)))</td></tr>\n"
            }
            b += "</tbody>\n</table></div>\n"
        }
        b += "</section>\n</main>\n"
        b += "<footer><p class=\"meta\">Generated by \(e(report.generator)) · schema version \(report.schemaVersion)</p></footer>\n"
        return HTMLPage.document(title: "StoryMerge report", body: b, extraCSS: SourcePalette.css)
    }

    // MARK: - Story

    static func renderStory(_ entry: ReportIndex.Entry, index: ReportIndex) -> String {
        let palette = index.palette
        let e: (String) -> String = { HTMLPage.escape($0) }
        let ordered = entry.articles.sorted(by: MarkdownStoryReport.articleOrder)
        var titles: [String: String] = [:]
        for article in entry.articles { titles[article.id] = article.displayTitle }
        var b = "<a class=\"skip\" href=\"#story-h\">Skip to the story</a>\n"
        b += "<header>\n<nav aria-label=\"Report\"><ul><li><a href=\"../index.html\">← All stories</a></li></ul></nav>\n"
        b += "<h1>\(e(entry.headline))</h1>\n"
        b += "<p class=\"meta\">Story \(e(entry.id)) · \(e(ReportIndex.dateRange(entry.firstDay, entry.lastDay))) · \(ReportIndex.count(entry.articles.count, "article")) from \(ReportIndex.count(entry.outlets.count, "outlet"))"
        if let story = entry.story, !story.sentences.isEmpty {
            let shared = story.sentences.filter { ReportIndex.sources(of: $0).count > 1 }.count
            b += " · \(shared) of \(ReportIndex.count(story.sentences.count, "sentence")) carried by more than one outlet"
        }
        b += "</p>\n<ul class=\"legend\" aria-label=\"Outlets\" data-filter>\n"
        for outlet in entry.outlets {
            b += "<li data-outlet=\"\(e(outlet))\">\(chip(outlet, palette: palette, named: false)) \(e(outlet))</li>\n"
        }
        b += "</ul>\n</header>\n<main>\n<article data-story=\"\(e(entry.id))\">\n"

        if let story = entry.story {
            b += "<section aria-labelledby=\"story-h\">\n<h2 id=\"story-h\" tabindex=\"-1\">Merged story</h2>\n"
            b += "<p class=\"meta hint\">Each sentence ends with the outlets that carry it. Hover over or tab to a tag to read that outlet’s own sentence; “Compare wording” lists every version and where it appears.</p>\n"
            b += "<div class=\"sentences\">\n"
            for (number, sentence) in story.sentences.enumerated() {
                let outlets = ReportIndex.sources(of: sentence)
                let multi = outlets.count > 1
                b += "<div class=\"sentence\(multi ? " multi" : "")\" id=\"s\(number + 1)\" data-sentence=\"\(number)\" data-sources=\"\(e(outlets.joined(separator: "|")))\">"
                b += "<p><span class=\"text\">\(e(sentence.text))</span> <span class=\"chips\">"
                if outlets.isEmpty {
                    b += "<span class=\"chip unknown\" data-source=\"\">?<span class=\"vh\">source unknown</span></span>"
                }
                for (position, outlet) in outlets.enumerated() {
                    let wording = MarkdownStoryReport.distinctVariants(of: sentence).filter { $0.source == outlet }.map(\.text)
                    b += (position > 0 ? " " : "") + chip(outlet, palette: palette, wording: wording.isEmpty ? [sentence.text] : wording, id: "t\(number + 1)-\(position + 1)")
                }
                b += "</span></p>"
                let variants = MarkdownStoryReport.distinctVariants(of: sentence)
                if variants.count > 1 || variants.contains(where: { $0.text.singleLine() != sentence.text.singleLine() }) || sentence.provenance.count > 1 {
                    // One entry per distinct wording, with every source that used it.
                    var groups: [(text: String, spans: [SourceSpan])] = []
                    for span in sentence.provenance {
                        let key = span.text.singleLine()
                        if let at = groups.firstIndex(where: { $0.text.singleLine() == key }) { groups[at].spans.append(span) } else { groups.append((span.text, [span])) }
                    }
                    let sourceCount = ReportIndex.count(sentence.provenance.count, "source")
                    let label = groups.count == 1 ? "Same wording in \(sourceCount)" : "Compare wording (\(groups.count) versions from \(sourceCount))"
                    b += "\n<details\(groups.count == 1 ? " class=\"same\"" : "")><summary>\(label)</summary>\n<ul class=\"variants\">\n"
                    for group in groups {
                        let where_ = group.spans.map { span in
                            "sentence \(span.sentenceIndex + 1) of <code>\(e(span.articleID))</code>" + (titles[span.articleID].map { " · " + e($0) } ?? "")
                        }.joined(separator: "; ")
                        b += "<li data-article=\"\(e(group.spans[0].articleID))\">\(group.spans.map { chip($0.source, palette: palette) }.joined(separator: " ")) \(e(group.text)) "
                        b += "<span class=\"where\">(\(where_))</span></li>\n"
                    }
                    b += "</ul></details>"
                }
                b += "</div>\n"
            }
            b += "</div>\n</section>\n"

            if !story.quotes.isEmpty {
                b += "<section aria-labelledby=\"quotes-h\">\n<h2 id=\"quotes-h\">Quotes</h2>\n"
                for quote in story.quotes {
                    let outlets = quote.sources.isEmpty ? Array(Set(quote.provenance.map(\.source))).sorted() : quote.sources
                    b += "<figure class=\"quote\"><blockquote><p>“\(e(quote.text))”</p></blockquote>"
                    b += "<figcaption>— \(quote.speaker.map { "<cite>\(e($0))</cite>" } ?? "unattributed") \(chips(outlets, palette: palette))</figcaption></figure>\n"
                }
                b += "</section>\n"
            }

            if !story.conflicts.isEmpty {
                b += "<section aria-labelledby=\"conflicts-h\">\n<h2 id=\"conflicts-h\">Conflicts</h2>\n"
                b += "<p class=\"meta\">Numbers, dates and names on which the outlets disagree, side by side.</p>\n"
                for conflict in story.conflicts {
                    b += "<div class=\"conflict\" data-kind=\"\(conflict.kind.rawValue)\"><h3>\(e(conflict.context)) <span class=\"meta\">(\(conflict.kind.rawValue))</span></h3>\n<div class=\"claims\">\n"
                    for claim in conflict.claims {
                        b += "<div class=\"claim\"><p class=\"value\">\(e(claim.value))</p><p>\(chips(claim.sources, palette: palette))</p><ul>\n"
                        for span in claim.provenance {
                            b += "<li>\(chip(span.source, palette: palette)) \(e(span.text))</li>\n"
                        }
                        b += "</ul></div>\n"
                    }
                    b += "</div></div>\n"
                }
                b += "</section>\n"
            }
        } else {
            b += "<p id=\"story-h\" tabindex=\"-1\">Clustering-only run: no merged text.</p>\n"
        }

        b += "<section aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">Timeline</h2>\n<ol class=\"timeline\">\n"
        for article in ordered {
            b += "<li data-article=\"\(e(article.id))\">\(article.date.map { "<time datetime=\"\($0)\">\($0)</time>" } ?? "<time>undated</time>")"
            b += "<span class=\"event\">\(chip(article.source, palette: palette)) \(linkedTitle(article))</span></li>\n"
        }
        b += "</ol>\n</section>\n"

        b += "<section aria-labelledby=\"sources-h\">\n<h2 id=\"sources-h\">Sources</h2>\n<div class=\"scroll\"><table>\n"
        b += "<thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Date</th><th scope=\"col\">Title</th><th scope=\"col\">File</th></tr></thead>\n<tbody>\n"
        for article in ordered {
            b += "<tr data-article=\"\(e(article.id))\"><th scope=\"row\">\(chip(article.source, palette: palette, named: false)) \(e(article.source))</th>"
            b += "<td class=\"dates\">\(article.date.map { "<time datetime=\"\($0)\">\($0)</time>" } ?? "—")</td>"
            b += "<td>\(linkedTitle(article))</td><td><code>\(e(article.id))</code></td></tr>\n"
        }
        b += "</tbody>\n</table></div>\n"
        if !entry.nearDuplicateGroups.isEmpty {
            b += "<p>Near-duplicates (wire copies): "
            b += entry.nearDuplicateGroups.map { $0.map { "<code>\(e($0))</code>" }.joined(separator: " = ") }.joined(separator: "; ")
            b += "</p>\n"
        }
        b += "</section>\n</article>\n</main>\n"
        b += "<footer><p class=\"meta\"><a href=\"../index.html\">← All stories</a> · Generated by \(e(index.report.generator))</p></footer>\n"
        return HTMLPage.document(title: entry.headline, body: b, extraCSS: SourcePalette.css)
    }
}
