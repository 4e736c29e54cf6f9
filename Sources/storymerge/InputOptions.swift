import ArgumentParser
import Foundation
import StoryMerge

/// The inputs and the limits of reading them, shared by every subcommand.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Files or folders to read (folders recursively). '-' reads paths from standard input, one per line.",
        valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Skip inputs larger than this many megabytes.", valueName: "MB"))
    var maxFileSize: Int = 64

    @Option(name: .long, help: ArgumentHelp(
        "Read at most this many articles from one feed, JSON Lines or WARC file; the rest are listed as skipped.",
        valueName: "N"))
    var maxItemsPerFile: Int = 10_000

    @Option(name: [.customShort("j"), .long], help: ArgumentHelp(
        "Use this many threads (default: one per core). Output is the same for any number.", valueName: "N"))
    var threads: Int?

    @Flag(name: .shortAndLong, help: "List every skipped input and the reason on standard error.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print nothing on standard error but errors.")
    var quiet = false

    mutating func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Name at least one file or folder to read (or '-' to read paths from standard input).") }
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of megabytes.") }
        guard maxItemsPerFile > 0 else { throw ValidationError("--max-items-per-file takes 1 or more, not \(maxItemsPerFile).") }
        if let threads, threads < 1 { throw ValidationError("--threads takes 1 or more, not \(threads).") }
    }

    /// The reading limits and thread count, on top of the defaults.
    var baseConfiguration: Configuration {
        Configuration(
            maxFileSize: maxFileSize << 20, threads: threads.map(ThreadCount.exactly) ?? .allCores,
            maxItemsPerFile: maxItemsPerFile)
    }

    /// The paths, with `-` replaced by the lines of standard input.
    func resolvedPaths() -> [String] {
        var result: [String] = []
        for path in paths {
            if path == "-" {
                while let line = readLine(strippingNewline: true) {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    if !trimmed.isEmpty { result.append(trimmed) }
                }
            } else {
                result.append(path)
            }
        }
        return result
    }
}
