/// UTF-8 text held in a few large buffers of fixed capacity, filled one after another: the
/// strings of a million records without a heap allocation each, and without the copy into a
/// buffer twice the size that one growing array would make.
struct TextChunks: Sendable {
    /// Where a run of appended strings starts.
    struct Location: Sendable {
        /// The buffer.
        var chunk: UInt32
        /// The offset in it.
        var start: UInt32
    }

    /// The buffers, each of `capacity` bytes (or one run's, when longer).
    private var chunks: [[UInt8]] = []
    /// The capacity of each buffer.
    let capacity: Int

    /// Creates empty storage whose buffers hold `capacity` bytes each.
    init(capacity: Int = 1 << 22) {
        self.capacity = max(1, capacity)
    }

    /// Appends `strings` one after another in one buffer (`nil` adds nothing) and returns
    /// where they start and each one's length in bytes.
    mutating func append(_ strings: [String?]) -> (location: Location, lengths: [UInt32]) {
        let length = strings.reduce(0) { $0 + ($1?.utf8.count ?? 0) }
        if chunks.isEmpty || chunks[chunks.count - 1].count + length > chunks[chunks.count - 1].capacity {
            var chunk: [UInt8] = []
            chunk.reserveCapacity(max(capacity, length))
            chunks.append(chunk)
        }
        let last = chunks.count - 1
        let location = Location(chunk: UInt32(last), start: UInt32(chunks[last].count))
        let lengths = strings.map { string -> UInt32 in
            let before = chunks[last].count
            if let string { chunks[last].append(contentsOf: string.utf8) }
            return UInt32(chunks[last].count - before)
        }
        return (location, lengths)
    }

    /// The strings of the given lengths stored one after another from `location`.
    func strings(at location: Location, lengths: [UInt32]) -> [String] {
        let chunk = chunks[Int(location.chunk)]
        var offset = Int(location.start)
        return lengths.map { length in
            let end = offset + Int(length)
            defer { offset = end }
            return String(decoding: chunk[offset..<end], as: UTF8.self)
        }
    }
}
