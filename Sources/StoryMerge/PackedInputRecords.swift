internal import StoryModel

/// Input records held compactly while a large run clusters.
///
/// Most records are one file read as one article whose id is the file's path; such a record
/// is its path's bytes in shared text buffers (see `TextChunks`) and 16 bytes, instead of a
/// path string, an id string and an array holding it (about 300 bytes each, a third of a
/// gigabyte for a million files). Every other record (a feed, a skipped file) is kept as it
/// is. `records` gives them all back, unchanged and in order.
struct PackedInputRecords: Sendable {
    /// One record: a one-article file's path in `text`, or the index of a record kept whole.
    private struct Entry: Sendable {
        /// Where the path starts in `text`; for a record kept whole, `start` is its index in
        /// `whole`.
        var location: TextChunks.Location
        /// The path's length in bytes.
        var length: UInt32
        /// The format's index in `InputFormat.allCases`, or `UInt8.max` for a record kept whole.
        var format: UInt8
    }

    /// The paths of the one-article files.
    private var text: TextChunks
    /// The records that are not one article read from one file under its path.
    private var whole: [InputRecord] = []
    /// One entry per record, in the order they were appended.
    private var entries: [Entry] = []

    /// Creates an empty store whose text buffers hold `chunkCapacity` bytes each.
    init(chunkCapacity: Int = 1 << 22) {
        text = TextChunks(capacity: chunkCapacity)
    }

    /// How many records are held.
    var count: Int { entries.count }

    /// Adds a record at the end.
    mutating func append(_ record: InputRecord) {
        if record.status == .clustered, record.reason == nil, record.skippedItems.isEmpty,
            record.articleIDs == [record.path], let format = record.format,
            let formatIndex = InputFormat.allCases.firstIndex(of: format) {
            let (location, lengths) = text.append([record.path])
            entries.append(Entry(location: location, length: lengths[0], format: UInt8(formatIndex)))
        } else {
            entries.append(Entry(location: .init(chunk: 0, start: UInt32(whole.count)), length: 0, format: .max))
            whole.append(record)
        }
    }

    /// Adds records at the end, in order.
    mutating func append(contentsOf records: some Sequence<InputRecord>) {
        for record in records { append(record) }
    }

    /// The records, in the order they were appended, equal to the ones appended.
    var records: [InputRecord] {
        entries.map { entry in
            guard entry.format != .max else { return whole[Int(entry.location.start)] }
            let path = text.strings(at: entry.location, lengths: [entry.length])[0]
            return InputRecord(
                path: path, format: InputFormat.allCases[Int(entry.format)], status: .clustered, articleIDs: [path])
        }
    }
}
