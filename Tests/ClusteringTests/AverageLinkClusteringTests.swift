import Testing
@testable import Clustering
import Similarity

@Suite struct AverageLinkClusteringTests {
    typealias Edge = AverageLinkClustering.Edge
    typealias Edges = AverageLinkClustering.Edges

    /// Two tight stories and one bridge item similar to both: single link would chain all seven.
    @Test func bridgeDoesNotChainTwoStories() {
        var edges: [Edge] = []
        for story in [[0, 1, 2], [3, 4, 5]] {
            for i in story { for j in story where j > i { edges.append(Edge(a: i, b: j, similarity: 0.8)) } }
        }
        for item in 0..<6 { edges.append(Edge(a: 6, b: item, similarity: 0.45)) }
        let clusters = AverageLinkClustering.cluster(count: 7, groups: [], edges: Edges(edges), threshold: 0.3) { _, _ in true }.map(\.members)
        #expect(clusters.contains([0, 1, 2]) || clusters.contains([0, 1, 2, 6]))
        #expect(clusters.contains([3, 4, 5]) || clusters.contains([3, 4, 5, 6]))
        #expect(clusters.count == 2 || clusters.count == 3)
        #expect(!clusters.contains { $0.contains(0) && $0.contains(3) })
    }

    @Test func missingPairsCountAsZero() {
        // 0–1 strong, 2 linked to 0 only: average with {0,1} is (0.5 + 0) / 2 = 0.25 < 0.3.
        let edges = [Edge(a: 0, b: 1, similarity: 0.9), Edge(a: 0, b: 2, similarity: 0.5)]
        let clusters = AverageLinkClustering.cluster(count: 3, groups: [], edges: Edges(edges), threshold: 0.3) { _, _ in true }.map(\.members)
        #expect(clusters == [[0, 1], [2]])
    }

    @Test func initialGroupsAndVetoAreRespected() {
        let edges = [Edge(a: 0, b: 2, similarity: 0.9), Edge(a: 1, b: 3, similarity: 0.9)]
        let clusters = AverageLinkClustering.cluster(count: 4, groups: [[0, 1]], edges: Edges(edges), threshold: 0.3) { left, right in
            !(left.contains(3) || right.contains(3))
        }.map(\.members)
        #expect(clusters == [[0, 1, 2], [3]])
    }

    @Test func tiesBreakBySmallerIds() {
        let edges = [Edge(a: 1, b: 2, similarity: 0.5), Edge(a: 0, b: 1, similarity: 0.5)]
        let clusters = AverageLinkClustering.cluster(count: 3, groups: [], edges: Edges(edges), threshold: 0.3) { _, _ in true }.map(\.members)
        // 0–1 merges first; then {0,1}–2 averages 0.25 and stays apart.
        #expect(clusters == [[0, 1], [2]])
    }

    @Test func edgesKeepOnlyPositiveSimilaritiesInOrder() {
        var edges = Edges([
            Edge(a: 3, b: 1, similarity: 0.4), Edge(a: 0, b: 2, similarity: 0), Edge(a: 2, b: 5, similarity: .nan),
            Edge(a: 1, b: 2, similarity: 0.7), Edge(a: 4, b: 0, similarity: -0.1), Edge(a: 0, b: 1, similarity: 0.2),
        ])
        edges.removeNonPositive()
        #expect(edges.pairs == [CandidatePair(1, 3), CandidatePair(1, 2), CandidatePair(0, 1)])
        #expect(edges.similarities == [0.4, 0.7, 0.2])
    }

    /// Link sums bucketed one range of clusters at a time are the sums of bucketing all at
    /// once, with groups whose members' edges share entries.
    @Test func linkSumsDoNotDependOnTheRanges() {
        var random = SplitMix64(seed: 77)
        let count = 500
        var edges: [Edge] = []
        for a in 0..<count {
            for _ in 0..<(1 + Int(random.next() % 12)) {
                let b = Int(random.next() % UInt64(count))
                if b != a { edges.append(Edge(a: a, b: b, similarity: Double(1 + random.next() % 40) * 0.025)) }
            }
        }
        // Groups of three (owner: the smallest member) for a tenth of the items.
        let owner = (0..<count).map { $0 % 10 == 0 ? $0 : ($0 % 10 < 3 ? $0 - $0 % 10 : $0) }
        func sums(ranges: Int, threads: Int) -> (links: [[Double]], within: [Double]) {
            var within = [Double](repeating: 0, count: count)
            let links = AverageLinkClustering.linkSums(
                count: count, owner: owner, edges: Edges(edges), withinSum: &within, threads: .exactly(threads), ranges: ranges)
            return (links.map { map in (0..<count).map { map[$0] ?? -1 } }, within)
        }
        let one = sums(ranges: 1, threads: 1)
        #expect(one.within.contains { $0 > 0 })
        #expect(one.links.joined().filter { $0 > 0 }.count > 1_000)
        for (ranges, threads) in [(3, 1), (8, 2), (500, 2), (10_000, 3)] {
            let other = sums(ranges: ranges, threads: threads)
            #expect(other.links == one.links, "\(ranges) ranges")
            #expect(other.within == one.within)
        }
    }

    @Test func unionFindRootsAreSmallest() {
        var sets = UnionFind(count: 6)
        sets.union(4, 2)
        sets.union(5, 4)
        sets.union(1, 3)
        #expect(sets.find(5) == 2)
        #expect(sets.groups() == [[1, 3], [2, 4, 5]])
    }

