/// Where a piece of merged text came from: one sentence of one article.
public struct SourceSpan: Sendable, Hashable, Codable {
    /// The article's id.
    public var articleID: String
    /// The outlet that published it.
    public var source: String
    /// The input file.
    public var file: String
    /// The sentence's 0-based index among the article's kept sentences.
    public var sentenceIndex: Int
    /// The sentence's UTF-8 byte range in the article's cleaned text.
    public var range: TextRange
    /// The sentence as that article wrote it.
    public var text: String

    /// Creates a span.
    public init(articleID: String, source: String, file: String, sentenceIndex: Int, range: TextRange, text: String) {
        self.articleID = articleID
        self.source = source
        self.file = file
        self.sentenceIndex = sentenceIndex
        self.range = range
        self.text = text
    }
}
