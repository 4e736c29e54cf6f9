@testable import Merger
import Testing

@Suite struct MaximumWeightAssignmentTests {
    @Test func beatsGreedyWhereTheBestPairBlocksTwoGoodOnes() {
        // Greedy takes (0,0) = 0.9 and leaves row 1 unmatched; the optimum is 0.8 + 0.8.
        let pairs = MaximumWeightAssignment.solve([[0.9, 0.8], [0.8, 0]])
        #expect(pairs.map { [$0.row, $0.column] } == [[0, 1], [1, 0]])
    }

    @Test func rectangularMatricesAndZeroWeightsLeaveSentencesUnmatched() {
        let wide = MaximumWeightAssignment.solve([[0, 0.6, 0.7], [0, 0.9, 0]])
        #expect(wide.map { [$0.row, $0.column] } == [[0, 2], [1, 1]])
        let tall = MaximumWeightAssignment.solve([[0.5], [0.7], [0]])
        #expect(tall.map { [$0.row, $0.column] } == [[1, 0]])
        #expect(MaximumWeightAssignment.solve([[0, 0], [0, 0]]).isEmpty)
        #expect(MaximumWeightAssignment.solve([]).isEmpty)
    }

    @Test func matchesBruteForceOnSmallMatrices() {
        var seed: UInt64 = 42
        func next() -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let v = Double(seed >> 33) / Double(1 << 31)
            return v < 0.4 ? 0 : v
        }
        func best(_ w: [[Double]], _ row: Int, _ used: Set<Int>) -> Double {
            guard row < w.count else { return 0 }
            var value = best(w, row + 1, used)
            for c in w[row].indices where !used.contains(c) && w[row][c] > 0 {
                value = max(value, w[row][c] + best(w, row + 1, used.union([c])))
            }
            return value
        }
        for _ in 0..<200 {
            let r = 1 + Int(next() * 4), c = 1 + Int(next() * 5)
            let w = (0..<r).map { _ in (0..<c).map { _ in next() } }
            let pairs = MaximumWeightAssignment.solve(w)
            let total = pairs.reduce(0) { $0 + w[$1.row][$1.column] }
            #expect(abs(total - best(w, 0, [])) < 1e-9)
            #expect(Set(pairs.map(\.row)).count == pairs.count && Set(pairs.map(\.column)).count == pairs.count)
        }
    }
}
