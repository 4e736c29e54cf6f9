import Foundation
import StoryMerge

/// Writing to the terminal: standard error for progress and problems, width for tables.
enum Console {
    /// Writes a line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes text to standard output as is.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes bytes to standard output.
    static func output(bytes: UnsafeBufferPointer<UInt8>) {
        FileHandle.standardOutput.write(Data(buffer: bytes))
    }

    /// Whether standard output is a terminal.
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The terminal's width in columns: the window size, else `$COLUMNS`, else 100.
    static var width: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        return 100
    }

    /// Reports skipped inputs on standard error: each one with `--verbose`, a count otherwise.
    ///
    /// - Parameter listedOnOutput: standard output already lists every skipped input (the
    ///   cluster table), so the counts are not repeated.
    static func reportSkipped(_ inputs: [InputRecord], verbose: Bool, quiet: Bool, listedOnOutput: Bool = false) {
        let skipped = inputs.filter { $0.status == .skipped }
        let partial = inputs.filter { $0.status == .clustered && !$0.skippedItems.isEmpty }
        guard !quiet else { return }
        if verbose {
            for record in skipped {
                error("skipped \(record.path): \(record.reason?.description ?? "no reason recorded")")
            }
            for record in partial {
                for item in record.skippedItems {
                    error("skipped \(record.path) item \(item.position): \(item.reason)")
                }
            }
        } else if !listedOnOutput {
            let notArticles = skipped.filter { $0.reason?.code == .unsupported }.count
            let failed = skipped.count - notArticles
            if failed > 0 {
                error("storymerge: \(failed) of \(inputs.count) inputs skipped (run with --verbose to list them with reasons)")
            }
            let lostItems = partial.reduce(0) { $0 + $1.skippedItems.count }
            if lostItems > 0 {
                let noun = lostItems == 1 ? "entry" : "entries"
                error("storymerge: \(lostItems) \(noun) inside \(partial.count == 1 ? "1 input" : "\(partial.count) inputs") skipped (broken lines, items over the limit; --verbose lists them)")
            }
            if notArticles > 0 {
                error("storymerge: \(notArticles) files that are not articles passed over (README, data or media files; --verbose lists them)")
            }
        }
    }

    /// The exit status for a run that produced output: success, or partial when an input that
    /// could hold articles was skipped, or items of a used input were (a broken JSON line, feed
    /// items beyond `--max-items-per-file`). Files that are not articles at all (a folder's README,
    /// a `.tsv`, an image found by a walk: reason `unsupported`) are listed but do not count.
    static func status(for inputs: [InputRecord]) -> Int32 {
        let partial = inputs.contains { input in
            (input.status == .skipped && input.reason?.code != .unsupported)
                || input.skippedItems.contains { $0.reason.code != .unsupported }
        }
        return partial ? ExitStatus.partial.rawValue : ExitStatus.success.rawValue
    }
}
