import StoryModel
import Testing
@testable import Reports

/// The hand-written run-report JSON is byte for byte the encoder's.
@Suite struct JSONOutputTests {
    /// Encodes the report it wraps through `JSONEncoder` (the generic `JSONOutput.encode`).
    struct ThroughEncoder: Encodable {
        let report: RunReport
        func encode(to encoder: any Encoder) throws { try report.encode(to: encoder) }
    }

    static let awkward = "quote \" backslash \\ slash / tab \t newline \n bell \u{07} DEL \u{7F} é 東京 🚀 \u{2028}"

    static var reports: [RunReport] {
        let full = RunReport(
            generator: "storymerge test",
            inputs: [
                InputRecord(path: "a/one.txt", format: .text, status: .clustered, articleIDs: ["a/one.txt"]),
                InputRecord(path: "a/feed.xml", format: .rss, status: .clustered, articleIDs: ["a/feed.xml#1", "a/feed.xml#2"],
                            skippedItems: [SkippedItem(position: 3, reason: SkipReason(.tooShort, "only 4 words")),
                                           SkippedItem(position: 4, reason: SkipReason(.malformed, Self.awkward))]),
                InputRecord(path: "b/" + Self.awkward, format: nil, status: .skipped,
                            reason: SkipReason(.duplicate, "same bytes as a/one.txt")),
            ],
            articles: [
                ArticleSummary(id: "a/one.txt", file: "a/one.txt", title: Self.awkward, source: "AP",
                               date: CalendarDay(year: 2021, month: 4, day: 1), url: "https://example.com/a?b=1&c=/d",
                               sentenceCount: 12, lead: "Lead \"quoted\"."),
                ArticleSummary(id: "a/feed.xml#1", file: "a/feed.xml", title: nil, source: "", date: nil, url: nil,
                               sentenceCount: 0, lead: nil),
                ArticleSummary(id: "a/feed.xml#2", file: "a/feed.xml", title: "", source: "Fox News", date: nil, url: "",
                               sentenceCount: 3, lead: ""),
            ],
            clusters: [
                EventCluster(id: "E1", articleIDs: ["a/one.txt", "a/feed.xml#1"], nearDuplicateGroups: [["a/one.txt", "a/feed.xml#1"]], cohesion: 0.315),
                EventCluster(id: "E2", articleIDs: ["a/feed.xml#2"], nearDuplicateGroups: [], cohesion: 1),
                EventCluster(id: "E3", articleIDs: [], nearDuplicateGroups: [[]], cohesion: 0),
                EventCluster(id: "E4", articleIDs: ["x"], nearDuplicateGroups: [], cohesion: 0.1),
            ])
        let empty = RunReport(generator: "", inputs: [], articles: [], clusters: [])
        return [full, empty]
    }

    @Test(arguments: reports)
    func handWrittenReportEqualsTheEncoders(report: RunReport) {
        let expected = JSONOutput.encode(ThroughEncoder(report: report))
        #expect(expected.contains("schemaVersion"))
        #expect(JSONOutput.encode(report) == expected)
    }

    @Test func writerClosesEmptyContainersWithABlankLine() {
        var json = PrettyJSONWriter()
        json.beginObject()
        json.key("list"); json.strings([])
        json.key("nested")
        json.beginArray()
        json.beginObject()
        json.endObject()
        json.endArray()
        json.endObject()
        #expect(String(decoding: json.bytes, as: UTF8.self) == "{\n  \"list\" : [\n\n  ],\n  \"nested\" : [\n    {\n\n    }\n  ]\n}")
    }
}
