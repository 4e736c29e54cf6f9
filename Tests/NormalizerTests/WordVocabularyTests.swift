import Testing
@testable import Normalizer

@Suite struct WordVocabularyTests {
    private static let words = ["officials", "the", "said", "café", "cafe\u{301}", "über", "d'arc", "u.s.", "a", "officials", "ça", "x"]

    private func vocabulary(_ words: [String]) -> WordVocabulary {
        var buffer: [UInt8] = []
        var ranges: [Range<Int>] = []
        for word in words {
            let start = buffer.count
            buffer.append(contentsOf: word.utf8)
            ranges.append(start..<buffer.count)
        }
        return WordVocabulary(buffer, ranges: ranges)
    }

    /// Membership is `Set<String>`'s, canonical equivalence included (`café` composed or not).
    @Test func agreesWithSetOfString() {
        let vocabulary = vocabulary(Self.words)
        let strings = Set(Self.words)
        #expect(vocabulary.words == strings)
        let probes = Self.words + ["official", "officialss", "cafe", "cafe\u{301}", "caf\u{E9}", "uber", "u\u{308}ber", "", "the ", "The", "us", "\u{212A}", "k"]
        var found = 0
        for probe in probes {
            var copy = probe
            #expect(copy.withUTF8 { vocabulary.contains($0) } == strings.contains(probe), "\(probe.debugDescription)")
            if strings.contains(probe) { found += 1 }
        }
        #expect(found > 0 && found < probes.count)
    }

    /// Enough words to make the table probe past collisions.
    @Test func manyWords() {
        let words = (0..<2_000).map { "w\($0)" }
        let vocabulary = vocabulary(words + words)
        #expect(vocabulary.words.count == 2_000)
        for index in stride(from: 0, to: 4_000, by: 7) {
            var probe = "w\(index)"
            #expect(probe.withUTF8 { vocabulary.contains($0) } == (index < 2_000))
        }
    }
}