    /// Two tight stories of five whose cross pairs average 0.3: above the threshold, but far
    /// below each story's own cohesion (0.7).
    static func twoTopicalStories() -> [Edge] {
        var edges: [Edge] = []
        for story in [Array(0..<5), Array(5..<10)] {
            for i in story { for j in story where j > i { edges.append(Edge(a: i, b: j, similarity: 0.7)) } }
        }
        for i in 0..<5 { for j in 5..<10 { edges.append(Edge(a: i, b: j, similarity: 0.3)) } }
        return edges
    }

    @Test func relativeLinkKeepsTwoCohesiveStoriesApart() {
        let edges = Self.twoTopicalStories()
        let plain = AverageLinkClustering.cluster(count: 10, groups: [], edges: Edges(edges), threshold: 0.2) { _, _ in true }.map(\.members)
        #expect(plain == [Array(0..<10)])
        let relative = AverageLinkClustering.cluster(
            count: 10, groups: [], edges: Edges(edges), threshold: 0.2, relative: (0.75, 5)) { _, _ in true }.map(\.members)
        #expect(relative == [Array(0..<5), Array(5..<10)])
    }

    @Test func relativeLinkIgnoresSmallClusters() {
        // The same shape with stories of five, but a minimum size of six: the check never applies.
        let edges = Self.twoTopicalStories()
        let clusters = AverageLinkClustering.cluster(
            count: 10, groups: [], edges: Edges(edges), threshold: 0.2, relative: (0.75, 6)) { _, _ in true }.map(\.members)
        #expect(clusters == [Array(0..<10)])
    }

    @Test func relativeLinkStillMergesHalvesOfOneStory() {
        // Cross pairs nearly as similar as the pairs inside: one story that grew in two halves.
        var edges = Self.twoTopicalStories()
        for index in edges.indices where edges[index].similarity == 0.3 { edges[index].similarity = 0.6 }
        let clusters = AverageLinkClustering.cluster(
            count: 10, groups: [], edges: Edges(edges), threshold: 0.2, relative: (0.75, 5)) { _, _ in true }.map(\.members)
        #expect(clusters == [Array(0..<10)])
    }

    @Test func clustersCarryTheSumOfTheirInternalSimilarities() {
        let clusters = AverageLinkClustering.cluster(
            count: 10, groups: [], edges: Edges(Self.twoTopicalStories()), threshold: 0.2, relative: (0.75, 5)) { _, _ in true }
        #expect(clusters.count == 2)
        for cluster in clusters {
            #expect(abs(cluster.withinSimilarity - 10 * 0.7) < 1e-9)  // 10 pairs of 0.7 in a story of five
            #expect(abs(cluster.cohesion - 0.7) < 1e-9)
        }
    }


    /// Lazy re-evaluation and bucketed link sums give the eager algorithm's clusters: random
    /// graphs of overlapping communities with tied similarities, initial groups, the relative
    /// rule and a veto, on 1 and 2 threads. With `nudge`, similarities differ by less than
    /// single precision resolves, so stale queue entries carry the marks of live ones.
    @Test(arguments: 0..<40, [0, 1e-11])
    func lazyRequeuingMatchesEagerRequeuing(seed: Int, nudge: Double) {
        var random = SplitMix64(seed: 0x5DEE_CE66_D1CE_4E5B &+ UInt64(seed))
        func next(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        let count = 20 + next(280)
        var edges: [Edge] = []
        var seen = Set<Int>()
        func add(_ a: Int, _ b: Int) {
            let (x, y) = (min(a, b), max(a, b))
            guard x != y, seen.insert(x * count + y).inserted else { return }
            // Similarities on a grid of 0.05, so equal averages (ties) are common.
            edges.append(Edge(a: x, b: y, similarity: Double(1 + next(20)) * 0.05 + Double(next(3)) * nudge))
        }
        // Communities (some large, as a wire story copied hundreds of times) and stray links.
        var start = 0
        while start < count {
            let size = 1 + (next(6) == 0 ? next(60) : next(8))
            let community = Array(start..<min(start + size, count))
            for a in community { for b in community where b > a && next(3) > 0 { add(a, b) } }
            start += size
        }
        for _ in 0..<(count * 2) { add(next(count), next(count)) }
        var groups: [[Int]] = []
        var grouped = Set<Int>()
        for _ in 0..<(count / 10) {
            let a = next(count), b = next(count)
            if a != b, !grouped.contains(a), !grouped.contains(b) {
                groups.append([min(a, b), max(a, b)])
                grouped.formUnion([a, b])
            }
        }
        // A veto that depends only on the members (not their order), as the date window does.
        let veto: ([Int], [Int]) -> Bool = { left, right in
            (left.min()! &* 31 &+ right.min()! &+ left.count &* right.count) % 11 != 0
        }
        for threshold in [0.1, 0.17, 0.3] {
            for relative in [(0.0, 3), (0.72, 4)] {
                let expected = ReferenceAverageLink.cluster(
                    count: count, groups: groups, edges: edges, threshold: threshold, relative: relative, canMerge: veto)
                for threads in [1, 2] {
                    let lazy = AverageLinkClustering.cluster(
                        count: count, groups: groups, edges: Edges(edges), threshold: threshold, relative: relative,
                        threads: .exactly(threads), canMerge: veto)
                    #expect(lazy == expected, "seed \(seed), threshold \(threshold), relative \(relative), \(threads) threads")
                }
            }
        }
    }
}
