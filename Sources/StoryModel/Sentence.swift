/// A sentence of an article: its exact original text and the forms the engine compares.
public struct Sentence: Sendable, Hashable, Codable {
    /// 0-based position among the article's kept sentences.
    public var index: Int
    /// 0-based paragraph of the article's text the sentence is in.
    public var paragraph: Int
    /// Where the sentence sits in `Article.text` (UTF-8 byte offsets).
    public var range: TextRange
    /// The original text, equal to `article.text.slice(range)`.
    public var text: String
    /// The comparison form: Unicode-normalized (NFKC), lowercased, quotes and dashes folded,
    /// whitespace collapsed.
    public var folded: String
    /// Content terms in order: folded, lightly stemmed, stop words removed; numbers kept.
    public var terms: [String]
    /// Proper-name phrases in order, folded (`"sergei lavrov"`, `"white house"`).
    public var names: [String]

    /// Creates a sentence.
    public init(
        index: Int, paragraph: Int, range: TextRange, text: String, folded: String,
        terms: [String], names: [String]
    ) {
        self.index = index
        self.paragraph = paragraph
        self.range = range
        self.text = text
        self.folded = folded
        self.terms = terms
        self.names = names
    }
}
