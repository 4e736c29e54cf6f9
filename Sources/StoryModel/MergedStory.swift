/// The consolidated story of one event: every fact once, each with the outlets that carry it.
public struct MergedStory: Sendable, Hashable, Codable, Identifiable {
    /// The event cluster's id.
    public var id: String
    /// The headline: the title of the most central article.
    public var headline: String
    /// The outlets in the cluster, sorted by how many sentences they contribute, then by name.
    public var sources: [String]
    /// The articles merged, in the cluster's order.
    public var articles: [ArticleSummary]
    /// The earliest and latest publication days, when known.
    public var firstDay: CalendarDay?
    /// The latest publication day, when known.
    public var lastDay: CalendarDay?
    /// The merged text in reading order.
    public var sentences: [MergedSentence]
    /// Direct quotes with speakers and the outlets that carry them.
    public var quotes: [Quote]
    /// Numbers, dates and names that differ between outlets.
    public var conflicts: [Conflict]

    /// Creates a merged story.
    public init(
        id: String, headline: String, sources: [String], articles: [ArticleSummary],
        firstDay: CalendarDay?, lastDay: CalendarDay?, sentences: [MergedSentence],
        quotes: [Quote], conflicts: [Conflict]
    ) {
        self.id = id
        self.headline = headline
        self.sources = sources
        self.articles = articles
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.sentences = sentences
        self.quotes = quotes
        self.conflicts = conflicts
    }
}

/// A short description of an article for reports.
public struct ArticleSummary: Sendable, Hashable, Codable, Identifiable {
    /// The article's id.
    public var id: String
    /// The input file.
    public var file: String
    /// The headline, when known.
    public var title: String?
    /// The outlet.
    public var source: String
    /// The publication day, when known.
    public var date: CalendarDay?
    /// The URL, when known.
    public var url: String?
    /// The number of kept sentences.
    public var sentenceCount: Int
    /// The first kept sentence without its dateline, shown where the article has no title.
    public var lead: String?

    /// The title, else the lead (shortened to about 120 characters), else `(untitled)`.
    public var displayTitle: String {
        if let title, !title.isEmpty { return title }
        guard let lead, !lead.isEmpty else { return "(untitled)" }
        guard lead.count > 120 else { return lead }
        let cut = lead.prefix(120)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }

    /// Creates a summary.
    public init(id: String, file: String, title: String?, source: String, date: CalendarDay?, url: String?, sentenceCount: Int, lead: String? = nil) {
        self.lead = lead
        self.id = id
        self.file = file
        self.title = title
        self.source = source
        self.date = date
        self.url = url
        self.sentenceCount = sentenceCount
    }

    /// Summarizes a normalized article.
    public init(_ article: NormalizedArticle) {
        self.init(
            id: article.article.id, file: article.article.file, title: article.article.title,
            source: article.article.source, date: article.article.date, url: article.article.url,
            sentenceCount: article.sentences.count,
            lead: article.sentences.first.map { Dateline.removing(from: $0.text) })
    }
}

/// One sentence of a merged story and every source sentence fused into it.
public struct MergedSentence: Sendable, Hashable, Codable {
    /// The text shown: one of the source sentences, verbatim (from the most central article).
    public var text: String
    /// The outlets carrying it, sorted, unique.
    public var sources: [String]
    /// Every source sentence fused here; the first is the one `text` was taken from.
    public var provenance: [SourceSpan]

    /// Creates a merged sentence.
    public init(text: String, sources: [String], provenance: [SourceSpan]) {
        self.text = text
        self.sources = sources
        self.provenance = provenance
    }
}
