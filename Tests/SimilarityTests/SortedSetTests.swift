import Testing
@testable import Similarity

@Suite struct SortedSetTests {
    @Test func intersectionCountStopsOnlyWhenTheNeedCannotBeMet() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let universe = UInt64(50 + generator.next() % 400)
            func randomSet() -> [UInt64] {
                let count = Int(generator.next() % 200)
                return SortedSet.uniqued((0..<count).map { _ in generator.next() % universe })
            }
            let a = randomSet(), b = randomSet()
            let exact = SortedSet.intersectionCount(a, b)
            for need in [0.0, Double(exact) - 0.5, Double(exact), Double(exact) + 0.5, Double(exact) + 7] {
                let early = a.withUnsafeBufferPointer { x in
                    b.withUnsafeBufferPointer { y in SortedSet.intersectionCount(x, y, stoppingBelow: need) }
                }
                if Double(exact) >= need {
                    #expect(early == exact, "need \(need), exact \(exact)")
                } else {
                    #expect(early == nil, "need \(need), exact \(exact)")
                }
            }
        }
    }

    @Test func blockwiseIntersectionOf32BitSetsAgreesWithTheMerge() {
        var generator = SplitMix64(seed: 11)
        for round in 0..<2_000 {
            // Dense universes make long runs of shared values, sparse ones few; sizes cross the
            // four-value blocks' edges.
            let universe = UInt64(8 + generator.next() % (round % 2 == 0 ? 64 : 4_000))
            func randomSet() -> [UInt32] {
                let count = Int(generator.next() % 120)
                return SortedSet.uniqued((0..<count).map { _ in Int(generator.next() % universe) }).map { UInt32($0) }
            }
            let a = randomSet(), b = randomSet()
            let exact = SortedSet.intersectionCount(a, b)
            for need in [0.0, Double(exact) - 0.5, Double(exact), Double(exact) + 0.5, Double(exact) + 7] {
                let blockwise = a.withUnsafeBufferPointer { x in
                    b.withUnsafeBufferPointer { y in SortedSet.intersectionCount(x, y, stoppingBelow: need) }
                }
                #expect(blockwise == (Double(exact) >= need ? exact : nil), "need \(need), exact \(exact), \(a) ∩ \(b)")
            }
        }
    }

    @Test func uniquedSortsAndDropsRepeats() {
        #expect(SortedSet.uniqued([5, 1, 5, 3, 1]) == [1, 3, 5])
        #expect(SortedSet.jaccard([1, 2, 3], [2, 3, 4]) == 0.5)
    }

    @Test func unionMergesAndPositionFinds() {
        #expect(SortedSet.union([1, 4, 9], [2, 3, 10, 11]) == [1, 2, 3, 4, 9, 10, 11])
        #expect(SortedSet.union([1, 4, 9], [4, 9, 12]) == [1, 4, 9, 12])
        #expect(SortedSet.union([], [5]) == [5])
        #expect(SortedSet.union([7, 8], []) == [7, 8])
        #expect(SortedSet.position(of: 9, in: [1, 4, 9]) == 2)
        #expect(SortedSet.position(of: 5, in: [1, 4, 9]) == nil)
        #expect(SortedSet.position(of: 10, in: [1, 4, 9]) == nil)
        #expect(SortedSet.position(of: 1, in: [Int]()) == nil)
    }

    @Test func radixUniquingMatchesComparisonSorting() {
        var generator = SplitMix64(seed: 12)
        for size in [0, 1, 95, 96, 97, 250, 1000, 5000] {
            for pattern in 0..<4 {
                let values: [UInt64] = (0..<size).map { index in
                    switch pattern {
                    case 0: return generator.next()
                    case 1: return generator.next() % 50  // many repeats, high bytes shared
                    case 2: return UInt64(size - index) << 40  // low bytes all zero
                    default: return index % 3 == 0 ? .max : generator.next() | 0xFF00_0000_0000_0000
                    }
                }
                #expect(SortedSet.uniqued(values) == SortedSet.comparisonUniqued(values), "size \(size) pattern \(pattern)")
            }
        }
    }
}
