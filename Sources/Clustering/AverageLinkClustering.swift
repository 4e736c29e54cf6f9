internal import Similarity
internal import StoryModel

/// Average-link agglomerative clustering over a sparse similarity graph.
///
/// Starting from initial groups, it repeatedly merges the two clusters with the highest average
/// pairwise similarity (pairs missing from the graph count as 0) while that average is at least
/// the threshold. Unlike single link, one bridge article similar to two stories cannot chain
/// them: its similarity is diluted by every other pair across the two clusters. A veto can
/// forbid merges (the date window). Ties are broken by the smaller cluster ids, so the result
/// does not depend on hashing or on input order.
struct AverageLinkClustering {
    /// A weighted edge between two items, one at a time (a graph's edges are held as `Edges`).
    struct Edge {
        /// The items.
        private var first: Int32, second: Int32
        /// The similarity.
        var similarity: Double
        /// One item.
        var a: Int { Int(first) }
        /// The other item.
        var b: Int { Int(second) }

        /// Creates an edge.
        init(a: Int, b: Int, similarity: Double) {
            (first, second, self.similarity) = (Int32(a), Int32(b), similarity)
        }
    }

    /// A graph's edges in two columns, pairs and similarities, at the same indices: 16 bytes an
    /// edge, and the pairs a caller scored are kept as they are, not copied into edges.
    struct Edges {
        /// The item pairs.
        private(set) var pairs: [CandidatePair]
        /// The similarity of each pair.
        private(set) var similarities: [Double]

        /// Pairs and their similarities, at the same indices.
        init(pairs: [CandidatePair], similarities: [Double]) {
            precondition(pairs.count == similarities.count, "a similarity for every pair")
            (self.pairs, self.similarities) = (pairs, similarities)
        }

        /// The edges listed.
        init(_ edges: some Sequence<Edge>) {
            self.init(pairs: edges.map { CandidatePair($0.a, $0.b) }, similarities: edges.map(\.similarity))
        }

        /// How many edges there are.
        var count: Int { pairs.count }

        /// Replaces each pair's items by their clusters, `owner[item]`, on every core; a pair
        /// inside one cluster becomes a pair of that cluster with itself.
        mutating func replaceItems(by owner: [Int], threads: ThreadCount) {
            pairs.parallelUpdate(threads: threads, blockSize: 65_536) { _, pair in
                pair = CandidatePair(owner[pair.first], owner[pair.second])
            }
        }

        /// Removes the edges with an item in `marked`, keeping the others' order.
        ///
        /// - Returns: the removed edges, in their order.
        mutating func removeEdges(touching marked: [Bool]) -> [Edge] {
            var removed: [Edge] = []
            var kept = 0
            for index in pairs.indices {
                let pair = pairs[index]
                if marked[pair.first] || marked[pair.second] {
                    removed.append(Edge(a: pair.first, b: pair.second, similarity: similarities[index]))
                    continue
                }
                pairs[kept] = pair
                similarities[kept] = similarities[index]
                kept += 1
            }
            pairs.removeLast(pairs.count - kept)
            similarities.removeLast(similarities.count - kept)
            return removed
        }

        /// Removes the edges whose similarity is not above 0 (nor NaN), keeping the others' order.
        mutating func removeNonPositive() {
            var kept = 0
            for index in pairs.indices where similarities[index] > 0 {
                pairs[kept] = pairs[index]
                similarities[kept] = similarities[index]
                kept += 1
            }
            pairs.removeLast(pairs.count - kept)
            similarities.removeLast(similarities.count - kept)
        }
    }

    /// One resulting cluster.
    struct Cluster: Equatable {
        /// Its items, ascending.
        var members: [Int]
        /// The sum of the edge similarities between its members (pairs not listed count 0).
        var withinSimilarity: Double

        /// The mean similarity over the members' pairs; 1 for a single item.
        var cohesion: Double {
            members.count > 1 ? withinSimilarity / Double(members.count * (members.count - 1) / 2) : 1
        }
    }

    /// A queued merge: the pair's average when it was queued.
    private struct Entry: Comparable {
        var average: Double
        /// The two clusters (32 bits each, so an entry takes 16 bytes).
        var first: Int32, second: Int32
        var a: Int { Int(first) }
        var b: Int { Int(second) }

