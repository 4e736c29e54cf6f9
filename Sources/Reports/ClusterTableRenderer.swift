package import StoryModel

/// Renders a clustering run as a table for a terminal.
package enum ClusterTableRenderer {
    /// Renders the clusters, then the skipped inputs, fitting `width` columns.
    package static func render(_ report: RunReport, width: Int) -> String {
        ""
    }
}
