import StoryModel
import Testing
@testable import Reports

@Suite struct ClusterTableRendererTests {
    @Test(arguments: [20, 40, 60, 80, 120, 200])
    func neverExceedsWidth(width: Int) {
        var report = ReportFixtures.report
        report.clusters[0].nearDuplicateGroups = [[ReportFixtures.harbor.id, ReportFixtures.wire.id]]
        report.stories[0].headline = "A very long headline about a fire that destroyed the Pier 9 warehouse and hurt a dozen people, with 東京 wide characters"
        let text = ClusterTableRenderer.render(report, width: width)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(TerminalText.width(line) <= width, "\(TerminalText.width(line)) > \(width): \(line)")
        }
        #expect(text.hasSuffix("5 inputs: 3 clustered into 2 events (3 articles), 2 skipped\n") || width < 60)
    }

    @Test func listsClustersDuplicatesSkippedAndSummary() {
        var report = ReportFixtures.report
        report.clusters[0].nearDuplicateGroups = [[ReportFixtures.harbor.id, ReportFixtures.wire.id]]
        let text = ClusterTableRenderer.render(report, width: 200)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("ID  ART  OUTLETS"))
        #expect(lines[2].hasPrefix("E1    2  Harbor Times, Metro Wire  2026-03-02–03-03  Fire guts Pier 9 warehouse; 12 hurt"))
        #expect(lines[3].hasPrefix("E2    1  Tom & Jerry's \"Daily\""))
        #expect(lines.contains("Near-duplicate groups (1)"))
        #expect(lines.contains("  E1: Samples/html/harbor-times-fire.html = Samples/feeds/metro-wire.rss#2"))
        #expect(lines.contains("Skipped (3)"))
        #expect(lines.contains("  Samples/broken.jsonl — malformed: line 1 is not a JSON object"))
        #expect(lines.contains("  Samples/feeds/metro-wire.rss#4 — empty: the item has no text"))
        #expect(lines.last == "5 inputs: 3 clustered into 2 events (3 articles), 2 skipped")
    }

    @Test func truncatesHeadlineWithEllipsis() {
        let text = ClusterTableRenderer.render(ReportFixtures.report, width: 60)
        let row = text.split(separator: "\n").first { $0.hasPrefix("E1") }!
        #expect(row.hasSuffix("…"))
        #expect(TerminalText.width(row) <= 60)
    }

    @Test func singularSummary() {
        let report = RunReport(
            generator: "t", inputs: [InputRecord(path: "a.txt", format: .text, status: .clustered, articleIDs: ["a.txt"])],
            articles: [ArticleSummary(id: "a.txt", file: "a.txt", title: "T", source: "S", date: nil, url: nil, sentenceCount: 1)],
            clusters: [EventCluster(id: "E1", articleIDs: ["a.txt"])])
        #expect(ClusterTableRenderer.render(report, width: 80).hasSuffix("1 input: 1 clustered into 1 event (1 article), 0 skipped\n"))
    }
}
