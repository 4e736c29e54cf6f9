import Foundation
import Testing
import StoryModel

@Suite struct TextRangeTests {
    @Test func slicesCountUTF8Bytes() {
        let text = "Russia’s top diplomat — “bottomed out”."
        let start = text.utf8.count - "“bottomed out”.".utf8.count
        #expect(text.slice(TextRange(start: start, end: text.utf8.count)) == "“bottomed out”.")
        #expect(text.slice(TextRange(start: 0, end: 6)) == "Russia")
    }

    @Test func slicesAreClampedToTheText() {
        #expect("abc".slice(TextRange(start: 2, end: 99)) == "c")
        #expect("abc".slice(TextRange(start: 7, end: 9)) == "")
    }

    @Test func reportJSONRoundTrips() throws {
        let day = CalendarDay(year: 2021, month: 4, day: 1)
        let report = RunReport(
            generator: "storymerge test",
            inputs: [InputRecord(path: "a.txt", format: .text, status: .clustered, articleIDs: ["a.txt"]),
                     InputRecord(path: "b.bin", format: nil, status: .skipped, reason: SkipReason(.binary, "binary"))],
            articles: [ArticleSummary(id: "a.txt", file: "a.txt", title: "T", source: "AP", date: day, url: nil, sentenceCount: 3)],
            clusters: [EventCluster(id: "E1", articleIDs: ["a.txt"])])
        let data = try JSONEncoder().encode(report)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"2021-04-01\""))
        #expect(json.contains("\"schemaVersion\":1"))
        #expect(try JSONDecoder().decode(RunReport.self, from: data) == report)
        #expect(report.skippedInputs.map(\.path) == ["b.bin"])
    }
}
