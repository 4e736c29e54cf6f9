import Foundation
import Testing
import StoryMerge

/// `Samples/` clusters as `Samples/expected-clusters.tsv` documents.
@Suite struct SamplesTests {
    /// The documented partition: cluster label → set of article ids (paths relative to the root).
    static func expectedPartition() throws -> [Set<String>] {
        let tsv = try String(contentsOfFile: Fixtures.samples + "/expected-clusters.tsv", encoding: .utf8)
        var groups: [String: Set<String>] = [:]
        for line in tsv.split(separator: "\n").dropFirst() where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 2 else { continue }
            groups[fields[1], default: []].insert(fields[0])
        }
        return groups.values.sorted { $0.sorted().first! < $1.sorted().first! }
    }

    @Test func samplesClusterAsDocumented() throws {
        let expected = try Self.expectedPartition()
        #expect(expected.count >= 4)
        let pipeline = Pipeline()
        let report = pipeline.cluster(pipeline.read([Fixtures.samples]))
        let prefix = Fixtures.root.path + "/"
        let actual = report.clusters
            .map { Set($0.articleIDs.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }) }
            .sorted { $0.sorted().first! < $1.sorted().first! }
        #expect(actual == expected)
        let skipped = report.skippedInputs.map { String($0.path.dropFirst(prefix.count)) }
        #expect(skipped == ["Samples/README.md", "Samples/expected-clusters.tsv"])
        #expect(report.skippedInputs.allSatisfy { $0.reason?.code == .unsupported })
    }

    @Test func everySampleFormatIsRead() throws {
        let pipeline = Pipeline()
        let corpus = pipeline.read([Fixtures.samples])
        let formats = Set(corpus.articles.map(\.article.format))
        #expect(formats == Set(InputFormat.allCases))
        #expect(corpus.articles.allSatisfy { !$0.sentences.isEmpty })
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let first = ReportWriter.json(Pipeline().merge(Pipeline().read([Fixtures.samples])))
        let second = ReportWriter.json(Pipeline().merge(Pipeline().read([Fixtures.samples])))
        #expect(first == second)
    }
}
