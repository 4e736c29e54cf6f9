import Foundation
@testable import Merger
import Normalizer
import StoryModel
import Testing

/// The lossless and faithful contracts on real inputs: always on the package's Samples and seeds,
/// and on every gold cluster of the dev corpora when `STORYMERGE_DATA` is set.
@Suite struct RealDataTests {
    @Test func samplesClustersAreLosslessAndFaithful() throws {
        let root = RealData.packageRoot
        let tsv = try String(contentsOfFile: root + "/Samples/expected-clusters.tsv", encoding: .utf8)
        var clusterOf: [String: String] = [:]
        for line in tsv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t")
            if fields.count >= 2 { clusterOf[String(fields[0])] = String(fields[1]) }
        }
        let articles = RealData.load([root + "/Samples"])
        #expect(articles.count >= clusterOf.count)
        var byCluster: [String: [NormalizedArticle]] = [:]
        for article in articles {
            let relative = article.id.hasPrefix(root + "/") ? String(article.id.dropFirst(root.count + 1)) : article.id
            byCluster[clusterOf[relative] ?? relative, default: []].append(article)
        }
        var fused = 0
        var pierConflicts: [Conflict] = []
        for key in byCluster.keys.sorted() {
            let members = byCluster[key]!
            let story = RealData.merge(members, id: key)
            if key == "pier-9-fire" { pierConflicts = story.conflicts }
            let problems = RealData.problems(in: story, articles: members)
            #expect(problems.isEmpty, "\(key): \(problems.prefix(5))")
            fused += story.sentences.filter { $0.sources.count > 1 }.count
        }
        #expect(fused > 0)  // the multi-outlet samples share facts
        // The Calder Courier's 14 injured against the others' 12, stated in sentences that were
        // not fused: a cluster-level conflict, reported once.
        let injured = pierConflicts.filter { Set($0.claims.map(\.value)) == ["12", "14"] }
        #expect(injured.count == 1, "\(pierConflicts.map { ($0.context, $0.claims.map(\.value)) })")
        #expect(injured.first?.claims.first { $0.value == "14" }?.sources == ["Calder Courier"])
    }

    @Test func seedsAreLosslessAndFaithful() throws {
        let articles = RealData.load([RealData.packageRoot + "/seeds"])
        try #require(articles.count == 2)
        let story = RealData.merge(articles)
        #expect(RealData.problems(in: story, articles: articles).isEmpty)
        // The lead is the fact both outlets carry.
        #expect(story.sentences.first?.sources.count == 2)
        #expect(story.sentences.first?.text.contains("killer") == true)
    }

    @Test(.enabled(if: RealData.dataRoot != nil), arguments: ["ecbplus-dev", "gva-dev"])
    func devGoldClustersAreLosslessAndFaithful(_ corpus: String) {
        let clusters = RealData.goldClusters(corpus: corpus)
        #expect(!clusters.isEmpty)
        var sentences = 0, merged = 0, failing = 0
        var quotes = 0, sharedQuotes = 0, reworded = 0, conflicts = 0, withShared = 0, sharedLead = 0
        for cluster in clusters {
            let story = RealData.merge(cluster.articles, id: cluster.id)
            quotes += story.quotes.count
            sharedQuotes += story.quotes.filter { $0.sources.count > 1 }.count
            reworded += story.quotes.filter { !$0.wordings.isEmpty }.count
            conflicts += story.conflicts.count
            if story.sentences.contains(where: { $0.provenance.count > 1 }) {
                withShared += 1
                if (story.sentences.first?.provenance.count ?? 0) > 1 { sharedLead += 1 }
            }
            let problems = RealData.problems(in: story, articles: cluster.articles)
            if !problems.isEmpty { failing += 1 }
            #expect(problems.isEmpty, "\(cluster.id): \(problems.prefix(3))")
            sentences += cluster.articles.reduce(0) { $0 + $1.sentences.count }
            merged += story.sentences.count
        }
        print("\(corpus): \(clusters.count) clusters, \(sentences) source sentences → \(merged) merged, \(failing) failing; "
            + "\(quotes) quotes (\(sharedQuotes) in 2+ outlets, \(reworded) worded differently), \(conflicts) conflicts; "
            + "a shared lead in \(sharedLead) of \(withShared) stories with shared sentences")
    }
}

/// A wire copy (the original with a word changed, a sentence cut and one added) merges back to
/// the original's sentence sequence, on a real sample through the real normalizer.
@Suite struct RealWireCopyTests {
    @Test func wireCopyOfASampleMergesToTheOriginalSequence() throws {
        let path = RealData.packageRoot + "/Samples/text/continental-press-tannery-road-fire.txt"
        let original = try #require(RealData.load([path]).first)
        let sentences = original.sentences.map(\.text)
        try #require(sentences.count >= 6)
        // The copy: the body re-wrapped one sentence per paragraph, one word changed in the
        // second sentence, the last sentence dropped, a local line added after the third.
        var copySentences = Array(sentences.dropLast())
        copySentences[1] = copySentences[1].replacingOccurrences(of: " the ", with: " that ", options: [], range: nil, count: 1)
        copySentences.insert("Residents of nearby streets were told to keep their windows closed overnight.", at: 3)
        let copyArticle = Article(
            id: "copy.txt", file: "copy.txt", format: .text, title: original.article.title, source: "Daily Courier",
            sourceRule: "test", date: original.article.date, text: copySentences.joined(separator: "\n\n"))
        let copy = TextNormalizer().normalize(copyArticle)
        let story = RealData.merge([copy, original])
        #expect(RealData.problems(in: story, articles: [original, copy]).isEmpty)
        let originalOrder = story.sentences.compactMap { $0.provenance.first { $0.articleID == original.id }?.sentenceIndex }
        #expect(originalOrder == Array(0..<original.sentences.count))
        // Every copied sentence is fused with its original; only the added line stands alone.
        let alone = story.sentences.filter { $0.sources == ["Daily Courier"] }
        #expect(alone.map(\.text) == ["Residents of nearby streets were told to keep their windows closed overnight."])
        #expect(story.sentences.count == original.sentences.count + 1)
    }
}

extension String {
    /// This string with the first `count` occurrences of `target` replaced.
    fileprivate func replacingOccurrences(of target: String, with replacement: String, options: String.CompareOptions, range: Range<Index>?, count: Int) -> String {
        guard let found = self.range(of: target) else { return self }
        return replacingCharacters(in: found, with: replacement)
    }
}
