/// Tokenizes UTF-8 text at the byte level and hashes its word k-shingles, building no `String`s.
///
/// A word is a run of ASCII letters, digits and `_`, or of non-ASCII bytes (letters of other
/// scripts); ASCII letters are lowercased. Latin-1 punctuation (U+0080–U+00BF, e.g. no-break
/// space, «, ©) and general punctuation (U+2000–U+206F: curly quotes, dashes, ellipsis) separate
/// words. This is the `\w+` word rule of the usual Python shingling on lowercased text, except
/// that non-ASCII letters are not case-folded.
///
/// Word bytes are marked in a bitmap sixty-four ASCII bytes at a time (SWAR), and words are found
/// by counting trailing zeros in bitmaps of word starts and ends. A word of up to eight bytes is
/// its own value (its folded bytes, one unaligned load); longer words fold 8-byte blocks with a
/// 128-bit multiply. A shingle of k word values is a rolling polynomial Σ wⱼ·Bᵏ⁻¹⁻ʲ over a random
/// odd base B (two multiplies per word, whatever k): a fingerprint of the window, keyed and
/// folded, that MinHash's own multiply then spreads. Values differ from `WordShingler`'s (a
/// different tokenizer and mixing).
package struct TextShingler: Sendable {
    /// Words per shingle (at least 1).
    package let size: Int
    /// The seed of the word and window hashes.
    package let seed: UInt64
    /// The odd base of the rolling window hash.
    private let base: UInt64
    /// `base` to the power `size`: removes the word leaving the window.
    private let baseToSize: UInt64

    /// Creates a shingler.
    ///
    /// - Parameters:
    ///   - size: words per shingle; values below 1 are treated as 1.
    ///   - seed: the hash seed.
    package init(size: Int, seed: UInt64) {
        self.size = max(1, size)
        self.seed = seed
        var generator = SplitMix64(seed: seed ^ 0x5445_5854_5348_494E)
        let base = generator.next() | 1
        var power: UInt64 = 1
        for _ in 0..<max(1, size) { power &*= base }
        self.base = base
        baseToSize = power
    }

    /// Marks the lead bytes (C2, E2) of sequences that may be punctuation.
    private static let special: UInt8 = 1

    /// Byte classes for the byte-at-a-time path: 0 separates words, `special` needs a look
    /// ahead, anything else is a word byte.
    private static let fold: [UInt8] = (0..<256).map { byte -> UInt8 in
        switch byte {
        case 0xC2, 0xE2: return special
        case 0x30...0x39, 0x61...0x7A, 0x5F: return UInt8(byte)
        case 0x41...0x5A: return UInt8(byte + 0x20)
        case 0x80...0xFF: return UInt8(byte)
        default: return 0
        }
    }

    /// Calls `body` with every shingle hash of `text` in text order (repeats included).
    ///
    /// A text with fewer than `size` words (but at least one) yields one shingle of all its
    /// words; a text without words yields none.
    ///
    /// Two passes, nearly free of data-dependent branches: the first marks word bytes in a
    /// bitmap (sixty-four ASCII bytes at a time) and derives bitmaps of word starts and word
    /// ends; the second pairs starts with ends by counting trailing zeros and reads a word of
    /// up to eight bytes with one unaligned load.
    ///
    /// - Parameters:
    ///   - text: UTF-8 bytes.
    ///   - body: receives each shingle hash.
    /// - Returns: the number of shingles passed to `body`.
    /// - Complexity: O(n + w·k) for n bytes, w words and shingle size k.
    @discardableResult
    package func forEachShingle(_ text: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) -> Int {
        guard text.count > 0 else { return 0 }
        let blocks = (text.count &+ 63) >> 6
        let ringCapacity = 1 << (Int.bitWidth &- (size &- 1).leadingZeroBitCount)
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 &* blocks &+ ringCapacity) { scratch in
            let starts = UnsafeMutableBufferPointer(rebasing: scratch[0..<blocks])
            let ends = UnsafeMutableBufferPointer(rebasing: scratch[blocks..<(2 &* blocks)])
            let ring = UnsafeMutableBufferPointer(rebasing: scratch[(2 &* blocks)..<(2 &* blocks &+ ringCapacity)])
            Self.markWordBytes(text, into: starts)
            Self.markBoundaries(words: starts, ends: ends)
            let words = walkWords(text, starts: UnsafeBufferPointer(starts), ends: UnsafeBufferPointer(ends), ring: ring, body)
            return words >= size ? words &- size &+ 1 : min(words, 1)
        }
    }

    /// Turns a bitmap of word bytes into a bitmap of each word's first byte (in place) and one of
    /// each word's last byte (`ends`).
    private static func markBoundaries(words: UnsafeMutableBufferPointer<UInt64>, ends: UnsafeMutableBufferPointer<UInt64>) {
        var previousTop: UInt64 = 0
        for block in words.indices {
            let bits = words[block]
            let nextLow = block &+ 1 < words.count ? words[block &+ 1] & 1 : 0
            ends[block] = bits & ~((bits &>> 1) | (nextLow &<< 63))
            words[block] = bits & ~((bits &<< 1) | previousTop)
            previousTop = bits &>> 63
        }
    }

    /// Sets bit i of `bitmap` (bit i % 64 of word i / 64) when byte i of `text` belongs to a word.
    ///
    /// - Precondition: `bitmap` has `(text.count + 63) / 64` words.
    private static func markWordBytes(_ text: UnsafeBufferPointer<UInt8>, into bitmap: UnsafeMutableBufferPointer<UInt64>) {
        let count = text.count
        let raw = UnsafeRawPointer(text.baseAddress!)
        // Continuation bytes of a separator sequence still to skip (they may cross a lane).
        var skip = 0
        fold.withUnsafeBufferPointer { fold in
            for block in bitmap.indices {
                let first = block << 6
                // Fast path: 64 ASCII bytes, eight lanes classified at once (SWAR).
                if skip == 0, first &+ 64 <= count {
                    var any: UInt64 = 0
                    for lane in 0..<8 {
                        any |= raw.loadUnaligned(fromByteOffset: first &+ lane &* 8, as: UInt64.self)
                    }
                    if any & highBits == 0 {
                        var bits: UInt64 = 0
                        for lane in 0..<8 {
                            let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: first &+ lane &* 8, as: UInt64.self))
                            bits |= asciiWordBytes(x) &<< UInt64(lane &* 8)
                        }
                        bitmap[block] = bits
                        continue
                    }
                }
                // Lane by lane: ASCII lanes at once, the others (and the tail) one byte at a time.
                var bits: UInt64 = 0
                for lane in stride(from: first, to: min(first &+ 64, count), by: 8) {
                    var mask: UInt64 = 0
                    if skip == 0, lane &+ 8 <= count {
                        let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: lane, as: UInt64.self))
                        if x & highBits == 0 {
                            bits |= asciiWordBytes(x) &<< UInt64(lane &- first)
                            continue
                        }
                    }
                    for index in lane..<min(lane &+ 8, count) {
                        if skip > 0 {
                            skip &-= 1
                            continue
                        }
                        let folded = fold[Int(text[index])]
                        if folded == special {
                            let length = separatorLength(text, index)
                            if length > 0 {
                                skip = length &- 1
                                continue
                            }
                        }
                        if folded != 0 { mask |= 1 &<< UInt64(index &- lane) }
                    }
                    bits |= mask &<< UInt64(lane &- first)
                }
                bitmap[block] = bits
            }
        }
    }

    /// For eight ASCII bytes: one bit per byte (bit i for byte i) set when it is a letter, a
    /// digit or `_`.
    @inline(__always)
    private static func asciiWordBytes(_ x: UInt64) -> UInt64 {
        let letters = inRange(x | 0x2020_2020_2020_2020, 0x61, 0x7A)
        let wordBytes = letters | inRange(x, 0x30, 0x39) | inRange(x, 0x5F, 0x5F)
        return (wordBytes &* 0x0002_0408_1020_4081) &>> 56
    }

    /// Calls `body` with the shingle hash of every window of words marked in `starts` and `ends`;
    /// returns the number of words.
    ///
    /// A word's value is its folded bytes (`folded(_:)`) packed little-endian when it has at most
    /// eight (no folded word byte is zero, so the packing is injective); a longer word folds
    /// every 8-byte block but the last into a state with one 128-bit multiply each and xors the
    /// last (zero-padded) block into it.
    @inline(__always)
    private func walkWords(
        _ text: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<UInt64>, ends: UnsafeBufferPointer<UInt64>,
        ring: UnsafeMutableBufferPointer<UInt64>, _ body: (UInt64) -> Void
    ) -> Int {
        let k = size
        let windowSeed = seed ^ 0x5348_494E_474C_4553
        let seed = self.seed
        let base = self.base, baseToSize = self.baseToSize
        let count = text.count
        let raw = UnsafeRawPointer(text.baseAddress!)
        for slot in ring.indices { ring[slot] = 0 }
        var words = 0
        // The ring holds a power of two ≥ k values: word i goes to slot i mod capacity, and the
        // slot of word i − k is still unwritten (zero) for the first k words.
        let mask = ring.count &- 1
        // Σ w_j·base^(k−1−j) over the last k word values, mod 2⁶⁴.
        var rolling: UInt64 = 0
        // The start of a word that runs past the end of the previous block.
        var open = -1
        for block in starts.indices {
            var pendingStarts = starts[block]
            var pendingEnds = ends[block]
            let first = block << 6
            while pendingEnds != 0 {
                let end = first | pendingEnds.trailingZeroBitCount &+ 1
                pendingEnds &= pendingEnds &- 1
                let start: Int
                if open < 0 {
                    start = first | pendingStarts.trailingZeroBitCount
                    pendingStarts &= pendingStarts &- 1
                } else {
                    start = open
                    open = -1
                }
                let length = end &- start
                let value: UInt64
                if length <= 8, start &+ 8 <= count {
                    let bytes = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt64.self))
                    value = seed ^ (Self.folded(bytes) & (~0 &>> UInt64((8 &- length) &* 8)))
                } else {
                    value = Self.wordValue(raw, from: start, to: end, seed: seed)
                }
                rolling = rolling &* base &+ value &- ring[(words &- k) & mask] &* baseToSize
                ring[words & mask] = value
                words &+= 1
                if words >= k { body(Self.window(rolling, filled: k, seed: windowSeed)) }
            }
            if pendingStarts != 0 { open = first | pendingStarts.trailingZeroBitCount }
        }
        if words > 0, words < k { body(Self.window(rolling, filled: words, seed: windowSeed)) }
        return words
    }

    /// The value of the word in bytes `start..<end`, for any length and position.
    private static func wordValue(_ raw: UnsafeRawPointer, from start: Int, to end: Int, seed: UInt64) -> UInt64 {
        let length = UInt64(end &- start)
        var state = seed
        var offset = start
        while end &- offset > 8 {
            let block = folded(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            state = StableHash.mum(state ^ block, 0x8EBC_6AF0_9C88_C6E3 ^ length)
            offset &+= 8
        }
        var last: UInt64 = 0
        var shift: UInt64 = 0
        while offset < end {
            let byte = raw.load(fromByteOffset: offset, as: UInt8.self)
            last |= UInt64(byte < 0x80 ? byte | 0x20 : byte) &<< shift
            shift &+= 8
            offset &+= 1
        }
        return state ^ last
    }

    /// Eight bytes folded for hashing: an ASCII byte gets bit 5 set (`A`–`Z` become `a`–`z`,
    /// digits stay, `_` becomes 0x7F, which is never a word byte), other bytes stay as they are.
    @inline(__always)
    private static func folded(_ x: UInt64) -> UInt64 {
        x | ((~x & highBits) &>> 2)
    }

    /// The high bit of every byte lane.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// For eight ASCII bytes (high bits clear): the high bit of each lane whose byte is in `low...high`.
    @inline(__always)
    private static func inRange(_ x: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeastLow = x &+ (0x80 &- low) &* ones
        let aboveHigh = x &+ (0x7F &- high) &* ones
        return atLeastLow & ~aboveHigh & highBits
    }

    /// The shingle hash of a window of `filled` words from its rolling polynomial: keyed, and its
    /// high bits folded onto its low bits. The polynomial is already a fingerprint of the window
    /// (distinct windows collide with probability about k/2⁶⁴ over the base); MinHash's
    /// multiplication then spreads every bit into the high bits that pick a bin and win a minimum.
    @inline(__always)
    private static func window(_ rolling: UInt64, filled: Int, seed: UInt64) -> UInt64 {
        let keyed = rolling ^ seed ^ UInt64(truncatingIfNeeded: filled) &* 0xA076_1D64_78BD_642F
        return keyed ^ (keyed &>> 29)
    }

    /// Bytes to skip when a separator sequence starts at `index`: 2 for Latin-1 punctuation
    /// (C2 80–BF), 3 for general punctuation (E2 80/81 xx), 0 when the byte starts a letter.
    @inline(__always)
    private static func separatorLength(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = text[index]
        if byte == 0xC2, index + 1 < text.count, text[index + 1] < 0xC0 { return 2 }
        if byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x80 || text[index + 1] == 0x81 { return 3 }
        return 0
    }

    /// The shingle hashes of `text`, in text order, repeats included (MinHash does not mind).
    package func shingleStream(_ text: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(text.count / 5)
        forEachShingle(text) { result.append($0) }
        return result
    }

    /// The set of shingle hashes of UTF-8 bytes, sorted ascending and unique.
    package func shingles(_ text: [UInt8]) -> [UInt64] {
        SortedSet.uniqued(text.withUnsafeBufferPointer { shingleStream($0) })
    }

    /// The set of shingle hashes of a string's UTF-8, sorted ascending and unique.
    package func shingles(_ text: String) -> [UInt64] {
        var copy = text
        return SortedSet.uniqued(copy.withUTF8 { shingleStream($0) })
    }
}
