internal import StoryModel

/// Article summaries held compactly while a large run clusters: the strings of every summary
/// in a few large UTF-8 buffers, and a small fixed record per summary.
///
/// A summary's six strings (id, file, title, source, URL, lead) are each a heap allocation with
/// its own header; a million summaries held through clustering cost half a gigabyte that way,
/// about twice their text. Packed, they cost their text plus 48 bytes each, and come back
/// unchanged (`summaries`) once clustering is done. The text goes into buffers of a fixed
/// capacity, filled one after another, so it never grows by copying into one twice its size.
struct PackedSummaries: Sendable {
    /// One summary's place in `text` and its scalar fields.
    private struct Record: Sendable {
        /// The buffer of `text` the summary's strings are in.
        var chunk: UInt32
        /// Where they start in it.
        var start: UInt32
        /// The UTF-8 lengths of id, file, title, source, URL and lead, one after another.
        var lengths: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
        /// Which optional strings are present: bit 0 title, bit 1 URL, bit 2 lead.
        var present: UInt8
        /// The publication day's month (0 when there is no date) and day of the month.
        var month: UInt8, day: UInt8
        /// The publication day's year.
        var year: Int16
        /// The number of kept sentences.
        var sentenceCount: Int32
    }

    /// Every summary's strings, one after another, in buffers of `chunkCapacity` bytes (or one
    /// summary's, when longer); a summary's strings are all in one buffer.
    private var text: [[UInt8]] = []
    /// The capacity of each buffer of `text`.
    let chunkCapacity: Int
    /// One record per summary, in the order they were appended.
    private var records: [Record] = []

    /// Creates an empty store whose text buffers hold `chunkCapacity` bytes each.
    init(chunkCapacity: Int = 1 << 22) {
        self.chunkCapacity = max(1, chunkCapacity)
    }

    /// How many summaries are held.
    var count: Int { records.count }

    /// Adds a summary at the end.
    mutating func append(_ summary: ArticleSummary) {
        let strings = [summary.id, summary.file, summary.title, summary.source, summary.url, summary.lead]
        let length = strings.reduce(0) { $0 + ($1?.utf8.count ?? 0) }
        if text.isEmpty || text[text.count - 1].count + length > text[text.count - 1].capacity {
            var chunk: [UInt8] = []
            chunk.reserveCapacity(max(chunkCapacity, length))
            text.append(chunk)
        }
        let last = text.count - 1
        let start = text[last].count
        var lengths: [UInt32] = []
        for string in strings {
            let before = text[last].count
            if let string { text[last].append(contentsOf: string.utf8) }
            lengths.append(UInt32(text[last].count - before))
        }
        let present = (summary.title == nil ? 0 : 1) | (summary.url == nil ? 0 : 2) | (summary.lead == nil ? 0 : 4)
        let date = summary.date
        records.append(Record(
            chunk: UInt32(last), start: UInt32(start),
            lengths: (lengths[0], lengths[1], lengths[2], lengths[3], lengths[4], lengths[5]), present: UInt8(present),
            month: UInt8(date?.month ?? 0), day: UInt8(date?.day ?? 0), year: Int16(date?.year ?? 0),
            sentenceCount: Int32(clamping: summary.sentenceCount)))
    }

    /// Adds summaries at the end, in order.
    mutating func append(contentsOf summaries: some Sequence<ArticleSummary>) {
        for summary in summaries { append(summary) }
    }

    /// The summaries, in the order they were appended, equal to the ones appended.
    var summaries: [ArticleSummary] {
        records.map { record in
            let chunk = text[Int(record.chunk)]
            var offset = Int(record.start)
            func next(_ length: UInt32) -> String {
                let end = offset + Int(length)
                defer { offset = end }
                return String(decoding: chunk[offset..<end], as: UTF8.self)
            }
            let (id, file, title, source, url, lead) = (
                next(record.lengths.0), next(record.lengths.1), next(record.lengths.2), next(record.lengths.3),
                next(record.lengths.4), next(record.lengths.5))
            return ArticleSummary(
                id: id, file: file, title: record.present & 1 != 0 ? title : nil, source: source,
                date: record.month == 0
                    ? nil : CalendarDay(year: Int(record.year), month: Int(record.month), day: Int(record.day)),
                url: record.present & 2 != 0 ? url : nil, sentenceCount: Int(record.sentenceCount),
                lead: record.present & 4 != 0 ? lead : nil)
        }
    }
}
