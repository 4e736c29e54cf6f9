/// Maximum-weight one-to-one assignment on a rectangular weight matrix (the Hungarian method
/// with Jonker–Volgenant style shortest augmenting paths and potentials).
///
/// Weights are non-negative; a zero weight means "no edge": such assignments are dropped from
/// the result, so rows and columns may stay unmatched. The solver works on the smaller side as
/// rows, so its cost is O(r²·c) for r ≤ c.
enum MaximumWeightAssignment {
    /// The assignment maximising the total weight.
    ///
    /// - Parameter weights: `weights[i][j] ≥ 0`, every row the same length.
    /// - Returns: `(row, column)` pairs with positive weight, sorted by row.
    /// - Complexity: O(r²·c) for an r × c matrix with r ≤ c.
    static func solve(_ weights: [[Double]]) -> [(row: Int, column: Int)] {
        let rows = weights.count
        guard rows > 0, let columns = weights.first?.count, columns > 0 else { return [] }
        if rows > columns {
            var transposed = [[Double]](repeating: [Double](repeating: 0, count: rows), count: columns)
            for i in 0..<rows { for j in 0..<columns { transposed[j][i] = weights[i][j] } }
            return solve(transposed).map { (row: $0.column, column: $0.row) }.sorted { $0.row < $1.row }
        }
        var maximum = 0.0
        for row in weights { for w in row where w > maximum { maximum = w } }
        guard maximum > 0 else { return [] }
        // Minimise cost = maximum − weight over a complete assignment of every row (r ≤ c).
        // 1-based arrays as in the classic formulation; index 0 is the virtual start.
        let n = rows, m = columns
        var u = [Double](repeating: 0, count: n + 1)
        var v = [Double](repeating: 0, count: m + 1)
        var match = [Int](repeating: 0, count: m + 1)  // column → row
        var way = [Int](repeating: 0, count: m + 1)
        var minimum = [Double](repeating: 0, count: m + 1)
        var used = [Bool](repeating: false, count: m + 1)
        for i in 1...n {
            match[0] = i
            var j0 = 0
            for j in 0...m { minimum[j] = .infinity; used[j] = false }
            repeat {
                used[j0] = true
                let i0 = match[j0]
                var delta = Double.infinity
                var j1 = 0
                for j in 1...m where !used[j] {
                    let cost = (maximum - weights[i0 - 1][j - 1]) - u[i0] - v[j]
                    if cost < minimum[j] { minimum[j] = cost; way[j] = j0 }
                    if minimum[j] < delta { delta = minimum[j]; j1 = j }
                }
                for j in 0...m {
                    if used[j] { u[match[j]] += delta; v[j] -= delta } else { minimum[j] -= delta }
                }
                j0 = j1
            } while match[j0] != 0
            repeat {
                let j1 = way[j0]
                match[j0] = match[j1]
                j0 = j1
            } while j0 != 0
        }
        var result: [(row: Int, column: Int)] = []
        for j in 1...m where match[j] != 0 && weights[match[j] - 1][j - 1] > 0 {
            result.append((row: match[j] - 1, column: j - 1))
        }
        return result.sorted { $0.row < $1.row }
    }
}
