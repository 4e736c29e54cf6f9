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

    @Test func uniquedSortsAndDropsRepeats() {
        #expect(SortedSet.uniqued([5, 1, 5, 3, 1]) == [1, 3, 5])
        #expect(SortedSet.jaccard([1, 2, 3], [2, 3, 4]) == 0.5)
    }
}
