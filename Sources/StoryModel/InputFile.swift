/// The formats StoryMerge reads.
public enum InputFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain UTF-8 text: optional `date YYYY-MM-DD` header, optional headline line, body.
    case text
    /// An HTML page; the main article is extracted and boilerplate removed.
    case html
    /// An RSS 2.0 (or RSS 1.0/RDF) feed; each item is an article.
    case rss
    /// An Atom feed; each entry is an article.
    case atom
    /// JSON Lines: one JSON object per line with `title`, `text`, `source`, `date`, `url`.
    case jsonLines = "jsonl"
}

/// A file found by discovery, with the format it will be loaded as.
public struct InputFile: Sendable, Hashable, Codable {
    /// The path as the user gave it or as found below a folder the user gave.
    public var path: String
    /// The format chosen from the extension, or from the content when the extension says nothing.
    public var format: InputFormat
    /// The sub-folder the file was found in, relative to the folder the user named (`nil` at top level).
    ///
    /// Used as a hint for the outlet: `corpus/reuters/123.txt` was likely published by Reuters.
    public var folderHint: String?

    /// Creates an input file description.
    public init(path: String, format: InputFormat, folderHint: String? = nil) {
        self.path = path
        self.format = format
        self.folderHint = folderHint
    }
}
