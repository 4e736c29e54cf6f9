/// One news article as loaded from an input, before normalization.
///
/// `text` is the cleaned body (markup removed, paragraphs separated by a blank line) and is
/// what provenance ranges point into; it is kept as loaded for display and quoting.
public struct Article: Sendable, Hashable, Codable, Identifiable {
    /// A stable id: the input path, plus `#N` for the N-th item of a feed or JSON Lines file.
    public var id: String
    /// The input file the article came from.
    public var file: String
    /// The 1-based item position inside a multi-article file, `nil` for single-article files.
    public var item: Int?
    /// The format it was read from.
    public var format: InputFormat
    /// The headline, when one was found.
    public var title: String?
    /// The outlet that published it ("AP", "Fox News", "example.com").
    public var source: String
    /// How `source` was found: `metadata`, `feed`, `dateline`, `promo-line`, `url`, `folder`, `file-name`.
    public var sourceRule: String
    /// The publication day, when known.
    public var date: CalendarDay?
    /// The authors, when stated.
    public var authors: [String]
    /// The article's URL, when stated.
    public var url: String?
    /// The body text: paragraphs separated by `"\n\n"`.
    public var text: String

    /// Creates an article.
    public init(
        id: String, file: String, item: Int? = nil, format: InputFormat, title: String?,
        source: String, sourceRule: String, date: CalendarDay?, authors: [String] = [],
        url: String? = nil, text: String
    ) {
        self.id = id
        self.file = file
        self.item = item
        self.format = format
        self.title = title
        self.source = source
        self.sourceRule = sourceRule
        self.date = date
        self.authors = authors
        self.url = url
        self.text = text
    }
}
