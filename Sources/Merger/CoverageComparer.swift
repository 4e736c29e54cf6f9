package import StoryModel

/// One side of a coverage comparison: a name and the outlets that belong to it.
package struct CoverageSide: Sendable, Hashable {
    /// The side's name (an outlet's name, or a group's name such as `left`).
    package var name: String
    /// The outlets on this side, as the user wrote them (`AP`, `foxnews.com`).
    package var outlets: [String]

    /// Creates a side.
    package init(name: String, outlets: [String]) {
        self.name = name
        self.outlets = outlets
    }

    /// Whether an article's source belongs to this side.
    ///
    /// An outlet matches a source when their keys are equal. A key is the lowercased name
    /// without `www.`, spaces and punctuation; for a domain (`edition.cnn.com`, `bbc.co.uk`) it is
    /// the registered name (`cnn`, `bbc`); a trailing `news` is dropped from both, so
    /// `foxnews.com`, `Fox News` and `fox` all match, and so do `apnews.com` and `AP`.
    package func contains(source: String) -> Bool {
        let key = Self.key(source)
        guard !key.isEmpty else { return false }
        return outlets.contains { Self.key($0) == key }
    }

    /// The comparison key of an outlet or source name.
    static func key(_ name: String) -> String {
        var text = name.lowercased().trimmingWhitespace()
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if let slash = text.firstIndex(of: "/") { text = String(text[..<slash]) }
        if text.hasPrefix("www.") { text.removeFirst(4) }
        let isDomain = !text.contains(" ") && text.contains(".") && text.split(separator: ".").count >= 2
            && (text.split(separator: ".").last?.count ?? 0) >= 2
            && (text.split(separator: ".").last?.allSatisfy(\.isLetter) ?? false)
        if isDomain {
            var labels = text.split(separator: ".").map(String.init)
            labels.removeLast()
            if labels.count >= 2, ["co", "com", "org", "net", "gov", "ac", "edu"].contains(labels.last!) { labels.removeLast() }
            text = labels.last ?? text
        }
        var key = String(text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
        if key.hasSuffix("news"), key.count >= 6 { key.removeLast(4) }
        return key
    }
}

extension String {
    /// This string without leading and trailing whitespace.
    fileprivate func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

/// Compares which stories two sides covered.
package struct CoverageComparer: Sendable {
    /// Creates a comparer.
    package init() {}

    /// Compares coverage across clusters.
    ///
    /// - Parameters:
    ///   - clusters: the event clusters.
    ///   - articles: the articles the clusters refer to (others are ignored).
    ///   - sideA: the first side.
    ///   - sideB: the second side.
    /// - Returns: stories both sides covered, only A covered and only B covered, each sorted by
    ///   day (unknown days last), then id. Stories neither side covered are left out. A story's
    ///   headline is the title of its first article (in cluster order) that has one, else that
    ///   article's first sentence.
    /// - Complexity: O(total articles).
    package func compare(
        clusters: [EventCluster], articles: [NormalizedArticle], sideA: CoverageSide, sideB: CoverageSide
    ) -> CoverageDiff {
        var byID: [String: NormalizedArticle] = [:]
        for article in articles where byID[article.id] == nil { byID[article.id] = article }
        var both: [CoverageDiff.Story] = [], onlyA: [CoverageDiff.Story] = [], onlyB: [CoverageDiff.Story] = []
        for cluster in clusters {
            var seen: Set<String> = []
            let members = cluster.articleIDs.filter { seen.insert($0).inserted }.compactMap { byID[$0] }
            guard !members.isEmpty else { continue }
            let inA = members.filter { sideA.contains(source: $0.article.source) }.map(ArticleSummary.init)
            let inB = members.filter { sideB.contains(source: $0.article.source) }.map(ArticleSummary.init)
            guard !inA.isEmpty || !inB.isEmpty else { continue }
            let titled = members.first { !($0.article.title ?? "").isEmpty }
            let headline = titled?.article.title ?? members[0].sentences.first?.text ?? members[0].id
            let story = CoverageDiff.Story(
                id: cluster.id, headline: headline, day: members.compactMap(\.article.date).min(),
                articlesA: inA, articlesB: inB, sources: Array(Set(members.map(\.article.source))).sorted())
            if !inA.isEmpty, !inB.isEmpty { both.append(story) } else if !inA.isEmpty { onlyA.append(story) } else { onlyB.append(story) }
        }
        func sorted(_ stories: [CoverageDiff.Story]) -> [CoverageDiff.Story] {
            stories.sorted { l, r in
                switch (l.day, r.day) {
                case let (x?, y?) where x != y: return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return l.id < r.id
                }
            }
        }
        return CoverageDiff(
            sideA: sideA.name, sourcesA: sideA.outlets, sideB: sideB.name, sourcesB: sideB.outlets,
            both: sorted(both), onlyA: sorted(onlyA), onlyB: sorted(onlyB))
    }
}
