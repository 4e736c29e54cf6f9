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
                            reason: SkipReason(.duplicate, "same bytes as a/one.txt"), duplicateOf: "a/one.txt"),
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

    @Test(arguments: reports)
    func reportWrittenInPiecesIsTheWholeTextInOrder(report: RunReport) {
        let whole = JSONOutput.encode(ThroughEncoder(report: report))
        for chunkSize in [1, 64, 1 << 20] {
            var pieces: [[UInt8]] = []
            JSONOutput.write(report, chunkSize: chunkSize) { pieces.append(Array($0)) }
            #expect(String(decoding: pieces.joined(), as: UTF8.self) == whole)
            #expect(!pieces.contains { $0.isEmpty })
            // Small pieces stream the report as it is written; a large size writes it in one go.
            if chunkSize == 1 << 20 { #expect(pieces.count == 1) }
            if chunkSize == 64, !report.articles.isEmpty { #expect(pieces.count > 3) }
        }
    }

    @Test func flushHandsOverPendingBytesOnceTheyReachTheThreshold() {
        var json = PrettyJSONWriter()
        var received: [UInt8] = []
        json.beginArray()
        json.string("abc")
        json.flush(to: { received.append(contentsOf: $0) }, atLeast: 100)
        #expect(received.isEmpty)
        json.flush(to: { received.append(contentsOf: $0) })
        #expect(String(decoding: received, as: UTF8.self) == "[\n  \"abc\"")
        #expect(json.bytes.isEmpty)
        json.string("d")
        json.endArray()
        json.flush(to: { received.append(contentsOf: $0) })
        #expect(String(decoding: received, as: UTF8.self) == "[\n  \"abc\",\n  \"d\"\n]")
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
