import StoryModel

/// Hand-built reports, diffs and stories for the renderer tests.
enum ReportFixtures {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    static func span(_ article: ArticleSummary, _ index: Int, _ text: String) -> SourceSpan {
        SourceSpan(articleID: article.id, source: article.source, file: article.file, sentenceIndex: index,
                   range: TextRange(start: index * 100, end: index * 100 + text.utf8.count), text: text)
    }

    static let harbor = ArticleSummary(
        id: "Samples/html/harbor-times-fire.html", file: "Samples/html/harbor-times-fire.html",
        title: "Fire guts Pier 9 warehouse; 12 hurt", source: "Harbor Times", date: day("2026-03-02"),
        url: "https://harbortimes.example/fire", sentenceCount: 3)
    static let wire = ArticleSummary(
        id: "Samples/feeds/metro-wire.rss#2", file: "Samples/feeds/metro-wire.rss",
        title: "Warehouse blaze injures 14", source: "Metro Wire", date: day("2026-03-03"),
        url: "javascript:alert(1)", sentenceCount: 3)
    static let evil = ArticleSummary(
        id: "Samples/text/evil.txt", file: "Samples/text/evil.txt",
        title: "<script>alert(1)</script>", source: "Tom & Jerry's \"Daily\"", date: nil, url: nil, sentenceCount: 1)

    static let fireStory: MergedStory = {
        let s1a = span(harbor, 0, "A fire destroyed a warehouse on Pier 9 early Monday.")
        let s1b = span(wire, 0, "Fire tore through a Pier 9 warehouse before dawn Monday.")
        let s2a = span(harbor, 1, "Twelve people were injured, officials said.")
        let s2b = span(wire, 1, "Fourteen people were hurt, according to the fire department.")
        let s3 = span(harbor, 2, "\"We were lucky,\" Mayor Ana Ortiz said.")
        let s4 = span(wire, 2, "The cause is under investigation.")
        return MergedStory(
            id: "E1", headline: "Fire guts Pier 9 warehouse; 12 hurt", sources: ["Harbor Times", "Metro Wire"],
            articles: [harbor, wire], firstDay: day("2026-03-02"), lastDay: day("2026-03-03"),
            sentences: [
                MergedSentence(text: s1a.text, sources: ["Harbor Times", "Metro Wire"], provenance: [s1a, s1b]),
                MergedSentence(text: s2a.text, sources: ["Harbor Times", "Metro Wire"], provenance: [s2a, s2b]),
                MergedSentence(text: s3.text, sources: ["Harbor Times"], provenance: [s3]),
                MergedSentence(text: s4.text, sources: [], provenance: [s4]),
            ],
            quotes: [Quote(text: "We were lucky", speaker: "Ana Ortiz", sources: ["Harbor Times"], provenance: [s3])],
            conflicts: [Conflict(kind: .number, context: "injured", claims: [
                .init(value: "12", sources: ["Harbor Times"], provenance: [s2a]),
                .init(value: "14", sources: ["Metro Wire"], provenance: [s2b]),
            ])])
    }()

    static let evilStory: MergedStory = {
        let s = span(evil, 0, "Officials said <b>nothing</b> & left | quickly.")
        return MergedStory(
            id: "E2", headline: "<script>alert(1)</script>", sources: [evil.source], articles: [evil],
            firstDay: nil, lastDay: nil,
            sentences: [MergedSentence(text: s.text, sources: [evil.source], provenance: [s])],
            quotes: [Quote(text: "<img src=x onerror=alert(2)>", speaker: "O'Brien", sources: [evil.source], provenance: [s])],
            conflicts: [])
    }()

    static let report = RunReport(
        generator: "storymerge 0.1.0",
        inputs: [
            InputRecord(path: "Samples/html/harbor-times-fire.html", format: .html, status: .clustered, articleIDs: [harbor.id]),
            InputRecord(path: "Samples/feeds/metro-wire.rss", format: .rss, status: .clustered, articleIDs: [wire.id],
                        skippedItems: [SkippedItem(position: 4, reason: SkipReason(.empty, "the item has no text"))]),
            InputRecord(path: "Samples/text/evil.txt", format: .text, status: .clustered, articleIDs: [evil.id]),
            InputRecord(path: "Samples/broken.jsonl", format: .jsonLines, status: .skipped,
                        reason: SkipReason(.malformed, "line 1 is not a JSON object")),
            InputRecord(path: "Samples/logo.png", format: nil, status: .skipped,
                        reason: SkipReason(.binary, "the file is not text (PNG image)")),
        ],
        articles: [wire, harbor, evil],
        clusters: [
            EventCluster(id: "E1", articleIDs: [harbor.id, wire.id], nearDuplicateGroups: [], cohesion: 0.6),
            EventCluster(id: "E2", articleIDs: [evil.id]),
        ],
        stories: [fireStory, evilStory])

    static let articleDiff: ArticleDiff = {
        let story = fireStory
        let a = story.sentences.map(\.provenance)
        return ArticleDiff(
            a: harbor, b: wire, similarity: 0.4567,
            shared: [.init(a: a[0][0], b: a[0][1], similarity: 0.7), .init(a: a[1][0], b: a[1][1], similarity: 0.55)],
            onlyInA: [a[2][0]], onlyInB: [a[3][0]], quotes: story.quotes, conflicts: story.conflicts)
    }()

    static let coverageDiff = CoverageDiff(
        sideA: "Harbor Times", sourcesA: ["Harbor Times"], sideB: "Metro Wire", sourcesB: ["Metro Wire"],
        both: [.init(id: "E1", headline: "Fire guts Pier 9 warehouse; 12 hurt", day: day("2026-03-02"),
                     articlesA: [harbor], articlesB: [wire], sources: ["Harbor Times", "Metro Wire"])],
        onlyA: [.init(id: "E3", headline: "Council approves <budget>", day: day("2026-03-05"),
                      articlesA: [harbor], articlesB: [], sources: ["Harbor Times"])],
        onlyB: [])
}
