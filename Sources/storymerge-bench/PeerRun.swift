internal import Foundation
internal import BenchCorpus
internal import StoryMerge

/// One peer's figures from `minhash_peers.py`.
struct PeerResult {
    /// `datasketch` or `rensa`.
    var name: String
    /// Signature docs/s and MB/s as the script printed them (Python shingling excluded).
    var docsPerSecond: Double
    var megabytesPerSecond: Double
    /// Seconds for signatures, and for LSH + verification.
    var signatureSeconds: Double
    var lshSeconds: Double
    /// Near-duplicate score against the gold wire-copy groups.
    var score: ClusterScores?
}

/// Runs the MinHash peers on a corpus folder in a child process.
enum PeerRun {
    /// Runs the script; returns the peers' results and the script's own lines, or `nil` when
    /// the virtualenv or script is missing.
    static func run(
        venv: String, script: String, folder: String, outPrefix: String, gold: [String: String]
    ) throws -> (results: [PeerResult], log: String)? {
        let python = venv + "/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python), FileManager.default.fileExists(atPath: script) else {
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, folder, "--out", outPrefix]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let log = String(decoding: data, as: UTF8.self)
        var results: [PeerResult] = []
        for line in log.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "|" || $0 == "," })
            guard let name = fields.first, name == "datasketch" || name == "rensa" else { continue }
            // datasketch signatures 12.34s 1234 docs/s 1.23 MB/s lsh+verify 1.23s clusters 42
            func number(before unit: String) -> Double {
                guard let index = fields.firstIndex(where: { $0 == unit }), index > 0 else { return .nan }
                return Double(fields[index - 1].trimmingCharacters(in: CharacterSet(charactersIn: "s"))) ?? .nan
            }
            func seconds(after label: String) -> Double {
                guard let index = fields.firstIndex(where: { $0 == label }), index + 1 < fields.count else { return .nan }
                return Double(fields[index + 1].dropLast()) ?? .nan
            }
            var result = PeerResult(
                name: String(name), docsPerSecond: number(before: "docs/s"), megabytesPerSecond: number(before: "MB/s"),
                signatureSeconds: seconds(after: "signatures"), lshSeconds: seconds(after: "lsh+verify"))
            if let json = FileManager.default.contents(atPath: "\(outPrefix).\(name).json"),
               let clusters = try? JSONDecoder().decode([[String]].self, from: json)
            {
                result.score = ClusterScores(
                    predicted: clusters.map { $0.map { ($0 as NSString).lastPathComponent } }, gold: gold)
            }
            results.append(result)
        }
        return (results, log)
    }
}
