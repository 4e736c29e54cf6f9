/// How two articles' coverage compares: facts both carry, facts only one carries, conflicts.
public struct ArticleDiff: Sendable, Hashable, Codable {
    /// A pair of sentences, one from each article, that say the same thing.
    public struct SharedFact: Sendable, Hashable, Codable {
        /// The first article's sentence.
        public var a: SourceSpan
        /// The second article's sentence.
        public var b: SourceSpan
        /// Their similarity, 0 to 1.
        public var similarity: Double

        /// Creates a shared fact.
        public init(a: SourceSpan, b: SourceSpan, similarity: Double) {
            self.a = a
            self.b = b
            self.similarity = similarity
        }
    }

    /// The first article.
    public var a: ArticleSummary
    /// The second article.
    public var b: ArticleSummary
    /// The articles' overall similarity (the clusterer's score), 0 to 1.
    public var similarity: Double
    /// Facts both articles carry, in A's order.
    public var shared: [SharedFact]
    /// A's sentences that B does not carry.
    public var onlyInA: [SourceSpan]
    /// B's sentences that A does not carry.
    public var onlyInB: [SourceSpan]
    /// Quotes both carry, and those only one carries, are in `quotes`.
    public var quotes: [Quote]
    /// Values that differ between shared facts.
    public var conflicts: [Conflict]

    /// Creates a diff.
    public init(
        a: ArticleSummary, b: ArticleSummary, similarity: Double, shared: [SharedFact],
        onlyInA: [SourceSpan], onlyInB: [SourceSpan], quotes: [Quote], conflicts: [Conflict]
    ) {
        self.a = a
        self.b = b
        self.similarity = similarity
        self.shared = shared
        self.onlyInA = onlyInA
        self.onlyInB = onlyInB
        self.quotes = quotes
        self.conflicts = conflicts
    }
}
