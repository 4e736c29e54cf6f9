internal import StoryModel

/// Article summaries held compactly while a large run clusters: the strings of every summary
/// in a few large UTF-8 buffers (see `TextChunks`), and a small fixed record per summary.
///
/// A summary's six strings (id, file, title, source, URL, lead) are each a heap allocation with
/// its own header; a million summaries held through clustering cost half a gigabyte that way,
/// about twice their text. Packed, they cost their text plus 48 bytes each, and come back
/// unchanged (`summaries`) once clustering is done. A file that is the article's id (a
/// one-article file) is not stored twice.
struct PackedSummaries: Sendable {
    /// One summary's place in `text` and its scalar fields.
    private struct Record: Sendable {
        /// Where the summary's strings start in `text`.
        var location: TextChunks.Location
        /// The UTF-8 lengths of id, file (0 when it is the id), title, source, URL and lead.
        var lengths: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
        /// Which optional strings are present: bit 0 title, bit 1 URL, bit 2 lead; bit 3 marks
        /// a file that is the id (a one-article file's id is its path).
        var flags: UInt8
        /// The publication day's month (0 when there is no date) and day of the month.
        var month: UInt8, day: UInt8
        /// The publication day's year.
        var year: Int16
        /// The number of kept sentences.
        var sentenceCount: Int32
    }

    /// Every summary's strings, one after another.
    private var text: TextChunks
    /// One record per summary, in the order they were appended.
    private var records: [Record] = []

    /// Creates an empty store whose text buffers hold `chunkCapacity` bytes each.
    init(chunkCapacity: Int = 1 << 22) {
        text = TextChunks(capacity: chunkCapacity)
    }

    /// How many summaries are held.
    var count: Int { records.count }

    /// Adds a summary at the end.
    mutating func append(_ summary: ArticleSummary) {
        let fileIsID = summary.file == summary.id
        let (location, lengths) = text.append([
            summary.id, fileIsID ? nil : summary.file, summary.title, summary.source, summary.url, summary.lead,
        ])
        let flags = (summary.title == nil ? 0 : 1) | (summary.url == nil ? 0 : 2) | (summary.lead == nil ? 0 : 4)
            | (fileIsID ? 8 : 0)
        let date = summary.date
        records.append(Record(
            location: location, lengths: (lengths[0], lengths[1], lengths[2], lengths[3], lengths[4], lengths[5]),
            flags: UInt8(flags), month: UInt8(date?.month ?? 0), day: UInt8(date?.day ?? 0),
            year: Int16(date?.year ?? 0), sentenceCount: Int32(clamping: summary.sentenceCount)))
    }

    /// Adds summaries at the end, in order.
    mutating func append(contentsOf summaries: some Sequence<ArticleSummary>) {
        for summary in summaries { append(summary) }
    }

    /// The summaries, in the order they were appended, equal to the ones appended.
    var summaries: [ArticleSummary] {
        records.map { record in
            let lengths = record.lengths
            let strings = text.strings(
                at: record.location, lengths: [lengths.0, lengths.1, lengths.2, lengths.3, lengths.4, lengths.5])
            return ArticleSummary(
                id: strings[0], file: record.flags & 8 != 0 ? strings[0] : strings[1],
                title: record.flags & 1 != 0 ? strings[2] : nil, source: strings[3],
                date: record.month == 0
                    ? nil : CalendarDay(year: Int(record.year), month: Int(record.month), day: Int(record.day)),
                url: record.flags & 2 != 0 ? strings[4] : nil, sentenceCount: Int(record.sentenceCount),
                lead: record.flags & 4 != 0 ? strings[5] : nil)
        }
    }
}
