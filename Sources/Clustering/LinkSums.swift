/// The summed edge similarity from one cluster to each neighbouring cluster: a map from
/// cluster id to a sum, with open addressing and linear probing.
///
/// Average-link clustering reads and updates these maps millions of times on a big corpus;
/// cluster ids are small integers, so a multiply picks the slot and no `Hasher` runs.
/// Removal shifts later entries back, so there are no tombstones. Each entry also carries a
/// mark, a single-precision value the caller sets and reads back (average link keeps the
/// average a pair was queued with there, instead of in one map of every queued pair). Slots
/// take 16 bytes: a million articles' maps hold tens of millions of them.
struct LinkSums {
    /// Slot keys; `-1` marks an empty slot.
    private var keys: [Int32] = []
    private var sums: [Double] = []
    /// Each slot's mark; NaN when unset.
    private var marks: [Float] = []
    /// The number of neighbours.
    private(set) var count = 0

    /// How many neighbours fit before the table grows (three quarters of its slots).
    var capacity: Int { keys.count * 3 / 4 }

    /// Creates an empty map.
    init() {}

    /// An empty map with room for `capacity` neighbours before it grows.
    init(capacity: Int) {
        guard capacity > 0 else { return }
        let size = Self.tableSize(holding: capacity)
        keys = [Int32](repeating: -1, count: size)
        sums = [Double](repeating: 0, count: size)
        marks = [Float](repeating: .nan, count: size)
    }

    @inline(__always)
    private func home(_ key: Int32, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private func slot(of key: Int32) -> Int? {
        guard !keys.isEmpty else { return nil }
        let mask = keys.count - 1
        var position = home(key, mask: mask)
        while true {
            let found = keys[position]
            if found == key { return position }
            if found == -1 { return nil }
            position = (position + 1) & mask
        }
    }

    /// The sum towards `neighbour`, or `nil` when the clusters share no edge.
    subscript(neighbour: Int) -> Double? {
        slot(of: Int32(neighbour)).map { sums[$0] }
    }

    /// The mark of the entry of `neighbour`; `nil` when unset or when there is no entry.
    func mark(of neighbour: Int) -> Float? {
        guard let slot = slot(of: Int32(neighbour)), !marks[slot].isNaN else { return nil }
        return marks[slot]
    }

    /// Sets (or with `nil` clears) the mark of the entry of `neighbour`; nothing happens when
    /// there is no entry.
    mutating func setMark(_ value: Float?, of neighbour: Int) {
        guard let slot = slot(of: Int32(neighbour)) else { return }
        marks[slot] = value ?? .nan
    }

    /// Adds `value` to the sum towards `neighbour` (0 when absent; a new entry has no mark).
    mutating func add(_ value: Double, to neighbour: Int) {
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let key = Int32(neighbour)
        let mask = keys.count - 1
        var position = home(key, mask: mask)
        while true {
            let found = keys[position]
            if found == key {
                sums[position] += value
                return
            }
            if found == -1 {
                keys[position] = key
                sums[position] = 0 + value
                marks[position] = .nan
                count += 1
                return
            }
            position = (position + 1) & mask
        }
    }

    /// Removes the entry of `neighbour`, if any.
    mutating func remove(_ neighbour: Int) {
        guard var hole = slot(of: Int32(neighbour)) else { return }
        let mask = keys.count - 1
        keys[hole] = -1
        count -= 1
        // Backward shift: move later entries of the probe run into the hole when their home
        // slot allows it.
        var position = (hole + 1) & mask
        while keys[position] != -1 {
            let wanted = home(keys[position], mask: mask)
            // The entry may move to `hole` if `wanted` is not cyclically in (hole, position].
            let distanceToEntry = (position - wanted) & mask
            let distanceToHole = (position - hole) & mask
            if distanceToEntry >= distanceToHole {
                keys[hole] = keys[position]
                sums[hole] = sums[position]
                marks[hole] = marks[position]
                keys[position] = -1
                hole = position
            }
            position = (position + 1) & mask
        }
    }

    /// Every `(neighbour, sum)`, in slot order.
    var entries: [(neighbour: Int, sum: Double)] {
        var result: [(neighbour: Int, sum: Double)] = []
        result.reserveCapacity(count)
        for (key, sum) in zip(keys, sums) where key != -1 { result.append((Int(key), sum)) }
        return result
    }

    /// The neighbours, in slot order.
    var neighbours: [Int] {
        keys.compactMap { $0 == -1 ? nil : Int($0) }
    }

    /// Moves the entries into the smallest table that holds them (at most three quarters
    /// full, as `add` keeps it), when that is smaller than the present one.
    ///
    /// A cluster's map is first sized for its edges; edges from several members to one
    /// neighbour share an entry, so a map built from a near-duplicate group's edges can be
    /// several times larger than it needs to be.
    mutating func shrinkToFit() {
        let size = Self.tableSize(holding: count)
        if count == 0 { (keys, sums, marks) = ([], [], []) } else if size < keys.count { rehash(size: size) }
    }

    /// The smallest power of two (at least 4) of slots that holds `entries` at most three
    /// quarters full.
    private static func tableSize(holding entries: Int) -> Int {
        var size = 4
        while entries * 4 > size * 3 { size *= 2 }
        return size
    }

    private mutating func grow() {
        rehash(size: max(4, keys.count * 2))
    }

    /// Moves every entry into a new table of `size` slots (a power of two that holds them).
    private mutating func rehash(size: Int) {
        let (oldKeys, oldSums, oldMarks) = (keys, sums, marks)
        keys = [Int32](repeating: -1, count: size)
        sums = [Double](repeating: 0, count: size)
        marks = [Float](repeating: .nan, count: size)
        let mask = size - 1
        // Each old entry into the first free slot of its probe run; keys are distinct.
        for (slot, key) in oldKeys.enumerated() where key != -1 {
            var position = home(key, mask: mask)
            while keys[position] != -1 { position = (position + 1) & mask }
            (keys[position], sums[position], marks[position]) = (key, oldSums[slot], oldMarks[slot])
        }
    }

}
