import Foundation
import Testing
@testable import Normalizer
import StoryModel

/// Writes every field `TextNormalizer.normalize` produces for a folder of inputs, one line per
/// article, so a change to the normalizer can be checked for byte-identical output on a whole
/// corpus (`cmp` the dumps before and after).
///
/// Runs only when `STORYMERGE_NORMALIZED_DUMP` is set to `<input folder>=<output file>`; the
/// other tests never depend on it.
@Suite struct NormalizedDumpTests {
    @Test func dumpNormalizedArticlesWhenAsked() throws {
        guard let request = ProcessInfo.processInfo.environment["STORYMERGE_NORMALIZED_DUMP"],
            let separator = request.lastIndex(of: "=") else { return }
        let input = String(request[..<separator])
        let output = String(request[request.index(after: separator)...])
        let discovered = InputDiscovery().discover([input])
        let loaded = InputLoader().load(discovered.files)
        let normalizer = TextNormalizer()
        let articles = loaded.articles.parallelMap(threads: .allCores) { normalizer.normalize($0) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var dump = Data()
        for article in articles.sorted(by: { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }) {
            dump.append(try encoder.encode(article))
            dump.append(0x0A)
        }
        try dump.write(to: URL(fileURLWithPath: output))
        #expect(!articles.isEmpty)
    }
}
