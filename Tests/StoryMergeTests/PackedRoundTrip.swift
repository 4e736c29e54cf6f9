import Testing

/// Packs `values` into stores whose text buffers hold each capacity in bytes, the first
/// `firstAtOnce` appended together and the rest one by one, and expects every value back, in
/// order, from each store.
func expectPackedRoundTrip<Store, Value: Equatable>(
    _ values: [Value], capacities: [Int], firstAtOnce: Int,
    make: (Int) -> Store, appendAll: (inout Store, ArraySlice<Value>) -> Void, append: (inout Store, Value) -> Void,
    count: (Store) -> Int, read: (Store) -> [Value], sourceLocation: SourceLocation = #_sourceLocation
) {
    for capacity in capacities {
        var store = make(capacity)
        #expect(read(store).isEmpty, sourceLocation: sourceLocation)
        appendAll(&store, values.prefix(firstAtOnce))
        for value in values.dropFirst(firstAtOnce) { append(&store, value) }
        #expect(count(store) == values.count, sourceLocation: sourceLocation)
        #expect(read(store) == values, "buffers of \(capacity) bytes", sourceLocation: sourceLocation)
    }
}
