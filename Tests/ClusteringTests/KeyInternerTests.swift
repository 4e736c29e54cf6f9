import Testing
@testable import Clustering
import Similarity
import StoryModel

@Suite struct KeyInternerTests {
    /// Positions number distinct keys by first appearance, through growth, whatever the keys'
    /// bits (0, all ones, keys that share their low or high halves).
    @Test func positionsNumberDistinctKeysByFirstAppearance() {
        var random = SplitMix64(seed: 41)
        var keys: [UInt64] = [0, .max, 1 << 32, 1, (1 << 32) | 1]
        for _ in 0..<5_000 { keys.append(random.next()) }
        // Repeats, in a different order.
        keys += keys.reversed().enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        var expected: [UInt64: UInt32] = [:]
        var order: [UInt64] = []
        for key in keys where expected[key] == nil {
            expected[key] = UInt32(order.count)
            order.append(key)
        }
        for capacity in [1, 100, 20_000] {
            var interner = KeyInterner(capacity: capacity)
            #expect(interner.positions(of: keys) == keys.map { expected[$0]! }, "capacity \(capacity)")
            #expect(interner.keys == order)
            // Asked again, every key keeps its position and nothing is added.
            #expect(interner.positions(of: order) == order.indices.map { UInt32($0) })
            #expect(interner.keys.count == order.count)
        }
    }
}
