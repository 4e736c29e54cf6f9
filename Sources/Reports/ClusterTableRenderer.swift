package import StoryModel

/// Renders a clustering run as a table for a terminal.
package enum ClusterTableRenderer {
    /// Renders the clusters, then near-duplicate groups, then the skipped inputs, then a
    /// one-line summary, fitting `width` columns.
    ///
    /// Headlines and outlet lists are truncated with `…`; skip reasons are wrapped. No line is
    /// wider than `width` display columns (East Asian wide characters count two).
    ///
    /// - Parameters:
    ///   - report: the run's report.
    ///   - width: the terminal's width in columns (at least 1).
    /// - Returns: the text, ending in a newline.
    package static func render(_ report: RunReport, width: Int) -> String {
        let limit = max(1, width)
        let index = ReportIndex(report)
        var lines: [String] = []
        if index.entries.isEmpty {
            lines.append(TerminalText.truncate("No events.", to: limit))
        } else {
            var table = TextTable(columns: [
                .init(header: "ID", minimumWidth: 2),
                .init(header: "ART", alignRight: true, minimumWidth: 3),
                .init(header: "OUTLETS", minimumWidth: 6, maximumWidth: 32, comfortableWidth: 12),
                .init(header: "DATES", minimumWidth: 10, comfortableWidth: 21),
                .init(header: "HEADLINE", minimumWidth: 8, comfortableWidth: 36),
            ])
            for entry in index.entries {
                table.rows.append([
                    entry.id, String(entry.articles.count), entry.outlets.joined(separator: ", "),
                    compactRange(entry.firstDay, entry.lastDay), entry.headline,
                ])
            }
            lines += table.render(width: limit)
        }

        let groups = index.entries.flatMap { entry in entry.nearDuplicateGroups.map { (entry.id, $0) } }
        if !groups.isEmpty {
            lines.append("")
            lines.append(TerminalText.truncate("Near-duplicate groups (\(groups.count))", to: limit))
            for (id, group) in groups {
                lines += TerminalText.wrap("\(id): " + group.joined(separator: " = "), width: limit, firstIndent: "  ", indent: "      ")
            }
        }

        var skipped: [(String, String)] = report.skippedInputs.map { ($0.path, $0.reason?.description ?? "skipped") }
        for record in report.inputs {
            for item in record.skippedItems { skipped.append(("\(record.path)#\(item.position)", item.reason.description)) }
        }
        if !skipped.isEmpty {
            lines.append("")
            lines.append(TerminalText.truncate("Skipped (\(skipped.count))", to: limit))
            for (path, reason) in skipped {
                lines += TerminalText.wrap("\(path) — \(reason)", width: limit, firstIndent: "  ", indent: "      ")
            }
        }

        lines.append("")
        lines += TerminalText.wrap(summary(report), width: limit)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2026-03-02`, `2026-03-02–03-04` within a year, `2025-12-30–2026-01-02` across years.
    static func compactRange(_ first: CalendarDay?, _ last: CalendarDay?) -> String {
        guard let first, let last, first != last else { return ReportIndex.dateRange(first, last) }
        if first.year == last.year { return "\(first)–\(String(last.description.dropFirst(5)))" }
        return "\(first)–\(last)"
    }

    /// `12 inputs: 10 clustered into 4 events, 2 skipped`.
    package static func summary(_ report: RunReport) -> String {
        let skipped = report.skippedInputs.count
        let clustered = report.inputs.count - skipped
        return "\(ReportIndex.count(report.inputs.count, "input")): \(clustered) clustered into "
            + "\(ReportIndex.count(report.clusters.count, "event")) (\(ReportIndex.count(report.articles.count, "article"))), \(skipped) skipped"
    }
}
