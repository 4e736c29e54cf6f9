import Testing
import Synchronization
@testable import StoryModel

@Suite struct ParallelMapTests {
    @Test(arguments: [1, 2, 3, 8])
    func keepsTheInputOrderForAnyThreadCount(threads: Int) {
        let input = Array(0..<1_000)
        // Uneven work so workers finish out of order.
        let output = input.parallelMap(threads: .exactly(threads)) { value -> Int in
            var x = value
            for _ in 0..<(value % 7) * 200 { x = (x &* 31) &+ 7 }
            return value * 2 + (x == Int.min ? 1 : 0)
        }
        #expect(output == input.map { $0 * 2 })
    }

    @Test func handlesEmptyAndSingleInputs() {
        #expect([Int]().parallelMap(threads: .exactly(4)) { $0 } == [])
        #expect([5].parallelMap(threads: .allCores) { $0 + 1 } == [6])
    }

    @Test(arguments: [1, 2, 4])
    func parallelUpdateChangesEveryElementOnceInPlace(threads: Int) {
        let input = (0..<1_000).map { [$0, $0 * 3] }
        var updated = input
        updated.parallelUpdate(threads: .exactly(threads)) { index, element in
            element = [element.reduce(0, +) + index]
        }
        #expect(updated == input.enumerated().map { [$1.reduce(0, +) + $0] })
        var empty: [[Int]] = []
        empty.parallelUpdate(threads: .exactly(threads)) { _, element in element.append(1) }
        #expect(empty.isEmpty)
    }

    @Test(arguments: [(1, 1), (2, 7), (4, 64), (3, 5000)])
    func parallelUpdateInARangeChangesOnlyItsElements(threads: Int, blockSize: Int) {
        for range in [0..<0, 0..<1, 3..<4, 10..<700, 999..<1_001, 0..<1_001] {
            var updated = Array(repeating: -1, count: 1_001)
            updated.parallelUpdate(threads: .exactly(threads), blockSize: blockSize, in: range) { index, element in
                element = element == -1 ? index * 3 : -2
            }
            #expect(updated == (0..<1_001).map { range.contains($0) ? $0 * 3 : -1 }, "range \(range)")
        }
    }

    @Test(arguments: [(1, 1), (2, 7), (4, 64), (3, 5000)])
    func parallelUpdateInBlocksChangesEveryElementOnce(threads: Int, blockSize: Int) {
        // 1,001 elements: the last block is short for every block size above 1.
        var updated = Array(repeating: -1, count: 1_001)
        updated.parallelUpdate(threads: .exactly(threads), blockSize: blockSize) { index, element in
            element = element == -1 ? index * 3 : -2
        }
        #expect(updated == (0..<1_001).map { $0 * 3 })
    }

    @Test(arguments: [(1, 1), (2, 7), (4, 64), (3, 5000)])
    func parallelUpdateWithStateMakesOneStatePerWorker(threads: Int, blockSize: Int) {
        let made = Atomic<Int>(0)
        var updated = Array(repeating: -1, count: 1_001)
        // The state counts the elements its worker changed: each element once, across workers.
        updated.parallelUpdate(threads: .exactly(threads), blockSize: blockSize, state: { () -> Int in
            made.wrappingAdd(1, ordering: .relaxed)
            return 0
        }) { index, element, changed in
            changed += 1
            element = element == -1 ? index * 3 : -2
        }
        #expect(updated == (0..<1_001).map { $0 * 3 })
        let workers = min(threads, (1_001 + blockSize - 1) / blockSize)
        #expect(made.load(ordering: .relaxed) == workers)
    }

    @Test func threadCountsAreAtLeastOne() {
        #expect(ThreadCount.exactly(0).resolved == 1)
        #expect(ThreadCount.exactly(3).resolved == 3)
        #expect(ThreadCount.allCores.resolved >= 1)
        #expect(ThreadCount.exactly(1).description == "1 thread")
    }
}
