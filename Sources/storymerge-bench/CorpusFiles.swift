internal import Foundation
internal import BenchCorpus

/// A generated corpus on disk: `<root>/articles/<block>/<name>` plus `<root>/clusters.tsv`.
struct CorpusFiles {
    /// The corpus folder.
    let root: String
    /// Relative paths below `articles/`, in generation order (which is also sorted order).
    let files: [String]
    /// Gold wire-copy group of each file name.
    let gold: [String: Int]
    /// Total bytes of the article files.
    let bytes: Int

    /// The folder the tools are pointed at.
    var articles: String { root + "/articles" }
    /// The gold group of each file, as the labels `ClusterScores` takes.
    var goldLabels: [String: String] { gold.mapValues(String.init) }
    /// The gold labels for `score_clusters.py`.
    var goldTSV: String { root + "/clusters.tsv" }

    /// Articles per sub-folder.
    static let block = 1000

    /// Opens the corpus of `count` articles under `folder`, generating it first if it is missing
    /// or was made with other parameters. Generation streams: one group in memory at a time.
    static func open(
        count: Int, folder: String, seed: UInt64, sources: () throws -> [SourceText]
    ) throws -> (CorpusFiles, generatedSeconds: Double?) {
        let root = folder + "/" + label(count)
        let stamp = "storymerge-bench corpus v3 count=\(count) seed=\(seed)\n"
        let stampPath = root + "/COMPLETE"
        if (try? String(contentsOfFile: stampPath, encoding: .utf8)) == stamp {
            return (try read(root: root), nil)
        }
        let (files, seconds) = try Measure.time { () throws -> CorpusFiles in
            let manager = FileManager.default
            try? manager.removeItem(atPath: root)
            try manager.createDirectory(atPath: root + "/articles", withIntermediateDirectories: true)
            let generator = CorpusGenerator(sources: try sources(), seed: seed)
            var tsv = "file\tcluster_id\tsource\tdate\ttitle\n"
            var files: [String] = []
            var gold: [String: Int] = [:]
            var bytes = 0
            var index = 0
            try generator.forEachArticle(count: count) { article in
                let directory = blockName(index / block)
                if index % block == 0 {
                    try manager.createDirectory(atPath: root + "/articles/" + directory, withIntermediateDirectories: true)
                }
                let relative = directory + "/" + article.name
                bytes += try writeFile(root + "/articles/" + relative, article.text)
                files.append(relative)
                gold[article.name] = article.group
                // score_clusters.py reads the TSV with Python's csv module: no tabs or double quotes in titles.
                let title = article.title.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\"", with: "'")
                tsv += "\(article.name)\tg\(article.group)\t\(article.outlet)\t\t\(title)\n"
                index += 1
            }
            try tsv.write(toFile: root + "/clusters.tsv", atomically: true, encoding: .utf8)
            try stamp.write(toFile: stampPath, atomically: true, encoding: .utf8)
            return CorpusFiles(root: root, files: files, gold: gold, bytes: bytes)
        }
        return (files, seconds)
    }

    /// Reads an existing corpus's file list and gold labels.
    static func read(root: String) throws -> CorpusFiles {
        let tsv = try String(contentsOfFile: root + "/clusters.tsv", encoding: .utf8)
        var files: [String] = []
        var gold: [String: Int] = [:]
        var bytes = 0
        for (row, line) in tsv.split(separator: "\n").enumerated() where row > 0 {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, let group = Int(fields[1].dropFirst()) else { continue }
            let name = String(fields[0])
            let relative = blockName(files.count / block) + "/" + name
            files.append(relative)
            gold[name] = group
            var info = stat()
            if stat(root + "/articles/" + relative, &info) == 0 { bytes += Int(info.st_size) }
        }
        return CorpusFiles(root: root, files: files, gold: gold, bytes: bytes)
    }

    /// Writes a file with plain POSIX calls (no temporary file and rename): returns its size.
    private static func writeFile(_ path: String, _ text: String) throws -> Int {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw BenchError("cannot write \(path)") }
        defer { close(descriptor) }
        var copy = text
        return try copy.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                guard result > 0 else { throw BenchError("cannot write \(path)") }
                written += result
            }
            return written
        }
    }

    /// `10k`, `100k`, `1M`, `2500`.
    static func label(_ count: Int) -> String {
        count % 1_000_000 == 0 ? "\(count / 1_000_000)M" : count % 1000 == 0 ? "\(count / 1000)k" : "\(count)"
    }

    private static func blockName(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