        init(average: Double, a: Int, b: Int) {
            (self.average, first, second) = (average, Int32(a), Int32(b))
        }

        /// Higher average first, then smaller ids.
        static func < (lhs: Entry, rhs: Entry) -> Bool {
            if lhs.average != rhs.average { return lhs.average > rhs.average }
            return (lhs.first, lhs.second) < (rhs.first, rhs.second)
        }
    }

    /// Clusters `count` items.
    ///
    /// Queued averages are re-evaluated lazily. A merge of `b` into `a` lowers the average of
    /// `a` with every cluster `b` was not linked to (the same link sum over more pairs), so
    /// their queued entries stay as upper bounds and are brought down only when they reach the
    /// top of the queue; only the pairs whose link sum grew (`b`'s neighbours) are queued anew.
    /// An entry is acted on only when its average is the pair's current one, so every merge is
    /// the one eager re-queuing (every neighbour after every merge) would make, at the cost of
    /// the absorbed cluster's degree instead of the grown one's.
    ///
    /// - Parameters:
    ///   - count: items are `0..<count`.
    ///   - groups: initial clusters (disjoint, each ascending); other items start alone.
    ///   - edges: similarities of item pairs; pairs not listed are 0.
    ///   - threshold: the smallest average similarity that still merges.
    ///   - relative: when two clusters both have at least `minimumSize` members, their average
    ///     must also reach `factor` times the lower of their cohesions (mean internal similarity).
    ///   - threads: how many threads build the clusters' link sums; the result does not depend on it.
    ///   - canMerge: a veto on merging two clusters, given their member lists (in no particular
    ///     order); it must depend only on the members.
    /// - Returns: the clusters, each ascending, ordered by smallest member, with the sum of
    ///   their internal similarities.
    /// - Complexity: O((E + R) log(E + R)) for E edges and R re-queued entries, plus the
    ///   vetoes' cost.
    static func cluster(
        count: Int, groups: [[Int]], edges: consuming Edges, threshold: Double,
        relative: (factor: Double, minimumSize: Int) = (0, 3), threads: ThreadCount = .exactly(1),
        canMerge: ([Int], [Int]) -> Bool
    ) -> [Cluster] {
        // Union-find style ownership: the smallest id of a cluster represents it.
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
        // Each cluster's member count, read by every average without reaching into its list.
        var size = members.map(\.count)
        var withinSum = [Double](repeating: 0, count: count)
        var links = Self.linkSums(count: count, owner: owner, edges: consume edges, withinSum: &withinSum, threads: threads)
        StageTimer.finished("average link: link sums")

        /// The current average similarity of two live clusters, `nil` when they share no edge.
        func average(_ a: Int, _ b: Int) -> Double? {
            guard let sum = links[a][b] else { return nil }
            return sum / Double(size[a] * size[b])
        }
        var heap = BinaryHeap<Entry>()
        // The average of each pair's one live entry, marked on the smaller cluster's link to
        // the larger; older entries of a pair are skipped. The mark is the average in single
        // precision, which halves its memory: an older entry whose average rounds to the same
        // mark is let through, but every entry let through is checked against the pair's exact
        // current average below, and one that is not current is only queued again (beside
        // the live entry, its equal), so the merges are the same.
        func push(_ x: Int, _ y: Int) {
            let a = min(x, y), b = max(x, y)
            links[a].setMark(queue(a, b, average: average(a, b)), of: b)
        }
        /// Queues clusters `a < b` at their current average when it reaches the threshold;
        /// returns the mark their link must carry (`nil`: none, the pair is not queued).
        func queue(_ a: Int, _ b: Int, average value: Double?) -> Float? {
            guard let value, value >= threshold else { return nil }
            heap.push(Entry(average: value, a: a, b: b))
            return Float(value)
        }
        // The first entries are sorted once and read in order; the heap holds only re-queued
        // pairs, so a million articles' pairs are not sifted through one huge heap.
        // Each cluster marks its links to larger ones, a block of clusters per worker.
        let sizes = size
        let blockSize = 4096
        let initial = links.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedSlots(buffer.baseAddress)
            return Array(stride(from: 0, to: count, by: blockSize)).parallelMap(threads: threads) { first in
                var found: [Entry] = []
                for a in first..<min(first + blockSize, count) {
                    shared.pointer![a].setMarks { b, sum in
                        guard b > a else { return nil }
                        let value = sum / Double(sizes[a] * sizes[b])
                        guard value >= threshold else { return nil }
                        found.append(Entry(average: value, a: a, b: b))
                        return Float(value)
                    }
                }
                return found
            }.flatMap { $0 }
        }.sorted()
        StageTimer.finished("average link: first entries (\(initial.count))")
        var cursor = 0
        // The sum of what `LinkSums.touch` read: checked below so the reads are not optimized away.
        var touched = 0
        /// The next entry in queue order, from the sorted first entries or the heap.
        func next() -> Entry? {
            if cursor < initial.count, heap.first.map({ !($0 < initial[cursor]) }) ?? true {
                // The map an entry further on will be checked in is touched now, so its cache
                // miss overlaps the work of the entries before it.
                if cursor + 16 < initial.count {
                    let ahead = initial[cursor + 16]
                    touched &+= links[ahead.a].touch(ahead.b, ahead.b)
                }
                cursor += 1
                return initial[cursor - 1]
            }
            return heap.pop()
        }
        // Partners of pairs the veto or the relative rule refused: asked again once either
        // cluster changes (as eager re-queuing would).
        var refused = [[Int]](repeating: [], count: count)
        while let entry = next() {
            let a = entry.a, b = entry.b
            guard links[a].mark(of: b) == Float(entry.average) else { continue }
            links[a].setMark(nil, of: b)
            guard alive[a], alive[b], let value = average(a, b), value >= threshold else { continue }
            if value != entry.average {
                // Lowered by a merge since it was queued: queue its current average.
                push(a, b)
                continue
            }
            if relative.factor > 0, members[a].count >= relative.minimumSize, members[b].count >= relative.minimumSize {
                func cohesion(_ x: Int) -> Double { Cluster(members: members[x], withinSimilarity: withinSum[x]).cohesion }
                guard entry.average >= relative.factor * min(cohesion(a), cohesion(b)) else {
                    refused[a].append(b)
                    refused[b].append(a)
                    continue
                }
            }
            guard canMerge(members[a], members[b]) else {
                refused[a].append(b)
                refused[b].append(a)
                continue
            }
            // Merge b into a (a < b keeps the smallest member as the cluster id); the longer
            // member list absorbs the shorter, so a cluster grown one article at a time is not
            // copied at every step.
            alive[b] = false
            (size[a], size[b]) = (size[a] + size[b], 0)
            if members[a].count < members[b].count { members.swapAt(a, b) }
            members[a].append(contentsOf: members[b])
            members[b] = []
            withinSum[a] += withinSum[b] + (links[a][b] ?? 0)
            withinSum[b] = 0
            links[a].remove(b)
            // Each of b's neighbours is linked to a instead and its pair with a queued anew
            // at once, from the two entries just written (as `push` would find them).
            // Neighbours are taken in batches: a batch's maps are touched first (see
            // `LinkSums.touch`), so their cache misses overlap instead of stalling each update.
            let neighbours = links[b].entries
            for batch in stride(from: 0, to: neighbours.count, by: 64) {
                let batchEnd = min(batch + 64, neighbours.count)
                for index in batch..<batchEnd { touched &+= links[neighbours[index].neighbour].touch(a, b) }
                for (c, sum) in neighbours[batch..<batchEnd] where c != a {
                    let towardsC = links[a].add(sum, to: c)
                    links[c].remove(b)
                    let towardsA = links[c].add(sum, to: a)
                    let total = a < c ? links[a].sum(at: towardsC) : links[c].sum(at: towardsA)
                    let mark = queue(min(a, c), max(a, c), average: total / Double(size[a] * size[c]))
                    if a < c { links[a].setMark(mark, at: towardsC) } else { links[c].setMark(mark, at: towardsA) }
                }
            }
            links[b] = LinkSums()
            let retry = refused[a] + refused[b]
            (refused[a], refused[b]) = ([], [])
            for c in retry where alive[c] && c != a { push(a, c) }
        }
        precondition(touched != Int.min, "touched slots are only read")
        StageTimer.finished("average link: merges")
        return members.indices.filter { !members[$0].isEmpty }.map {
            Cluster(members: members[$0].sorted(), withinSimilarity: withinSum[$0])
        }
    }

    /// Each initial cluster's link sums to the others, and the sums of the edges inside a
    /// cluster (added to `withinSum`).
    ///
    /// The clusters are taken in a few ranges of about equal degree. For each range, the edges
    /// touching it are bucketed by cluster (a counting sort that keeps their order), then each
    /// cluster's map is filled from its own bucket, sized once: the same sums, added in the
    /// same order, as adding every edge to both maps in turn, without the random access into a
    /// million growing maps. Each range is bucketed and filled by one worker, as many ranges at
    /// once as there are threads. Bucketing a range at a time keeps the buckets (12 bytes an
    /// edge end) a fraction of the edges' size, and no copy of the edges is made: their items
    /// are replaced by their clusters in place, once, so each range's scan reads them in order
    /// instead of looking every item's cluster up again.
    static func linkSums(
        count: Int, owner: [Int], edges: consuming Edges, withinSum: inout [Double], threads: ThreadCount,
        ranges: Int = 8
    ) -> [LinkSums] {
        var edges = consume edges
        edges.replaceItems(by: owner, threads: threads)
        var degree = [Int](repeating: 0, count: count)
        for index in 0..<edges.count {
            let pair = edges.pairs[index]
            let a = pair.first, b = pair.second
            guard a != b else { withinSum[a] += edges.similarities[index]; continue }
            degree[a] += 1
            degree[b] += 1
        }
        // Ranges of clusters with about equal degree sums.
        let total = degree.reduce(0, +)
        let rangeCount = max(1, min(count, ranges))
        var bounds = [0]
        var sum = 0
        for cluster in 0..<count {
            sum += degree[cluster]
            if sum * rangeCount >= total * bounds.count, bounds.count < rangeCount { bounds.append(cluster + 1) }
        }
        if bounds.last != count { bounds.append(count) }

        var result: [LinkSums] = []
        result.reserveCapacity(count)
        // A worker takes one range: it buckets the range's edge ends (a scan of every edge) and
        // fills the range's maps; ranges run on every core at once, in rounds of one range a
        // worker, and their maps are joined in range order.
        let (pairs, similarities) = (edges.pairs, edges.similarities)
        let (degrees, limits) = (degree, bounds)
        let rangeTotal = bounds.count - 1
        let workers = max(1, threads.resolved)
        for round in stride(from: 0, to: rangeTotal, by: workers) {
            result += Array(round..<min(round + workers, rangeTotal)).parallelMap(threads: threads) { part in
                let lower = limits[part], size = limits[part + 1] - lower
                // Bucket starts, then the buckets filled in edge order.
                var start = [Int](repeating: 0, count: size + 1)
                for cluster in 0..<size { start[cluster + 1] = start[cluster] + degrees[lower + cluster] }
                var neighbour = [Int32](repeating: 0, count: start[size])
                var similarity = [Double](repeating: 0, count: start[size])
                var next = start
                for index in 0..<pairs.count {
                    let pair = pairs[index]
                    let a = pair.first, b = pair.second
                    let inA = UInt(bitPattern: a - lower) < UInt(size), inB = UInt(bitPattern: b - lower) < UInt(size)
                    guard inA || inB, a != b else { continue }
                    let value = similarities[index]
                    if inA {
                        neighbour[next[a - lower]] = Int32(b)
                        similarity[next[a - lower]] = value
                        next[a - lower] += 1
                    }
                    if inB {
                        neighbour[next[b - lower]] = Int32(a)
                        similarity[next[b - lower]] = value
                        next[b - lower] += 1
                    }
                }
                return (0..<size).map { cluster in
                    var sums = LinkSums(capacity: start[cluster + 1] - start[cluster])
                    for index in start[cluster]..<start[cluster + 1] {
                        sums.add(similarity[index], to: Int(neighbour[index]))
                    }
                    // Sized for the edges, but members' edges to one neighbour share an entry.
                    sums.shrinkToFit()
                    return sums
                }
            }.flatMap { $0 }
        }
        return result
    }
}
