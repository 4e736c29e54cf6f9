import Testing
import StoryModel
@testable import StoryMerge

@Suite struct PackedInputRecordsTests {
    /// One-article files (packed) and every other kind of record (kept whole) come back equal
    /// and in order.
    @Test func recordsComeBackUnchangedInOrder() {
        var records: [InputRecord] = []
        for index in 0..<200 {
            let path = "/data/ünïcode-\(index % 9)/file \(index).\(["txt", "html", "rss"][index % 3])"
            switch index % 7 {
            case 0:  // a feed: several articles
                records.append(InputRecord(path: path, format: .rss, status: .clustered, articleIDs: ["\(path)#1", "\(path)#2"]))
            case 1:  // skipped, with a reason
                records.append(InputRecord(path: path, format: nil, status: .skipped, reason: SkipReason(.tooShort, "only 3 words")))
            case 2:  // one article whose id is not the path
                records.append(InputRecord(path: path, format: .jsonLines, status: .clustered, articleIDs: ["\(path)#7"]))
            case 3:  // a partial read
                records.append(InputRecord(
                    path: path, format: .atom, status: .clustered, articleIDs: [path],
                    skippedItems: [SkippedItem(position: 2, reason: SkipReason(.tooShort, "empty item"))]))
            default:  // the common case: one article under the file's path
                records.append(InputRecord(
                    path: path, format: InputFormat.allCases[index % InputFormat.allCases.count], status: .clustered,
                    articleIDs: [path]))
            }
        }
        expectPackedRoundTrip(
            records, capacities: [1 << 22, 100, 8], firstAtOnce: 50, make: { PackedInputRecords(chunkCapacity: $0) },
            appendAll: { $0.append(contentsOf: $1) }, append: { $0.append($1) }, count: \.count, read: \.records)
    }
}
