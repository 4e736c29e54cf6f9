/// Maps feature keys to dense `Int32` ids, assigned in ascending key order so ids never depend
/// on the order documents arrived in.
package struct TermDictionary: Sendable {
    /// The keys, ascending; a key's id is its index here.
    package let keys: [UInt64]
    private let table: KeyTable

    /// Builds a dictionary over every distinct key of `keys`.
    ///
    /// - Complexity: O(n + u log u) for n keys, u of them distinct.
    package init(keys: some Sequence<UInt64>) {
        var distinct = KeyTable(capacity: 1024)
        for key in keys { distinct.insert(key) }
        let sorted = distinct.keys.sorted()
        var table = KeyTable(capacity: sorted.count)
        for key in sorted { table.insert(key) }
        self.keys = sorted
        self.table = table
    }

    /// The number of keys.
    package var count: Int { keys.count }

    /// The id of a key, or `nil` when it is not in the dictionary.
    package func id(of key: UInt64) -> Int32? {
        table.index(of: key).map(Int32.init)
    }

    /// The key with an id.
    package func key(_ id: Int32) -> UInt64 {
        keys[Int(id)]
    }
}
