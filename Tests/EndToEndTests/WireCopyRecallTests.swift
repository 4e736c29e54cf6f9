import Foundation
import Testing
import StoryMerge

/// Near-duplicate recall on wire copies built from real articles of the labelled corpora: the
/// same article with a new headline, boilerplate lines added and a paragraph dropped must land
/// in the same near-duplicate group as its original, every time.
///
/// The corpora are read where CI has them (`../shared/data` beside the package, or the folder
/// named by `STORYMERGE_DATA`); nothing of them is copied into the repository.
@Suite struct WireCopyRecallTests {
    static var corpus: URL? {
        let candidates = [ProcessInfo.processInfo.environment["STORYMERGE_DATA"].map(URL.init(fileURLWithPath:)),
                          Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/data")]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("gva-dev/articles").path) }
    }

    /// A wire copy: a new headline, the body with its third paragraph dropped, promo lines added.
    static func wireCopy(of text: String, number: Int) -> String? {
        let parts = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard parts.count >= 6 else { return nil }
        var body = Array(parts.dropFirst())
        body.remove(at: 2)
        let headline = "UPDATE \(number): what we know so far"
        return ([headline] + body + [
            "Sign up for our daily newsletter to get the latest headlines.",
            "Copyright 2026 Example Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        ]).joined(separator: "\n\n")
    }

    @Test(.enabled(if: corpus != nil, "labelled corpora not found: set STORYMERGE_DATA or put shared/data beside the package root"))
    func everyWireCopyIsANearDuplicateOfItsOriginal() throws {
        let articles = try #require(Self.corpus).appendingPathComponent("gva-dev/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted()
        let folder = try Fixtures.temporaryFolder()
        var pairs: [(original: String, copy: String)] = []
        // Every 12th article long enough to copy: about 100 originals, spread over the corpus.
        for (index, name) in names.enumerated() where index % 12 == 0 {
            let text = try String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8)
            guard let copy = Self.wireCopy(of: text, number: index) else { continue }
            let original = folder.appendingPathComponent("o-\(name)")
            let duplicate = folder.appendingPathComponent("w-\(name)")
            try text.write(to: original, atomically: true, encoding: .utf8)
            try copy.write(to: duplicate, atomically: true, encoding: .utf8)
            pairs.append((original.path, duplicate.path))
        }
        #expect(pairs.count >= 60)
        let pipeline = Pipeline()
        let report = pipeline.cluster(pipeline.read([folder.path]))
        var group: [String: String] = [:]
        for cluster in report.clusters {
            for (number, members) in cluster.nearDuplicateGroups.enumerated() {
                for id in members { group[id] = "\(cluster.id)#\(number)" }
            }
        }
        let missed = pairs.filter { pair in group[pair.original] == nil || group[pair.original] != group[pair.copy] }
        #expect(missed.isEmpty, "wire copies not grouped with their original: \(missed.map { URL(fileURLWithPath: $0.copy).lastPathComponent })")
    }
}
