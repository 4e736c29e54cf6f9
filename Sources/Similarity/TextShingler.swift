/// Tokenizes UTF-8 text at the byte level and hashes its word k-shingles, building no `String`s.
///
/// A word is a run of ASCII letters, digits and `_`, or of non-ASCII bytes (letters of other
/// scripts); ASCII letters are lowercased. Latin-1 punctuation (U+0080–U+00BF, e.g. no-break
/// space, «, ©) and general punctuation (U+2000–U+206F: curly quotes, dashes, ellipsis) separate
/// words. This is the `\w+` word rule of the usual Python shingling on lowercased text, except
/// that non-ASCII letters are not case-folded.
///
/// Words are classified eight ASCII bytes at a time (SWAR) and hashed 8 bytes at a time with a
/// 128-bit multiply; a shingle of k word hashes is a rolling polynomial Σ wⱼ·Bᵏ⁻¹⁻ʲ (two
/// multiplies per word, whatever k) mixed with one 128-bit multiply. Values differ from
/// `WordShingler`'s (a different tokenizer and mixing).
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

    /// Byte classes: 0 separates words, `special` needs a look ahead, anything else is the
    /// (lowercased) byte of a word.
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
    /// - Parameters:
    ///   - text: UTF-8 bytes.
    ///   - body: receives each shingle hash.
    /// - Complexity: O(n + w·k) for n bytes, w words and shingle size k.
    package func forEachShingle(_ text: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        let k = size
        let windowSeed = seed ^ 0x5348_494E_474C_4553
        let seed = self.seed
        let base = self.base, baseToSize = self.baseToSize
        // The last k word hashes (the one leaving the window is subtracted from `rolling`).
        var ring = [UInt64](repeating: 0, count: k)
        Self.fold.withUnsafeBufferPointer { fold in
                ring.withUnsafeMutableBufferPointer { ring in
                    guard let start = text.baseAddress else { return }
                    let raw = UnsafeRawPointer(start)
                    let count = text.count
                    var words = 0
                    var slot = 0
                    var index = 0
                    // Σ w_j·base^(k−1−j) over the last k word hashes, mod 2⁶⁴.
                    var rolling: UInt64 = 0
                    // The word being read: full 8-byte blocks folded into `state`, the rest in `acc`.
                    var state = seed
                    var acc: UInt64 = 0
                    var shift: UInt64 = 0
                    var length: UInt64 = 0

                    @inline(__always) func endWord() {
                        let hash = StableHash.mum(state ^ acc, 0xE703_7ED1_A0B4_28DB ^ length)
                        state = seed
                        acc = 0
                        shift = 0
                        length = 0
                        rolling = rolling &* base &+ hash &- ring[slot] &* baseToSize
                        ring[slot] = hash
                        slot &+= 1
                        if slot == k { slot = 0 }
                        words &+= 1
                        if words >= k { body(Self.window(rolling, filled: k, seed: windowSeed)) }
                    }

                    while index < count {
                        // Fast path: eight ASCII bytes at a word boundary or a block boundary
                        // inside a word, classified at once (SWAR).
                        if shift == 0, index &+ 8 <= count {
                            let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                            if x & Self.highBits == 0 {
                                // x | 0x20 maps A–Z onto a–z; bit 5 clear marks the uppercase ones.
                                let letters = Self.inRange(x | 0x2020_2020_2020_2020, 0x61, 0x7A)
                                let wordBytes = letters | Self.inRange(x, 0x30, 0x39) | Self.inRange(x, 0x5F, 0x5F)
                                let other = ~wordBytes & Self.highBits
                                let run = other == 0 ? 8 : other.trailingZeroBitCount >> 3
                                if run == 0 {
                                    if length > 0 { endWord() }
                                    index &+= wordBytes == 0 ? 8 : wordBytes.trailingZeroBitCount >> 3
                                    continue
                                }
                                let lowered = x | (letters >> 2)
                                length &+= UInt64(run)
                                if run == 8 {
                                    state = StableHash.mum(state ^ lowered, 0x8EBC_6AF0_9C88_C6E3)
                                    index &+= 8
                                } else {
                                    acc = lowered & ((1 &<< UInt64(run &* 8)) &- 1)
                                    endWord()
                                    // Skip the separators that follow inside this block.
                                    let rest = wordBytes &>> UInt64(run &* 8)
                                    index &+= rest == 0 ? 8 : run &+ (rest.trailingZeroBitCount >> 3)
                                }
                                continue
                            }
                        }
                        // Byte path: non-ASCII bytes, the tail, and words not at a block boundary.
                        var folded = fold[Int(text[index])]
                        if folded == Self.special {
                            let skip = Self.separatorLength(text, index)
                            if skip > 0 {
                                if length > 0 { endWord() }
                                index &+= skip
                                continue
                            }
                            folded = text[index]
                        }
                        index &+= 1
                        if folded == 0 {
                            if length > 0 { endWord() }
                            continue
                        }
                        acc |= UInt64(folded) &<< shift
                        shift &+= 8
                        length &+= 1
                        if shift == 64 {
                            state = StableHash.mum(state ^ acc, 0x8EBC_6AF0_9C88_C6E3)
                            acc = 0
                            shift = 0
                        }
                    }
                    if length > 0 { endWord() }
                    if words > 0, words < k { body(Self.window(rolling, filled: words, seed: windowSeed)) }
                }
        }
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

    /// The shingle hash of a window of `filled` words from its rolling polynomial.
    @inline(__always)
    private static func window(_ rolling: UInt64, filled: Int, seed: UInt64) -> UInt64 {
        StableHash.mum(rolling ^ seed, 0xA076_1D64_78BD_642F ^ UInt64(truncatingIfNeeded: filled))
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
