package import StoryModel

/// Renders a merge run (stories, clusters, inputs) as a set of files.
package enum StoryReportRenderer {
    /// Renders a report.
    ///
    /// - Parameters:
    ///   - report: the run's report, with stories.
    ///   - format: `.markdown`, `.html` or `.json` (`.text` renders Markdown).
    /// - Returns: the files to write below the output folder.
    package static func render(_ report: RunReport, as format: ReportFormat) -> [RenderedFile] {
        []
    }
}
