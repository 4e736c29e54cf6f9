package import StoryModel

/// Renders article diffs and coverage diffs.
package enum DiffRenderer {
    /// Renders a two-article diff as text (terminal), Markdown, HTML or JSON.
    package static func render(_ diff: ArticleDiff, as format: ReportFormat) -> String {
        ""
    }

    /// Renders a coverage diff as text (terminal), Markdown, HTML or JSON.
    package static func render(_ diff: CoverageDiff, as format: ReportFormat) -> String {
        ""
    }
}
