internal import Foundation
internal import Normalizer
internal import StoryModel

/// Times HTML extraction alone, on pages already read and decompressed into memory: the scope
/// `extract_peers.py` times trafilatura and readability-lxml on (they exclude reading, gunzip,
/// interpreter start-up and output). `.ci/bench-extract` prints it beside the whole-process
/// figures.
struct ExtractStage {
    /// A folder of `.html` or `.html.gz` pages.
    let folder: String
    /// Timed runs; the best is reported.
    let runs: Int
    /// Worker threads.
    let threads: Int

    func run() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        var pages: [(path: String, bytes: [UInt8])] = []
        for name in names {
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
            var bytes = [UInt8](data)
            if Gzip.isGzip(bytes) {
                do throws(LoadFailure) { bytes = try Gzip.decompress(bytes, limit: 1 << 30) } catch {
                    throw BenchError("\(path): \(error.reason.message)")
                }
            }
            pages.append((path, bytes))
        }
        guard !pages.isEmpty else { throw BenchError("no pages in \(folder)") }
        // Largest first, so one big page does not finish alone at the end.
        pages.sort { $0.bytes.count > $1.bytes.count }
        let megabytes = Double(pages.reduce(0) { $0 + $1.bytes.count }) / 1e6
        var best = Double.infinity
        var extracted = 0
        // One untimed run first: page faults and lazy initialisation are start-up, not extraction.
        for run in 0...runs {
            let (items, seconds) = Measure.time {
                pages.parallelMap(threads: .exactly(threads)) { PageExtraction.extractPage($0.bytes, path: $0.path) }
            }
            extracted = items.count { $0 != nil }
            if run > 0 { best = min(best, seconds) }
        }
        let rate = Double(pages.count) / best
        print("in-memory extraction: \(pages.count) pages (\(extracted) with text), \(Measure.fixed(megabytes, 1)) MB of HTML, "
            + "\(threads) threads, best of \(runs): \(Measure.fixed(best, 3)) s, \(Measure.fixed(rate, 1)) pages/s")
    }
}
