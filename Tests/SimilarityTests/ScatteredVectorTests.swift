import Testing
@testable import Similarity

@Suite struct ScatteredVectorTests {
    /// A random unit vector over ids below `dimension`, with `count` entries at most.
    static func randomVector(_ generator: inout SplitMix64, dimension: Int32, count: Int) -> SparseVector {
        let entries = (0..<count).map { _ in
            (id: Int32.random(in: 0..<dimension, using: &generator), weight: Double.random(in: 0.001...1, using: &generator))
        }
        return SparseVector(entries: entries).normalized()
    }

    @Test(arguments: [1, 2, 3])
    func dotEqualsTheMergedDotToTheBit(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let dimension: Int32 = 300
        let vectors = (0..<60).map { index in
            Self.randomVector(&generator, dimension: dimension, count: index % 7 == 0 ? 0 : Int.random(in: 1...120, using: &generator))
        }
        var scattered = ScatteredVector(dimension: ScatteredVector.dimension(of: vectors))
        #expect(ScatteredVector.dimension(of: vectors) <= Int(dimension))
        // Each vector loaded in turn over the previous one: stale weights would change sums.
        for a in vectors.indices {
            scattered.load(vectors[a])
            for b in vectors.indices {
                let expected = vectors[a].dot(vectors[b])
                let found = scattered.dot(vectors[b])
                #expect(found.bitPattern == expected.bitPattern, "vectors \(a) and \(b): \(found) vs \(expected)")
            }
        }
    }

    @Test func dotWithSharedAndDisjointIds() {
        var scattered = ScatteredVector(dimension: 10)
        scattered.load(SparseVector(entries: [(1, 2), (4, 3), (9, 1)]))
        #expect(scattered.dot(SparseVector(entries: [(4, 2), (9, 5), (0, 7)])) == 11)
        #expect(scattered.dot(SparseVector(entries: [(2, 1), (3, 1)])) == 0)
        #expect(scattered.dot(SparseVector()) == 0)
        // A new vector replaces the old one entirely.
        scattered.load(SparseVector(entries: [(2, 1)]))
        #expect(scattered.dot(SparseVector(entries: [(1, 1), (4, 1), (9, 1), (2, 4)])) == 4)
        #expect(ScatteredVector.dimension(of: [SparseVector(), SparseVector(entries: [(6, 1)])]) == 7)
        #expect(ScatteredVector.dimension(of: []) == 0)
    }
}
