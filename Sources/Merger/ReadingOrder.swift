internal import StoryModel

/// The reading order of a merged story: a topological merge of every article's sentence order,
/// with the fact the outlets share as the lead.
///
/// Fused groups are the nodes; each article adds an edge from each of its sentences' group to its
/// next sentence's group, so every outlet's order is kept wherever the outlets agree.
///
/// **Lead.** The story opens with the fact carried by the most articles among those some outlet
/// puts in its first ``leadZone`` sentences (ties by key), even ahead of an outlet's asides: the
/// one place where an outlet's order may yield.
///
/// **Merge.** Kahn's algorithm then emits, among the ready groups (all predecessors emitted):
/// 1. a continuation of the group just emitted (the next sentence of its paragraph, or one that
///    leans on it: `He added …`, `But …`, `“…,” he said.`), so paragraphs stay together;
/// 2. else the group with the smallest placement key. A sentence at index `i` of an article
///    with `n` sentences sits at `(i + ½) / n`; a group's key is the weighted mean of its
///    sentences' positions (the most central article weighs ``centralWeight``, the others 1),
///    times `1 − leadPull · (k − 1) / (N − 1)` for a group carried by `k` of `N` articles, so
///    outlets interleave by relative position and shared facts come a little earlier.
///    Ties: the most central article's sentence first, then its index.
///
/// Crossing alignments make cycles. When no group is ready, the remaining group whose sentence
/// in the most central article comes first is forced out, so the most central article's order
/// wins.
enum ReadingOrder {
    /// How much a fact carried by every article is pulled toward the top (0 = not at all).
    static let leadPull = 0.3
    /// How many opening sentences of an article count as its lead.
    static let leadZone = 3
    /// The weight of the most central article's position in a group's key.
    static let centralWeight = 2.0

    /// Orders the groups of an alignment.
    ///
    /// - Returns: group indices in reading order, each exactly once.
    /// - Complexity: O(g²) for g groups.
    static func order(_ alignment: SentenceAlignment) -> [Int] {
        let groups = alignment.groups
        let articleCount = alignment.articles.count
        var successors = [[Int]](repeating: [], count: groups.count)
        var inDegree = [Int](repeating: 0, count: groups.count)
        var edges: Set<[Int]> = []
        var follows = [Set<Int>](repeating: [], count: groups.count)
        for (a, article) in alignment.articles.enumerated() where article.sentences.count > 1 {
            for s in 1..<article.sentences.count {
                let from = alignment.groupOf[a][s - 1], to = alignment.groupOf[a][s]
                guard from != to else { continue }
                if continues(article.sentences[s], after: article.sentences[s - 1]) { follows[from].insert(to) }
                guard edges.insert([from, to]).inserted else { continue }
                successors[from].append(to)
                inDegree[to] += 1
            }
        }
        let keys: [Double] = groups.map { group in
            var sum = 0.0, weight = 0.0
            for ref in group {
                let n = Double(max(1, alignment.articles[ref.article].sentences.count))
                let w = alignment.centralRank[ref.article] == 0 ? centralWeight : 1
                sum += w * (Double(ref.sentence) + 0.5) / n
                weight += w
            }
            let shared = articleCount > 1 ? Double(group.count - 1) / Double(articleCount - 1) : 0
            return sum / weight * (1 - leadPull * shared)
        }
        let shown: [(rank: Int, index: Int)] = groups.map { group in
            let ref = alignment.representative(of: group)
            return (alignment.centralRank[ref.article], ref.sentence)
        }
        func before(_ l: Int, _ r: Int) -> Bool {
            if keys[l] != keys[r] { return keys[l] < keys[r] }
            if shown[l].rank != shown[r].rank { return shown[l].rank < shown[r].rank }
            if shown[l].index != shown[r].index { return shown[l].index < shown[r].index }
            return l < r
        }
        func forcedBefore(_ l: Int, _ r: Int) -> Bool {
            if shown[l].rank != shown[r].rank { return shown[l].rank < shown[r].rank }
            if shown[l].index != shown[r].index { return shown[l].index < shown[r].index }
            return before(l, r)
        }
        var emitted = [Bool](repeating: false, count: groups.count)
        var result: [Int] = []
        result.reserveCapacity(groups.count)
        // The lead: a fact two or more outlets share and at least one of them opens with.
        var lead: Int?
        for (g, group) in groups.enumerated() where group.count > 1 && group.contains(where: { $0.sentence < leadZone }) {
            if let l = lead, groups[l].count > group.count || (groups[l].count == group.count && !before(g, l)) { continue }
            lead = g
        }
        while result.count < groups.count {
            var best: Int? = result.isEmpty ? lead : nil
            // A continuation of the group just emitted comes right after it (not after a lead
            // pulled out of order: what follows the lead in its article is no longer its context).
            let last = result.count == 1 && result[0] == lead ? nil : result.last
            for g in (last.map { follows[$0].sorted() } ?? []) where !emitted[g] && inDegree[g] == 0 {
                if best == nil || before(g, best!) { best = g }
            }
            let continuing = best != nil
            for g in 0..<groups.count where !continuing && !emitted[g] && inDegree[g] == 0 {
                if best == nil || before(g, best!) { best = g }
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

    /// Words that, opening a sentence, lean on the sentence before it.
    static let dependentOpeners: Set<String> = [
        "he", "she", "they", "it", "his", "her", "their", "its", "but", "and", "or", "yet", "so",
        "this", "that", "these", "those", "however", "also", "still", "then", "there", "such",
    ]

    /// Whether `sentence` continues `previous`: same paragraph, or an opening word that refers
    /// back (`He added …`, `But …`), or a quotation attributed to a pronoun (`“…,” he said.`).
    static func continues(_ sentence: Sentence, after previous: Sentence) -> Bool {
        if sentence.paragraph == previous.paragraph { return true }
        let tokens = WordToken.tokenize(sentence.text)
        guard let first = tokens.first else { return false }
        if first.kind == .word { return dependentOpeners.contains(first.lower) }
        guard first.isQuoteMark else { return false }
        for (i, token) in tokens.enumerated().dropFirst() where i + 1 < tokens.count && token.isQuoteMark {
            let next = tokens[(i + 1)...].first { $0.kind == .word }
            if let next, Attribution.pronouns.contains(next.lower) || next.lower == "they" { return true }
        }
        return false
    }
}
