public import StoryModel

/// The articles read from a set of inputs, normalized, with every input's fate.
public struct Corpus: Sendable, Hashable {
    /// The articles, sorted by id.
    public var articles: [NormalizedArticle]
    /// One record per input path, sorted by path: clustered, or skipped with its reason.
    public var inputs: [InputRecord]

    /// Creates a corpus.
    public init(articles: [NormalizedArticle], inputs: [InputRecord]) {
        self.articles = articles
        self.inputs = inputs
    }

    /// The article with an id, when there is one.
    public func article(id: String) -> NormalizedArticle? {
        articles.first { $0.id == id }
    }

    /// The inputs that were skipped.
    public var skippedInputs: [InputRecord] { inputs.filter { $0.status == .skipped } }
}
