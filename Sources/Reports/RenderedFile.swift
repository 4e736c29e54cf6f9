/// A file a renderer produced, relative to the output folder.
package struct RenderedFile: Sendable, Hashable {
    /// The path below the output folder (`index.md`, `stories/E1.html`).
    package var path: String
    /// The file's text (UTF-8).
    package var contents: String

    /// Creates a rendered file.
    package init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// The formats reports are written in.
package enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// Markdown that reads well in a terminal and on a code host.
    case markdown
    /// Self-contained HTML (inline CSS, no network).
    case html
    /// JSON with a `schemaVersion`.
    case json
    /// Plain text for a terminal (cluster tables, diffs).
    case text
}
