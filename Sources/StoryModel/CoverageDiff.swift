/// Which stories two outlets (or two groups of outlets) covered across a set of articles.
public struct CoverageDiff: Sendable, Hashable, Codable {
    /// A story (event cluster) and which side covered it.
    public struct Story: Sendable, Hashable, Codable, Identifiable {
        /// The event cluster's id.
        public var id: String
        /// A headline for the story.
        public var headline: String
        /// The earliest publication day, when known.
        public var day: CalendarDay?
        /// Side A's articles in the story.
        public var articlesA: [ArticleSummary]
        /// Side B's articles in the story.
        public var articlesB: [ArticleSummary]
        /// All outlets in the story, sorted.
        public var sources: [String]

        /// Creates a story entry.
        public init(id: String, headline: String, day: CalendarDay?, articlesA: [ArticleSummary], articlesB: [ArticleSummary], sources: [String]) {
            self.id = id
            self.headline = headline
            self.day = day
            self.articlesA = articlesA
            self.articlesB = articlesB
            self.sources = sources
        }
    }

    /// Side A's name (an outlet, or a group name).
    public var sideA: String
    /// The outlets that count as side A.
    public var sourcesA: [String]
    /// Side B's name.
    public var sideB: String
    /// The outlets that count as side B.
    public var sourcesB: [String]
    /// Stories both sides covered.
    public var both: [Story]
    /// Stories only side A covered.
    public var onlyA: [Story]
    /// Stories only side B covered.
    public var onlyB: [Story]

    /// Creates a coverage diff.
    public init(sideA: String, sourcesA: [String], sideB: String, sourcesB: [String], both: [Story], onlyA: [Story], onlyB: [Story]) {
        self.sideA = sideA
        self.sourcesA = sourcesA
        self.sideB = sideB
        self.sourcesB = sourcesB
        self.both = both
        self.onlyA = onlyA
        self.onlyB = onlyB
    }
}
