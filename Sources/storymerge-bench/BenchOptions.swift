internal import Foundation

/// Command-line options of `storymerge-bench`.
struct BenchOptions {
    /// Corpus sizes to generate and measure.
    var sizes: [Int] = [10_000]
    /// Where generated corpora live (outside the repository).
    var corpora = "/work/bench-corpora"
    /// Source texts for generation; empty means `../shared/data`, else `Samples`.
    var source = ""
    /// The peers' virtualenv.
    var peersVenv = ProcessInfo.processInfo.environment["PEERS_VENV"] ?? "/work/.venv-peers"
    /// The peers script.
    var peersScript = "../shared/bench/minhash_peers.py"
    /// Whether to run the peers.
    var peers = true
    /// Run the full pipeline (load, cluster, merge, reports) only up to this many articles.
    var pipelineMax = 100_000
    /// Also stream the corpus this many times through the signature stage (scale test of memory).
    var streamRepeat = 1
    /// Run merge and reports only up to this many articles.
    var mergeMax = 10_000
    /// Keep texts in memory for the in-memory signature timing only up to this many bytes.
    var preloadMax = 1_500_000_000
    /// Worker threads for the all-threads runs (default: one per core).
    var threads: Int? = nil
    /// The generator seed.
    var seed: UInt64 = 0x53_544F_5259
    /// A folder of HTML pages (`.html` or `.html.gz`) to time extraction on, instead of corpora.
    var extractPages: String? = nil
    /// Timed runs of each in-memory measurement (signatures, extraction); the best is reported.
    var runs = 5

    static let usage = """
    usage: storymerge-bench [--sizes 10k,100k,1M] [--corpora DIR] [--source DIR] [--threads N]
                            [--peers-venv DIR] [--peers-script FILE] [--no-peers]
                            [--pipeline-max N] [--merge-max N] [--preload-max BYTES]
                            [--stream-repeat R] [--runs N] [--seed N]
           storymerge-bench --extract-pages DIR [--runs N] [--threads N]
    Generates corpora once under --corpora, then times each stage of StoryMerge on them and runs
    the MinHash peers (datasketch, rensa) on the same files when their virtualenv exists.
    Load, normalize and cluster run up to --pipeline-max articles (default 100k); merge and
    reports up to --merge-max (default 10k). --stream-repeat R also streams the corpus R times
    through the signature stage (R×N signatures, texts never all in memory). In-memory
    signatures (1 thread and all threads) report the best of --runs (default 5).
    --extract-pages times HTML extraction alone on the pages of DIR, read and decompressed into
    memory first (the scope extract_peers.py times the peers on); best of --runs (default 5).
    """

    /// Parses `arguments` (without the program name).
    init(_ arguments: [String]) throws {
        var iterator = arguments.makeIterator()
        func value(_ flag: String) throws -> String {
            guard let next = iterator.next() else { throw BenchError("\(flag) needs a value") }
            return next
        }
        while let argument = iterator.next() {
            switch argument {
            case "--sizes": sizes = try value(argument).split(separator: ",").map { try Self.size(String($0)) }
            case "--corpora": corpora = try value(argument)
            case "--source": source = try value(argument)
            case "--peers-venv": peersVenv = try value(argument)
            case "--peers-script": peersScript = try value(argument)
            case "--no-peers": peers = false
            case "--pipeline-max": pipelineMax = try Self.size(value(argument))
            case "--merge-max": mergeMax = try Self.size(value(argument))
            case "--stream-repeat": streamRepeat = max(1, try Self.size(value(argument)))
            case "--preload-max": preloadMax = try Self.size(value(argument))
            case "--threads", "-j": threads = try Self.size(value(argument))
            case "--seed": seed = UInt64(try Self.size(value(argument)))
            case "--extract-pages": extractPages = try value(argument)
            case "--runs": runs = max(1, try Self.size(value(argument)))
            case "-h", "--help":
                print(Self.usage)
                exit(0)
            default: throw BenchError("unknown argument \(argument)\n\(Self.usage)")
            }
        }
    }

    /// `10k` → 10000, `1M` → 1000000, `2500` → 2500.
    static func size(_ text: String) throws -> Int {
        let lower = text.lowercased()
        let (digits, factor) = lower.hasSuffix("k") ? (lower.dropLast(), 1000)
            : lower.hasSuffix("m") ? (lower.dropLast(), 1_000_000) : (Substring(lower), 1)
        guard let number = Int(digits), number >= 0 else { throw BenchError("not a size: \(text)") }
        return number * factor
    }
}

/// A usage or setup error.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
