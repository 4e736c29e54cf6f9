import Testing
@testable import BenchCorpus
import Similarity

@Suite struct CorpusGeneratorTests {
    /// Ten small inline source articles with distinct vocabularies.
    static let sources: [SourceText] = (0..<10).map { article in
        let text = "Headline number \(article) about town\n\n"
            + (0..<6).map { paragraph in
                (0..<30).map { "w\(article)x\(paragraph)y\($0)" }.joined(separator: " ")
            }.joined(separator: "\n\n")
        return SourceText(parsing: text)!
    }

    @Test func parsesTitleAndParagraphs() throws {
        let source = try #require(SourceText(parsing: "A title here\n\nfirst paragraph has five words\n\ntoo short\n\nsecond one also has five words\n"))
        #expect(source.title == ["A", "title", "here"])
        #expect(source.paragraphs.count == 2)
        #expect(SourceText(parsing: "only a title\n") == nil)
    }

    @Test func generationIsDeterministicAndStreams() {
        let generator = CorpusGenerator(sources: Self.sources, seed: 7)
        let first = generator.articles(count: 200)
        #expect(first.count == 200)
        #expect(first == CorpusGenerator(sources: Self.sources, seed: 7).articles(count: 200))
        #expect(first != CorpusGenerator(sources: Self.sources, seed: 8).articles(count: 200))
        // A prefix of a larger corpus is the smaller corpus.
        #expect(Array(generator.articles(count: 300).prefix(200)) == first)
        #expect(Set(first.map(\.name)).count == 200)
        #expect(first[0].name == "a00000000.txt")
    }

    @Test func groupsAreAnOriginalAndItsWireCopies() {
        let articles = CorpusGenerator(sources: Self.sources, seed: 3).articles(count: 500)
        var byGroup: [Int: [GeneratedArticle]] = [:]
        for article in articles { byGroup[article.group, default: []].append(article) }
        #expect(byGroup.values.contains { $0.count >= 3 })
        #expect(byGroup.values.contains { $0.count == 1 })
        let shingler = TextShingler(size: 5, seed: 1)
        var copyJaccards: [Double] = []
        var strangerJaccards: [Double] = []
        for (group, members) in byGroup {
            #expect(members.filter(\.isOriginal).count == 1)
            #expect(Set(members.map(\.outlet)).count == members.count, "copies come from other outlets")
            let original = shingler.shingles(members[0].text)
            for copy in members.dropFirst() {
                #expect(copy.text != members[0].text)
                copyJaccards.append(SortedSet.jaccard(original, shingler.shingles(copy.text)))
            }
            if let other = byGroup[group + 1] {
                strangerJaccards.append(SortedSet.jaccard(original, shingler.shingles(other[0].text)))
            }
        }
        copyJaccards.sort()
        // Most copies stay near-duplicates; truncated ones may fall below 0.5 (hard cases on purpose).
        #expect(copyJaccards[copyJaccards.count / 2] > 0.5)
        #expect(strangerJaccards.allSatisfy { $0 < 0.3 })
    }
}
