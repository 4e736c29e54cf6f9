internal import Reports

/// The formats StoryMerge writes.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// Plain text for a terminal.
    case text
    /// Markdown: readable in a terminal and on a code host.
    case markdown
    /// Self-contained HTML: inline CSS, no network.
    case html
    /// JSON with a `schemaVersion`.
    case json

    var reportFormat: ReportFormat {
        switch self {
        case .text: .text
        case .markdown: .markdown
        case .html: .html
        case .json: .json
        }
    }
}
