internal import StoryModel

/// Lookups over a run's report shared by the renderers: one entry per story, articles by id,
/// the outlet palette.
struct ReportIndex: Sendable {
    /// One story (event) as the renderers list it, with or without a merged text.
    struct Entry: Sendable {
        /// The cluster's (and story's) id.
        var id: String
        /// The headline: the merged story's, else the first titled article's.
        var headline: String
        /// The outlets, in the story's order (contribution), else sorted.
        var outlets: [String]
        /// The member articles in cluster order.
        var articles: [ArticleSummary]
        /// The earliest publication day.
        var firstDay: CalendarDay?
        /// The latest publication day.
        var lastDay: CalendarDay?
        /// Groups of near-duplicate article ids.
        var nearDuplicateGroups: [[String]]
        /// The merged story, for a merge run.
        var story: MergedStory?
        /// The relative file name of the story page without extension (`E1`).
        var fileStem: String { MarkdownText.fileName(id) }
    }

    /// The report indexed.
    let report: RunReport
    /// Articles by id.
    let articles: [String: ArticleSummary]
    /// One entry per cluster (then per story without a cluster), in report order.
    let entries: [Entry]
    /// Tags and colours of every outlet in the report.
    let palette: SourcePalette

    /// Indexes a report.
    init(_ report: RunReport) {
        self.report = report
        var articles: [String: ArticleSummary] = [:]
        for article in report.articles { articles[article.id] = article }
        for story in report.stories {
            for article in story.articles where articles[article.id] == nil { articles[article.id] = article }
        }
        self.articles = articles
        var stories: [String: MergedStory] = [:]
        for story in report.stories { stories[story.id] = story }
        var entries: [Entry] = []
        var seen: Set<String> = []
        for cluster in report.clusters {
            seen.insert(cluster.id)
            let story = stories[cluster.id]
            let members = story?.articles ?? cluster.articleIDs.map {
                articles[$0] ?? ArticleSummary(id: $0, file: $0, title: nil, source: "unknown", date: nil, url: nil, sentenceCount: 0)
            }
            entries.append(ReportIndex.entry(id: cluster.id, members: members, groups: cluster.nearDuplicateGroups, story: story))
        }
        for story in report.stories where !seen.contains(story.id) {
            entries.append(ReportIndex.entry(id: story.id, members: story.articles, groups: [], story: story))
        }
        self.entries = entries
        var outlets = Set(report.articles.map(\.source))
        for story in report.stories {
            outlets.formUnion(story.sources)
            for sentence in story.sentences { outlets.formUnion(sentence.sources) }
        }
        self.palette = SourcePalette(outlets: outlets)
    }

    private static func entry(id: String, members: [ArticleSummary], groups: [[String]], story: MergedStory?) -> Entry {
        let days = members.compactMap(\.date).sorted()
        let headline = story?.headline ?? members.lazy.compactMap(\.title).first ?? members.first?.displayTitle ?? "(untitled)"
        let outlets = story.map { $0.sources.isEmpty ? Array(Set(members.map(\.source))).sorted() : $0.sources }
            ?? Array(Set(members.map(\.source))).sorted()
        return Entry(
            id: id, headline: headline, outlets: outlets, articles: members,
            firstDay: story?.firstDay ?? days.first, lastDay: story?.lastDay ?? days.last,
            nearDuplicateGroups: groups, story: story)
    }

    /// `2026-03-02`, `2026-03-02 – 2026-03-04`, or `undated`.
    static func dateRange(_ first: CalendarDay?, _ last: CalendarDay?) -> String {
        guard let first else { return last.map(\.description) ?? "undated" }
        guard let last, last != first else { return first.description }
        return "\(first) – \(last)"
    }

    /// The outlets a sentence is credited to: its sources, else its provenance's.
    static func sources(of sentence: MergedSentence) -> [String] {
        if !sentence.sources.isEmpty { return sentence.sources }
        return Array(Set(sentence.provenance.map(\.source))).sorted()
    }

    /// "1 article", "3 articles".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }

    /// What a record says in an inputs list: its articles, or why it was skipped.
    static func detail(of record: InputRecord) -> String {
        var parts: [String] = []
        if record.status == .skipped {
            parts.append(record.reason.map(\.description) ?? "skipped")
        } else {
            parts.append(count(record.articleIDs.count, "article"))
            if let reason = record.reason { parts.append(reason.description) }
        }
        for item in record.skippedItems {
            parts.append("item \(item.position) skipped (\(item.reason.description))")
        }
        return parts.joined(separator: "; ")
    }
}
