package import StoryModel

/// Renders a merge run (stories, clusters, inputs) as a set of files.
package enum StoryReportRenderer {
    /// Renders a report.
    ///
    /// Markdown gives `index.md` and `stories/<id>.md`; HTML gives `index.html` and
    /// `stories/<id>.html` (self-contained pages); JSON gives `stories.json`. Output depends only
    /// on the report: the same report renders byte-identical files.
    ///
    /// - Parameters:
    ///   - report: the run's report, with stories.
    ///   - format: `.markdown`, `.html` or `.json` (`.text` renders Markdown).
    /// - Returns: the files to write below the output folder, index first.
    package static func render(_ report: RunReport, as format: ReportFormat) -> [RenderedFile] {
        switch format {
        case .markdown, .text: MarkdownStoryReport.render(report)
        case .html: HTMLStoryReport.render(report)
        case .json: [RenderedFile(path: "stories.json", contents: JSONOutput.encode(report))]
        }
    }
}
