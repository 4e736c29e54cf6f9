/// Disjoint sets over `0..<count` with path halving and union by smaller root index, so the
/// root of a set is always its smallest element.
struct UnionFind {
    private var parent: [Int]

    /// Creates `count` singleton sets.
    init(count: Int) {
        parent = Array(0..<count)
    }

    /// The root (smallest element) of the set holding `element`.
    mutating func find(_ element: Int) -> Int {
        var node = element
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    /// Joins the sets of `a` and `b`.
    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return }
        if rootA < rootB { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }

    /// The sets with two or more elements, each ascending, ordered by their smallest element.
    mutating func groups() -> [[Int]] {
        var byRoot: [[Int]] = Array(repeating: [], count: parent.count)
        for element in parent.indices { byRoot[find(element)].append(element) }
        return byRoot.filter { $0.count > 1 }
    }
}
