import Testing
import StoryModel
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
}
