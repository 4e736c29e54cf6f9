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
        expectPackedRoundTrip(
            summaries, capacities: [1 << 22, 700, 16], firstAtOnce: 100, make: { PackedSummaries(chunkCapacity: $0) },
            appendAll: { $0.append(contentsOf: $1) }, append: { $0.append($1) }, count: \.count, read: \.summaries)
    }
}
