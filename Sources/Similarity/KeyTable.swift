/// An insertion-ordered set of 64-bit keys with open addressing: the index of each key is its
/// insertion rank.
///
/// Keys are hashes already, so their bits pick the slot directly (after one multiply to spread
/// sequential test keys); a lookup is a few array reads instead of `Hasher` over a `String`.
struct KeyTable: Sendable {
    /// The keys in insertion order.
    private(set) var keys: [UInt64] = []
    /// Per slot: 1 + the index into `keys`, or 0 when empty.
    private var slots: [Int32]
    private var mask: Int

    /// Creates an empty table sized for about `capacity` keys.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        keys.reserveCapacity(capacity)
    }

    /// The number of keys.
    var count: Int { keys.count }

    @inline(__always)
    private func slot(for key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// Adds a key if it is new.
    ///
    /// - Returns: the key's index (its insertion rank).
    @discardableResult
    mutating func insert(_ key: UInt64) -> Int {
        if keys.count * 2 >= slots.count { grow() }
        var position = slot(for: key)
        while true {
            let entry = Int(slots[position])
            if entry == 0 {
                keys.append(key)
                slots[position] = Int32(keys.count)
                return keys.count - 1
            }
            if keys[entry - 1] == key { return entry - 1 }
            position = (position + 1) & mask
        }
    }

    /// The index of a key, or `nil` when absent.
    func index(of key: UInt64) -> Int? {
        var position = slot(for: key)
        while true {
            let entry = Int(slots[position])
            if entry == 0 { return nil }
            if keys[entry - 1] == key { return entry - 1 }
            position = (position + 1) & mask
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for (index, key) in keys.enumerated() {
            var position = slot(for: key)
            while slots[position] != 0 { position = (position + 1) & mask }
            slots[position] = Int32(index + 1)
        }
    }
}
