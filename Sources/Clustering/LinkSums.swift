/// The summed edge similarity from one cluster to each neighbouring cluster: a map from
/// cluster id to a sum, with open addressing and linear probing.
///
/// Average-link clustering reads and updates these maps millions of times on a big corpus;
/// cluster ids are small integers, so a multiply picks the slot and no `Hasher` runs.
/// Removal shifts later entries back, so there are no tombstones. Each entry also carries a
/// mark, a single-precision value the caller sets and reads back (average link keeps the
/// average a pair was queued with there, instead of in one map of every queued pair). Slots
/// take 16 bytes: a million articles' maps hold tens of millions of them. A slot's key, sum
/// and mark lie together, so a probe into a map met for the first time in a while costs one
/// cache miss, not one for each of three arrays.
struct LinkSums {
    /// One entry of the table.
    private struct Slot {
        /// The neighbour; `-1` marks an empty slot.
        var key: Int32
        /// The mark; NaN when unset.
        var mark: Float
        /// The summed similarity.
        var sum: Double

        static let empty = Slot(key: -1, mark: .nan, sum: 0)
    }

    private var slots: [Slot] = []
    /// The number of neighbours.
    private(set) var count = 0

    /// How many neighbours fit before the table grows (three quarters of its slots).
    var capacity: Int { slots.count * 3 / 4 }

    /// Creates an empty map.
    init() {}

    /// An empty map with room for `capacity` neighbours before it grows.
    init(capacity: Int) {
        guard capacity > 0 else { return }
        slots = [Slot](repeating: .empty, count: Self.tableSize(holding: capacity))
    }

    @inline(__always)
    private func home(_ key: Int32, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private func slot(of key: Int32) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var position = home(key, mask: mask)
        while true {
            let found = slots[position].key
            if found == key { return position }
            if found == -1 { return nil }
            position = (position + 1) & mask
        }
    }

    /// The sum towards `neighbour`, or `nil` when the clusters share no edge.
    subscript(neighbour: Int) -> Double? {
        slot(of: Int32(neighbour)).map { slots[$0].sum }
    }

    /// The mark of the entry of `neighbour`; `nil` when unset or when there is no entry.
    func mark(of neighbour: Int) -> Float? {
        guard let slot = slot(of: Int32(neighbour)), !slots[slot].mark.isNaN else { return nil }
        return slots[slot].mark
    }

    /// Sets (or with `nil` clears) the mark of the entry of `neighbour`; nothing happens when
    /// there is no entry.
    mutating func setMark(_ value: Float?, of neighbour: Int) {
        guard let slot = slot(of: Int32(neighbour)) else { return }
        slots[slot].mark = value ?? .nan
    }

    /// Adds `value` to the sum towards `neighbour` (0 when absent; a new entry has no mark).
    ///
    /// - Returns: the entry's position, for `sum(at:)` and `setMark(_:at:)` until the map
    ///   next changes.
    @discardableResult
    mutating func add(_ value: Double, to neighbour: Int) -> Int {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let key = Int32(neighbour)
        let mask = slots.count - 1
        var position = home(key, mask: mask)
        return slots.withUnsafeMutableBufferPointer { slots in
            while true {
                let found = slots[position].key
                if found == key {
                    slots[position].sum += value
                    return position
                }
                if found == -1 {
                    slots[position] = Slot(key: key, mark: .nan, sum: 0 + value)
                    count += 1
                    return position
                }
                position = (position + 1) & mask
            }
        }
    }

    /// Reads the slots where the lookups of `first` and `second` start and returns their keys
    /// summed (a value of no meaning), so that lookups made soon after find them in cache.
    ///
    /// Touching many maps in a row lets their cache misses overlap, where the lookups
    /// themselves, each waiting on the one before, would take them one at a time.
    @inline(__always)
    func touch(_ first: Int, _ second: Int) -> Int {
        slots.withUnsafeBufferPointer { slots in
            guard !slots.isEmpty else { return 0 }
            let mask = slots.count - 1
            return Int(slots[home(Int32(first), mask: mask)].key) &+ Int(slots[home(Int32(second), mask: mask)].key)
        }
    }

    /// The sum of the entry at `position` (from `add(_:to:)`).
    func sum(at position: Int) -> Double { slots[position].sum }

    /// Sets (or with `nil` clears) the mark of the entry at `position` (from `add(_:to:)`).
    mutating func setMark(_ value: Float?, at position: Int) {
        slots[position].mark = value ?? .nan
    }

    /// Sets every entry's mark to what `mark` gives for its neighbour and sum, in slot order.
    mutating func setMarks(_ mark: (_ neighbour: Int, _ sum: Double) -> Float?) {
        slots.withUnsafeMutableBufferPointer { slots in
            for position in slots.indices where slots[position].key != -1 {
                slots[position].mark = mark(Int(slots[position].key), slots[position].sum) ?? .nan
            }
        }
    }

    /// Removes the entry of `neighbour`, if any.
    mutating func remove(_ neighbour: Int) {
        guard var hole = slot(of: Int32(neighbour)) else { return }
        let mask = slots.count - 1
        slots[hole].key = -1
        count -= 1
        // Backward shift: move later entries of the probe run into the hole when their home
        // slot allows it.
        var position = (hole + 1) & mask
        while slots[position].key != -1 {
            let wanted = home(slots[position].key, mask: mask)
            // The entry may move to `hole` if `wanted` is not cyclically in (hole, position].
            let distanceToEntry = (position - wanted) & mask
            let distanceToHole = (position - hole) & mask
            if distanceToEntry >= distanceToHole {
                slots[hole] = slots[position]
                slots[position].key = -1
                hole = position
            }
            position = (position + 1) & mask
        }
    }

    /// Every `(neighbour, sum)`, in slot order.
    var entries: [(neighbour: Int, sum: Double)] {
        var result: [(neighbour: Int, sum: Double)] = []
        result.reserveCapacity(count)
        for slot in slots where slot.key != -1 { result.append((Int(slot.key), slot.sum)) }
        return result
    }

    /// The neighbours, in slot order.
    var neighbours: [Int] {
        slots.compactMap { $0.key == -1 ? nil : Int($0.key) }
    }

    /// Moves the entries into the smallest table that holds them (at most three quarters
    /// full, as `add` keeps it), when that is smaller than the present one.
    ///
    /// A cluster's map is first sized for its edges; edges from several members to one
    /// neighbour share an entry, so a map built from a near-duplicate group's edges can be
    /// several times larger than it needs to be.
    mutating func shrinkToFit() {
        let size = Self.tableSize(holding: count)
        if count == 0 { slots = [] } else if size < slots.count { rehash(size: size) }
    }

    /// The smallest power of two (at least 4) of slots that holds `entries` at most three
    /// quarters full.
    private static func tableSize(holding entries: Int) -> Int {
        var size = 4
        while entries * 4 > size * 3 { size *= 2 }
        return size
    }

    private mutating func grow() {
        rehash(size: max(4, slots.count * 2))
    }

    /// Moves every entry into a new table of `size` slots (a power of two that holds them).
    private mutating func rehash(size: Int) {
        let old = slots
        slots = [Slot](repeating: .empty, count: size)
        let mask = size - 1
        // Each old entry into the first free slot of its probe run; keys are distinct.
        for slot in old where slot.key != -1 {
            var position = home(slot.key, mask: mask)
            while slots[position].key != -1 { position = (position + 1) & mask }
            slots[position] = slot
        }
    }

}
