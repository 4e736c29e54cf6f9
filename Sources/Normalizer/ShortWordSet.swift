/// A fixed list of short words (at most 16 UTF-8 bytes each: stop words, titles, month names)
/// looked up by their bytes, with no `String` built and no `Hasher` run.
///
/// Each word is packed into two integers (its bytes, zero-padded) and its length; a lookup
/// packs the probe the same way, mixes it with two multiplications and probes an open-addressed
/// table, so the answer costs a few instructions instead of a SipHash of a `String`.
///
/// Lookups compare bytes, which is `String` equality for the ASCII words these lists hold: a
/// lowercased word that is not ASCII is never canonically equivalent to an ASCII one (the only
/// scalars that decompose to ASCII, U+212A KELVIN SIGN, U+037E and U+1FEF, are lowercased away
/// or are not word characters).
struct ShortWordSet: Sendable {
    /// A packed word: bytes 0–7 and 8–15 (little-endian, zero-padded) and the byte count.
    fileprivate struct Key: Equatable, Sendable {
        var low: UInt64
        var high: UInt64
        var count: Int
    }

    /// A word packed and hashed once, to look up in several sets.
    struct Probe {
        /// The packed word; `nil` when it is empty or longer than `maximumLength` (in no set).
        fileprivate let key: Key?
        /// `hash(key)`.
        fileprivate let hash: Int

        /// Packs and hashes the word spelled by `bytes`.
        @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard !bytes.isEmpty, bytes.count <= ShortWordSet.maximumLength else { key = nil; hash = 0; return }
            let key = ShortWordSet.key(bytes)
            self.key = key
            hash = ShortWordSet.hash(key)
        }
    }

    /// The longest word the set can hold, in UTF-8 bytes.
    static let maximumLength = 16

    /// Open-addressed slots: an index into `keys`, or -1 when empty.
    private let slots: [Int32]
    /// The packed words in list order (a word's position is its `index(of:)`).
    private let keys: [Key]
    /// `slots.count - 1` (the table size is a power of two).
    private let mask: Int

    /// Creates a set from a list; a repeated word keeps its first position.
    ///
    /// - Precondition: every word is non-empty and at most `maximumLength` UTF-8 bytes.
    init(_ words: [String]) {
        var keys: [Key] = []
        var size = 16
        while size < words.count * 3 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        for word in words {
            let bytes = Array(word.utf8)
            precondition(!bytes.isEmpty && bytes.count <= Self.maximumLength, "ShortWordSet holds words of 1–16 bytes: \(word)")
            let key = bytes.withUnsafeBufferPointer(Self.key)
            var slot = Self.hash(key) & (size - 1)
            var duplicate = false
            while slots[slot] >= 0 {
                if keys[Int(slots[slot])] == key { duplicate = true; break }
                slot = (slot + 1) & (size - 1)
            }
            if duplicate { continue }
            slots[slot] = Int32(keys.count)
            keys.append(key)
        }
        self.slots = slots
        self.keys = keys
        self.mask = size - 1
    }

    /// The number of distinct words.
    var count: Int { keys.count }

    /// The position (among distinct words, in list order) of the word spelled by `bytes`, or `nil`.
    @inline(__always)
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? { index(of: Probe(bytes)) }

    /// The position (among distinct words, in list order) of a packed word, or `nil`.
    @inline(__always)
    func index(of probe: Probe) -> Int? {
        guard let key = probe.key else { return nil }
        var slot = probe.hash & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { return nil }
            if keys[Int(entry)] == key { return Int(entry) }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the set holds a packed word.
    @inline(__always)
    func contains(_ probe: Probe) -> Bool { index(of: probe) != nil }

    /// Whether the word spelled by `bytes` is in the set.
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { index(of: bytes) != nil }

    /// Whether the word spelled by `bytes[range]` is in the set.
    @inline(__always)
    func contains(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= Self.maximumLength else { return false }
        return bytes.withUnsafeBufferPointer { contains(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Whether `word` is in the set (byte equality; see the type's notes).
    func contains(_ word: some StringProtocol) -> Bool {
        guard word.utf8.count <= Self.maximumLength else { return false }
        var word = String(word)
        return word.withUTF8 { contains($0) }
    }

    /// Packs up to 16 bytes into a key.
    @inline(__always)
    fileprivate static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> Key {
        var low: UInt64 = 0, high: UInt64 = 0
        let count = bytes.count
        for offset in 0..<min(count, 8) { low |= UInt64(bytes[offset]) << (8 * UInt64(offset)) }
        if count > 8 {
            for offset in 8..<count { high |= UInt64(bytes[offset]) << (8 * UInt64(offset - 8)) }
        }
        return Key(low: low, high: high, count: count)
    }

    /// Mixes a key into a slot number (before masking).
    @inline(__always)
    fileprivate static func hash(_ key: Key) -> Int {
        var mixed = key.low &* 0x9E37_79B9_7F4A_7C15
        mixed ^= (key.high &+ UInt64(key.count)) &* 0xC2B2_AE3D_27D4_EB4F
        mixed ^= mixed >> 29
        mixed &*= 0x1656_67B1_9E37_79F9
        return Int(truncatingIfNeeded: mixed >> 32)
    }
}
