/// An article with the comparison forms every later stage works on.
public struct NormalizedArticle: Sendable, Hashable, Codable, Identifiable {
    /// The article as loaded.
    public var article: Article
    /// The kept sentences in reading order (boilerplate lines are not among them).
    public var sentences: [Sentence]
    /// Every folded word of the kept body in order, stop words included: the stream that word
    /// shingles are cut from.
    public var words: [String]
    /// Content terms of the headline (same form as `Sentence.terms`).
    public var titleTerms: [String]
    /// Proper-name phrases of the headline (same form as `Sentence.names`).
    public var titleNames: [String]
    /// Days the text mentions ("Thursday", "March 20", "Dec. 15, 2008"), resolved against the
    /// publication date when relative; sorted, unique.
    public var mentionedDays: [CalendarDay]
    /// Lines removed as boilerplate (`CLICK HERE TO GET THE … APP`, share prompts), in order.
    public var droppedLines: [String]

    /// The article's id.
    public var id: String { article.id }

    /// Creates a normalized article.
    public init(
        article: Article, sentences: [Sentence], words: [String], titleTerms: [String],
        titleNames: [String], mentionedDays: [CalendarDay] = [], droppedLines: [String] = []
    ) {
        self.article = article
        self.sentences = sentences
        self.words = words
        self.titleTerms = titleTerms
        self.titleNames = titleNames
        self.mentionedDays = mentionedDays
        self.droppedLines = droppedLines
    }
}
