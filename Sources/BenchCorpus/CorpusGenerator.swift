internal import Similarity

/// Generates a corpus of news articles with known wire-copy groups from a pool of source texts.
///
/// Each group starts with an original: four to ten paragraphs (of 12 words or more when the
/// pool allows) drawn from random source articles, one word in twenty-five replaced from the
/// pool's vocabulary (so originals sharing a paragraph stay distinct), under a source headline.
/// Zero to six wire copies follow, each from another outlet and each with the edits syndication
/// makes: a new or reworded headline, one or two boilerplate lines (bylines, copyright, app and
/// newsletter prompts), in three of ten a paragraph dropped, one to four words changed, in one
/// of five the last 5–30% cut off.
///
/// Everything is drawn from SplitMix64 seeded by the generator's seed and the group number, so
/// a group is the same whatever else is generated, and `articles(count:)` streams.
package struct CorpusGenerator: Sendable {
    /// The source articles.
    package let sources: [SourceText]
    /// Distinct body words of the sources, sorted: replacements are drawn from here.
    package let vocabulary: [String]
    /// Fixes every random choice.
    package let seed: UInt64

    /// Outlet names copies are attributed to.
    package static let outlets = [
        "Associated Press", "Reuters", "Daily Ledger", "Morning Courier", "Evening Standard Post", "Valley Herald",
        "Lakeside Gazette", "Metro Times", "Harbor Dispatch", "County Tribune", "Capital Wire", "River City News",
        "Northern Observer", "Southern Chronicle", "Coastal Journal", "Plains Record", "Summit Daily",
        "Bay Area Monitor", "Prairie Sentinel", "Highland Register",
    ]

    /// Creates a generator.
    ///
    /// - Precondition: `sources` is not empty.
    package init(sources: [SourceText], seed: UInt64) {
        precondition(!sources.isEmpty, "at least one source text")
        self.sources = sources
        self.seed = seed
        var words = Set<String>()
        for source in sources {
            for paragraph in source.paragraphs {
                for word in paragraph where word.utf8.count >= 3 { words.insert(word) }
            }
        }
        vocabulary = words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The first `count` articles: groups in order, each original followed by its copies.
    package func articles(count: Int) -> [GeneratedArticle] {
        var result: [GeneratedArticle] = []
        forEachArticle(count: count) { result.append($0) }
        return result
    }

    /// Calls `body` with each of the first `count` articles in order, holding one group at a time.
    package func forEachArticle(count: Int, _ body: (GeneratedArticle) throws -> Void) rethrows {
        var produced = 0
        var group = 0
        while produced < count {
            for article in self.group(group, firstIndex: produced) where produced < count {
                try body(article)
                produced += 1
            }
            group += 1
        }
    }

    /// The articles of group `number`, named from `firstIndex` on.
    package func group(_ number: Int, firstIndex: Int) -> [GeneratedArticle] {
        var random = SplitMix64(seed: seed ^ (UInt64(number) &* 0xD6E8_FEB8_6659_FD93) ^ 0x4245_4E43_48)
        let outletStart = Int(random.next() % UInt64(Self.outlets.count))
        var paragraphs: [[String]] = []
        for _ in 0..<(4 + Int(random.next() % 7)) {
            var paragraph = draw(&random)
            for _ in 0..<5 where paragraph.count < 12 { paragraph = draw(&random) }
            paragraphs.append(paragraph)
        }
        for index in paragraphs.indices {
            for word in paragraphs[index].indices where random.next() % 25 == 0 {
                paragraphs[index][word] = vocabularyWord(&random)
            }
        }
        var title = sources[Int(random.next() % UInt64(sources.count))].title
        replaceWords(in: &title, count: 2, &random)
        var articles = [make(index: firstIndex, group: number, original: true, outlet: Self.outlets[outletStart], title: title, paragraphs: paragraphs)]

        let roll = random.next() % 100
        let copies = roll < 40 ? 0 : roll < 65 ? 1 : roll < 80 ? 2 : roll < 90 ? 3 : 4 + Int(random.next() % 3)
        for copy in 0..<copies {
            let outlet = Self.outlets[(outletStart + 1 + copy) % Self.outlets.count]
            var body = paragraphs
            var headline = title
            let headlineRoll = random.next() % 10
            if headlineRoll < 5 {
                headline = random.next() % 2 == 0 ? ["UPDATE:"] + headline : headline + ["|", outlet]
            } else if headlineRoll < 8 {
                replaceWords(in: &headline, count: 3, &random)
                if headline.count > 4 { headline.remove(at: Int(random.next() % UInt64(headline.count))) }
            } else {
                headline = sources[Int(random.next() % UInt64(sources.count))].title
            }
            if body.count >= 4, random.next() % 10 < 3 {
                body.remove(at: 1 + Int(random.next() % UInt64(body.count - 1)))
            }
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let index = Int(random.next() % UInt64(body.count))
                replaceWords(in: &body[index], count: 1, &random)
            }
            if random.next() % 5 == 0 {
                let total = body.reduce(0) { $0 + $1.count }
                var keep = total * (70 + Int(random.next() % 26)) / 100
                var cut: [[String]] = []
                for paragraph in body where keep > 0 {
                    cut.append(Array(paragraph.prefix(keep)))
                    keep -= paragraph.count
                }
                body = cut
            }
            var lines = body.map { $0.joined(separator: " ") }
            let boilerplate = Self.boilerplate(outlet: outlet)
            for _ in 0..<(1 + Int(random.next() % 2)) {
                let line = boilerplate[Int(random.next() % UInt64(boilerplate.count))]
                if random.next() % 2 == 0 { lines.insert(line, at: 0) } else { lines.append(line) }
            }
            articles.append(GeneratedArticle(
                name: Self.name(firstIndex + 1 + copy), group: number, isOriginal: false, outlet: outlet,
                title: headline.joined(separator: " "), paragraphs: lines))
        }
        return articles
    }

    /// The file name of article `index`.
    package static func name(_ index: Int) -> String {
        let digits = String(index)
        return "a" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits + ".txt"
    }

    /// Lines outlets add around syndicated copy.
    static func boilerplate(outlet: String) -> [String] {
        [
            "By \(outlet) staff",
            "Copyright 2026 \(outlet). All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "CLICK HERE TO GET THE \(outlet.uppercased()) APP",
            "Sign up for the \(outlet) morning newsletter to get the day's top stories in your inbox.",
            "Follow \(outlet) on social media for breaking news updates.",
            "This story has been updated with additional information.",
            "Contributing: staff reports",
        ]
    }

    private func make(index: Int, group: Int, original: Bool, outlet: String, title: [String], paragraphs: [[String]]) -> GeneratedArticle {
        GeneratedArticle(
            name: Self.name(index), group: group, isOriginal: original, outlet: outlet,
            title: title.joined(separator: " "), paragraphs: paragraphs.map { $0.joined(separator: " ") })
    }

    private func draw(_ random: inout SplitMix64) -> [String] {
        let source = sources[Int(random.next() % UInt64(sources.count))]
        return source.paragraphs[Int(random.next() % UInt64(source.paragraphs.count))]
    }

    private func vocabularyWord(_ random: inout SplitMix64) -> String {
        vocabulary.isEmpty ? "word\(random.next() % 1000)" : vocabulary[Int(random.next() % UInt64(vocabulary.count))]
    }

    private func replaceWords(in words: inout [String], count: Int, _ random: inout SplitMix64) {
        guard !words.isEmpty else { return }
        for _ in 0..<count {
            words[Int(random.next() % UInt64(words.count))] = vocabularyWord(&random)
        }
    }
}
