import Testing
import StoryModel
@testable import StoryMerge

@Suite struct PackedSummariesTests {
    /// Summaries with every optional field present, absent and empty, non-ASCII text and
    /// boundary dates come back equal and in order.
    @Test func summariesComeBackUnchangedInOrder() {
        var summaries: [ArticleSummary] = []
        for index in 0..<300 {
            summaries.append(ArticleSummary(
                id: "feed.xml#\(index)", file: index % 3 == 0 ? "" : "/data/outlet-\(index % 7)/feed.xml",
                title: index % 4 == 0 ? nil : (index % 4 == 1 ? "" : "Título \(index) — «Zürich» 🚒"),
                source: index % 5 == 0 ? "" : "outlet-\(index % 7)",
                date: index % 6 == 0 ? nil : CalendarDay(year: [1, 1999, 2024, 9999][index % 4], month: 1 + index % 12, day: 1 + index % 28),
                url: index % 2 == 0 ? nil : "https://example.com/\(index)?q=ü",
                sentenceCount: index * 1_001,
                lead: index % 9 == 0 ? nil : String(repeating: "Lead sentence \(index). ", count: 1 + index % 5)))
        }
        // One buffer for all; buffers of a few summaries; buffers smaller than one summary.
        for capacity in [1 << 22, 700, 16] {
            var packed = PackedSummaries(chunkCapacity: capacity)
            #expect(packed.summaries.isEmpty)
            packed.append(contentsOf: summaries.prefix(100))
            for summary in summaries.dropFirst(100) { packed.append(summary) }
            #expect(packed.count == 300)
            #expect(packed.summaries == summaries, "buffers of \(capacity) bytes")
        }
    }
}
