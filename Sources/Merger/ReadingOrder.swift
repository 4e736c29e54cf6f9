/// The reading order of a merged story: a topological merge of every article's sentence order.
///
/// Fused groups are the nodes; each article adds an edge from each of its sentences' group to
/// its next sentence's group. Kahn's algorithm emits the groups; among the groups that are ready
/// (all predecessors emitted) it takes, in order:
/// 1. the group carried by the most articles — so the lead is a fact most outlets share whenever
///    their openings agree, and a shared fact is not held back behind one outlet's aside;
/// 2. the group whose shown sentence comes from the most central article;
/// 3. the earlier sentence of that article.
///
/// The lead comes first: when groups carried by two or more articles sit within the first
/// ``leadZone`` sentences of every article carrying them, the one carried by the most articles
/// (then by the order above) opens the story even if an outlet put a detail before it.
///
/// Crossing alignments make cycles. When no group is ready, the order is forced: the remaining
/// group with the most central article and the earliest position in it is emitted, which drops
/// the edges from less central articles into it. The most central article's order always wins.
enum ReadingOrder {
    /// How many opening sentences of an article count as its lead.
    static let leadZone = 3

    /// Orders the groups of an alignment.
    ///
    /// - Returns: group indices in reading order, each exactly once.
    /// - Complexity: O(g²) for g groups.
    static func order(_ alignment: SentenceAlignment) -> [Int] {
        let groups = alignment.groups
        var successors = [[Int]](repeating: [], count: groups.count)
        var inDegree = [Int](repeating: 0, count: groups.count)
        var edges: Set<[Int]> = []
        for (a, article) in alignment.articles.enumerated() where article.sentences.count > 1 {
            for s in 1..<article.sentences.count {
                let from = alignment.groupOf[a][s - 1], to = alignment.groupOf[a][s]
                guard from != to, edges.insert([from, to]).inserted else { continue }
                successors[from].append(to)
                inDegree[to] += 1
            }
        }
        // Keys: (articles in the group, rank of the shown article, position there).
        let keys: [(count: Int, rank: Int, index: Int)] = groups.map { group in
            let shown = alignment.representative(of: group)
            return (group.count, alignment.centralRank[shown.article], shown.sentence)
        }
        func before(_ l: Int, _ r: Int) -> Bool {
            let kl = keys[l], kr = keys[r]
            if kl.count != kr.count { return kl.count > kr.count }
            if kl.rank != kr.rank { return kl.rank < kr.rank }
            if kl.index != kr.index { return kl.index < kr.index }
            return l < r
        }
        func forcedBefore(_ l: Int, _ r: Int) -> Bool {
            let kl = keys[l], kr = keys[r]
            if kl.rank != kr.rank { return kl.rank < kr.rank }
            if kl.index != kr.index { return kl.index < kr.index }
            return l < r
        }
        var emitted = [Bool](repeating: false, count: groups.count)
        var result: [Int] = []
        result.reserveCapacity(groups.count)
        var lead: Int?
        for (g, group) in groups.enumerated() where group.count > 1 && group.allSatisfy({ $0.sentence < leadZone }) {
            if lead == nil || before(g, lead!) { lead = g }
        }
        while result.count < groups.count {
            var best: Int? = result.isEmpty ? lead : nil
            if best == nil {
                for g in 0..<groups.count where !emitted[g] && inDegree[g] == 0 {
                    if best == nil || before(g, best!) { best = g }
                }
            }
            if best == nil {
                for g in 0..<groups.count where !emitted[g] {
                    if best == nil || forcedBefore(g, best!) { best = g }
                }
            }
            let g = best!
            emitted[g] = true
            result.append(g)
            for next in successors[g] { inDegree[next] -= 1 }
        }
        return result
    }
}
