/// A set of lowercased words held as byte ranges of one buffer, looked up by bytes: the words
/// an article uses in lowercase, which `NamePhrases` asks about once per sentence.
///
/// Building it costs a byte hash per word and no `String`; the answer is `Set<String>`'s. ASCII
/// words are compared byte for byte; a word with other scalars is kept in a `Set<String>` and
/// compared as a `String`, so canonically equivalent spellings (`é` composed or not) still meet.
/// An ASCII word never equals a lowercased word with other scalars (only U+212A, U+037E and
/// U+1FEF decompose to ASCII; the first is lowercased away, the others are not word characters).
struct WordVocabulary: Sendable {
    /// The buffer the ASCII words are ranges of.
    private let buffer: [UInt8]
    /// The distinct ASCII words, as ranges of `buffer`.
    private var entries: [Range<Int>] = []
    /// Open-addressed slots: an index into `entries`, or -1 when empty.
    private var slots: [Int32]
    /// The words that are not ASCII.
    private var others = Set<String>()

    /// Creates a vocabulary of the words at `ranges` of `buffer` (repeats are kept once).
    ///
    /// - Parameters:
    ///   - buffer: UTF-8 bytes holding the words (lowercased already).
    ///   - ranges: one range per word, each valid UTF-8.
    init(_ buffer: [UInt8], ranges: some Collection<Range<Int>>) {
        self.buffer = buffer
        var size = 16
        while size < ranges.count * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        buffer.withUnsafeBufferPointer { all in
            for range in ranges {
                let word = UnsafeBufferPointer(rebasing: all[range])
                if Self.isASCII(word) {
                    insertASCII(word, range: range, all: all)
                } else {
                    others.insert(String(decoding: word, as: UTF8.self))
                }
            }
        }
    }

    /// Whether the lowercased word spelled by `word` (valid UTF-8) is in the vocabulary.
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Self.isASCII(word) else { return others.contains(String(decoding: word, as: UTF8.self)) }
        return buffer.withUnsafeBufferPointer { all in slot(of: word, all: all).found }
    }

    /// Every word, as strings (for tests and diagnostics).
    var words: Set<String> {
        var words = others
        for range in entries { words.insert(String(decoding: buffer[range], as: UTF8.self)) }
        return words
    }

    private mutating func insertASCII(_ word: UnsafeBufferPointer<UInt8>, range: Range<Int>, all: UnsafeBufferPointer<UInt8>) {
        let (slot, found) = slot(of: word, all: all)
        guard !found else { return }
        slots[slot] = Int32(entries.count)
        entries.append(range)
    }

    /// The slot holding `word`, or the empty slot where it would go.
    private func slot(of word: UnsafeBufferPointer<UInt8>, all: UnsafeBufferPointer<UInt8>) -> (slot: Int, found: Bool) {
        let mask = slots.count - 1
        var slot = Self.hash(word) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { return (slot, false) }
            let range = entries[Int(entry)]
            if range.count == word.count, memoryEqual(all, range.lowerBound, word) { return (slot, true) }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func memoryEqual(_ all: UnsafeBufferPointer<UInt8>, _ start: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<word.count where all[start + offset] != word[offset] { return false }
        return true
    }

    /// FNV-1a over the bytes, folded to an `Int`.
    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    @inline(__always)
    private static func isASCII(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in word where byte >= 0x80 { return false }
        return true
    }
}
