package import StoryModel

/// Renders article diffs and coverage diffs.
package enum DiffRenderer {
    /// Renders a two-article diff as text (terminal), Markdown, HTML or JSON.
    ///
    /// Text has the sections "Shared facts (N)", "Only in A: <outlet> (N)", "Only in B: …",
    /// "Quotes" and "Conflicts", sentences wrapped at 100 columns and numbered `A3`/`B5`
    /// (1-based). HTML is one self-contained page with side-by-side columns.
    package static func render(_ diff: ArticleDiff, as format: ReportFormat) -> String {
        switch format {
        case .text: ArticleDiffReport.text(diff)
        case .markdown: ArticleDiffReport.markdown(diff)
        case .html: ArticleDiffReport.html(diff)
        case .json: JSONOutput.encode(diff)
        }
    }

    /// Renders a coverage diff as text (terminal), Markdown, HTML or JSON.
    ///
    /// Lists the stories both sides covered, then those only A covered, then those only B
    /// covered, each with its headline, first day and article counts per side.
    package static func render(_ diff: CoverageDiff, as format: ReportFormat) -> String {
        switch format {
        case .text: CoverageDiffReport.text(diff)
        case .markdown: CoverageDiffReport.markdown(diff)
        case .html: CoverageDiffReport.html(diff)
        case .json: JSONOutput.encode(diff)
        }
    }
}
