/// Numbers 64-bit keys by first appearance, so lists of them can be held as 32-bit positions
/// in one table of distinct keys.
///
/// The keys are uniform hashes already, so their own bits place them in an open-addressing
/// table: no hashing, no sorting, one probe or two a key. The same keys in the same order get
/// the same positions, so whatever is built on them is deterministic.
struct KeyInterner {
    /// The distinct keys, in order of first appearance: a key's position is its index here.
    private(set) var keys: [UInt64] = []
    /// Open-addressing slots: the position of the key stored there, or `empty`.
    private var slots: [UInt32]
    /// Marks an unused slot.
    private static let empty = UInt32.max

    /// Creates an interner with room for about `capacity` distinct keys before it grows.
    init(capacity: Int = 16) {
        let size = max(16, 1 << (Int.bitWidth - (2 * max(1, capacity) - 1).leadingZeroBitCount))
        slots = [UInt32](repeating: Self.empty, count: size)
        keys.reserveCapacity(max(1, capacity))
    }

    /// The position of `key`, numbered anew when it was not seen before.
    mutating func position(of key: UInt64) -> UInt32 {
        if (keys.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key >> 32 ^ key) & mask
        while true {
            let found = slots[slot]
            if found == Self.empty {
                let position = UInt32(keys.count)
                slots[slot] = position
                keys.append(key)
                return position
            }
            if keys[Int(found)] == key { return found }
            slot = (slot + 1) & mask
        }
    }

    /// The positions of `keys`, in order.
    mutating func positions(of keys: some Sequence<UInt64>) -> [UInt32] {
        keys.map { position(of: $0) }
    }

    /// Doubles the slots and places every key again.
    private mutating func grow() {
        slots = [UInt32](repeating: Self.empty, count: slots.count * 2)
        let mask = slots.count - 1
        for (position, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key >> 32 ^ key) & mask
            while slots[slot] != Self.empty { slot = (slot + 1) & mask }
            slots[slot] = UInt32(position)
        }
    }
}
