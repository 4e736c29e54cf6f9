@testable import Clustering
import Similarity

/// The eager average-link clustering that `AverageLinkClustering` replaced, kept as the oracle
/// its lazy re-evaluation must agree with: after every merge it queues every neighbour of the
/// merged cluster again, and it keeps members sorted by merging lists.
struct ReferenceAverageLink {
    typealias Edge = AverageLinkClustering.Edge
    typealias Cluster = AverageLinkClustering.Cluster

    private struct Entry: Comparable {
        var average: Double
        var a: Int
        var b: Int
        var stampA: Int
        var stampB: Int

        /// Higher average first, then smaller ids.
        static func < (lhs: Entry, rhs: Entry) -> Bool {
            if lhs.average != rhs.average { return lhs.average > rhs.average }
            return (lhs.a, lhs.b) < (rhs.a, rhs.b)
        }
    }

    /// Clusters `count` items.
    ///
    /// - Parameters:
    ///   - count: items are `0..<count`.
    ///   - groups: initial clusters (disjoint, each ascending); other items start alone.
    ///   - edges: similarities of item pairs; pairs not listed are 0.
    ///   - threshold: the smallest average similarity that still merges.
    ///   - relative: when two clusters both have at least `minimumSize` members, their average
    ///     must also reach `factor` times the lower of their cohesions (mean internal similarity).
    ///   - canMerge: a veto on merging two clusters, given their ascending member lists.
    /// - Returns: the clusters, each ascending, ordered by smallest member, with the sum of
    ///   their internal similarities.
    /// - Complexity: O((E + M·d) log(E + M·d)) for E edges, M merges and cluster degree d.
    static func cluster(
        count: Int, groups: [[Int]], edges: [Edge], threshold: Double,
        relative: (factor: Double, minimumSize: Int) = (0, 3),
        canMerge: ([Int], [Int]) -> Bool
    ) -> [Cluster] {
        var owner = Array(0..<count)
        var members: [[Int]] = (0..<count).map { [$0] }
        for group in groups {
            guard let root = group.min() else { continue }
            for item in group where item != root {
                owner[item] = root
                members[item] = []
            }
            members[root] = group.sorted()
        }
        var alive = members.map { !$0.isEmpty }
        var stamps = [Int](repeating: 0, count: count)
        var links = [LinkSums](repeating: LinkSums(), count: count)
        var withinSum = [Double](repeating: 0, count: count)
        for edge in edges {
            let a = owner[edge.a], b = owner[edge.b]
            guard a != b else { withinSum[a] += edge.similarity; continue }
            links[a].add(edge.similarity, to: b)
            links[b].add(edge.similarity, to: a)
        }

        var heap = BinaryHeap<Entry>()
        func push(_ x: Int, _ y: Int) {
            let a = min(x, y), b = max(x, y)
            guard let sum = links[a][b] else { return }
            let average = sum / Double(members[a].count * members[b].count)
            guard average >= threshold else { return }
            heap.push(Entry(average: average, a: a, b: b, stampA: stamps[a], stampB: stamps[b]))
        }
        for a in 0..<count where alive[a] {
            for b in links[a].neighbours where b > a { push(a, b) }
        }
        while let entry = heap.pop() {
            let a = entry.a, b = entry.b
            guard alive[a], alive[b], stamps[a] == entry.stampA, stamps[b] == entry.stampB else { continue }
            if relative.factor > 0, members[a].count >= relative.minimumSize, members[b].count >= relative.minimumSize {
                func cohesion(_ x: Int) -> Double { Cluster(members: members[x], withinSimilarity: withinSum[x]).cohesion }
                guard entry.average >= relative.factor * min(cohesion(a), cohesion(b)) else { continue }
            }
            guard canMerge(members[a], members[b]) else { continue }
            // Merge b into a (a < b keeps the smallest member as the cluster id).
            alive[b] = false
            stamps[a] += 1
            members[a] = SortedSet.union(members[a], members[b])
            members[b] = []
            withinSum[a] += withinSum[b] + (links[a][b] ?? 0)
            withinSum[b] = 0
            links[a].remove(b)
            for (c, sum) in links[b].entries where c != a {
                links[a].add(sum, to: c)
                links[c].add(sum, to: a)
                links[c].remove(b)
            }
            links[b] = LinkSums()
            for c in links[a].neighbours { push(a, c) }
        }
        return members.indices.filter { !members[$0].isEmpty }.map { Cluster(members: members[$0], withinSimilarity: withinSum[$0]) }
    }

}
