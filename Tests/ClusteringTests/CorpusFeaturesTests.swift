import Testing
import StoryModel
import Similarity
@testable import Clustering

@Suite struct CorpusFeaturesTests {
    static let articles = [
        Fixtures.shootingA1, Fixtures.shootingA2, Fixtures.shootingB1, Fixtures.shootingB2,
        Fixtures.rehabC1, Fixtures.rehabC2, Fixtures.rehabD1, Fixtures.rehabD2,
        Fixtures.wireOriginal, Fixtures.wireCopy, Fixtures.bridge,
    ].sorted { $0.id < $1.id }

    /// Scoring with a scratch (the first article's vectors scattered) gives every pair the
    /// score of the plain merge, to the bit, in any order of pairs, with or without names.
    @Test(arguments: [0.0, 0.3])
    func scoresWithAScratchEqualPlainScores(nameShare: Double) {
        var configuration = ClusteringConfiguration()
        configuration.nameSimilarityShare = nameShare
        let corpus = CorpusFeatures(Self.articles, configuration: configuration)
        var scratch = corpus.pairScratch()
        var positive = 0
        let indices = Self.articles.indices
        // Pairs grouped by first article, then one pair at a time from alternating firsts.
        let pairs = indices.flatMap { a in indices.map { (a, $0) } }
            + indices.map { ($0, (($0 * 7) + 3) % indices.count) }
        for (a, b) in pairs {
            let plain = corpus.similarity(a, b)
            let scattered = corpus.similarity(a, b, using: &scratch)
            #expect(scattered.bitPattern == plain.bitPattern, "\(Self.articles[a].id) and \(Self.articles[b].id)")
            if plain > 0 { positive += 1 }
        }
        // The fixture's events give real scores to compare, not only zeros.
        #expect(positive > indices.count)
    }

    /// The keys counted in buckets on every core are the keys a plain count finds: keys from
    /// every top-bit bucket, repeated within and across groups.
    @Test(arguments: [(1, 1, 1), (2, 1, 3), (3, 2, 2), (1, 4, 1)])
    func frequentKeysMatchAPlainCount(threads: Int, minimumEntries: Int, minimumGroups: Int) {
        var generator = SplitMix64(seed: UInt64(threads * 100 + minimumGroups))
        let distinct = (0..<300).map { _ in UInt64.random(in: .min ... .max, using: &generator) }
        // Skewed: the first keys are common, the last ones rare, so thresholds keep some keys.
        let entries = (0..<3_000).map { _ in
            let index = Int.random(in: 0..<300, using: &generator) * Int.random(in: 0..<300, using: &generator) / 300
            return (key: distinct[index], group: Int.random(in: 0..<20, using: &generator))
        }
        var counts: [UInt64: (entries: Int, groups: Set<Int>)] = [:]
        for entry in entries {
            counts[entry.key, default: (0, [])].entries += 1
            counts[entry.key, default: (0, [])].groups.insert(entry.group)
        }
        let expected = Set(counts.filter { $0.value.entries >= minimumEntries && $0.value.groups.count >= minimumGroups }.keys)
        let found = CorpusFeatures.keys(
            of: entries, minimumEntries: minimumEntries, minimumGroups: minimumGroups, threads: .exactly(threads))
        #expect(found == expected)
        #expect(!found.isEmpty)
        #expect(found.count < counts.count || (minimumEntries, minimumGroups) == (1, 1))
        #expect(CorpusFeatures.keys(of: [(key: UInt64, group: Int)](), minimumEntries: 1, minimumGroups: 1).isEmpty)
    }
}
