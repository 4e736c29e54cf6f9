public import StoryModel
internal import Reports
internal import Foundation

/// A report could not be written.
public struct OutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path that could not be written.
    public var path: String
    /// What went wrong and what to do.
    public var message: String

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}

/// Renders reports and diffs, and writes report folders atomically.
public enum ReportWriter {
    /// Renders a run report as the files of a report folder.
    ///
    /// - Returns: pairs of a relative path and its text, in a deterministic order.
    public static func render(_ report: RunReport, as format: OutputFormat) -> [(path: String, contents: String)] {
        StoryReportRenderer.render(report, as: format.reportFormat).map { ($0.path, $0.contents) }
    }

    /// Renders a clustering run as a terminal table no wider than `width` columns.
    public static func clusterTable(_ report: RunReport, width: Int) -> String {
        ClusterTableRenderer.render(report, width: width)
    }

    /// Renders any report value as deterministic JSON (sorted keys, trailing newline).
    public static func json<T: Encodable>(_ value: T) -> String {
        JSONOutput.encode(value)
    }

    /// Renders a run report as JSON: the same bytes as `json(_:)` on any value, faster for a
    /// report without stories (written by hand, not by `JSONEncoder`).
    public static func json(_ report: RunReport) -> String {
        JSONOutput.encode(report)
    }

    /// Writes a run report as JSON in pieces of about a megabyte: the same bytes as
    /// `json(_:)`, without holding the whole text (a million-article cluster report is about
    /// 800 MB of JSON).
    ///
    /// - Parameter sink: receives the text in order; it may throw to stop the writing.
    public static func json(_ report: RunReport, writingTo sink: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try JSONOutput.write(report, to: sink)
    }

    /// Renders a two-article diff.
    public static func render(_ diff: ArticleDiff, as format: OutputFormat) -> String {
        DiffRenderer.render(diff, as: format.reportFormat)
    }

    /// Renders why two articles were or were not put in the same event, as text or JSON.
    public static func render(_ explanation: PairExplanation, as format: OutputFormat) -> String {
        format == .json ? JSONOutput.encode(explanation) : PairExplanationRenderer.render(explanation)
    }

    /// Renders a coverage diff.
    public static func render(_ diff: CoverageDiff, as format: OutputFormat) -> String {
        DiffRenderer.render(diff, as: format.reportFormat)
    }

    /// Writes a report folder: every file goes to a temporary name first and is renamed into
    /// place, so a reader never sees half a file.
    ///
    /// - Parameters:
    ///   - report: the run to write.
    ///   - format: Markdown, HTML or JSON.
    ///   - directory: the output folder, created when missing.
    ///   - inputs: input paths that must never be overwritten.
    /// - Returns: the paths written.
    /// - Throws: `OutputError` naming the path when a folder or file cannot be written.
    public static func write(
        _ report: RunReport, as format: OutputFormat, to directory: String, protecting inputs: [String] = []
    ) throws(OutputError) -> [String] {
        let files = render(report, as: format)
        let protected = ProtectedInputs(inputs)
        var written: [String] = []
        // Check every file first: a refused run writes nothing at all.
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.path)
            if protected.contains(path) {
                throw OutputError(path: path, message: "this is one of the inputs (the same file, by this or another path); choose another --output folder")
            }
        }
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.path)
            try writeAtomically(file.contents, to: path)
            written.append(path)
        }
        return written
    }

    /// Writes text to `path` through a temporary file in the same folder and a rename.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - path: where to write; an existing file there is replaced in one step.
    ///   - inputs: input paths that must never be replaced (compared by path, resolved path and
    ///     device and inode, so a symbolic or hard link to an input is refused too).
    /// - Throws: `OutputError` when the path is an input or cannot be written.
    public static func writeAtomically(_ text: String, to path: String, protecting inputs: [String] = []) throws(OutputError) {
        if !inputs.isEmpty, ProtectedInputs(inputs).contains(path) {
            throw OutputError(path: path, message: "this is one of the inputs (the same file, by this or another path); choose another output path")
        }
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        } catch {
            throw OutputError(path: folder, message: "cannot create the folder (\(error.localizedDescription)); check the --output path and its permissions")
        }
        let temporary = (folder.isEmpty ? "." : folder) + "/.storymerge-\(ProcessInfo.processInfo.processIdentifier)-" + (path as NSString).lastPathComponent
        guard manager.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw OutputError(path: path, message: "cannot write the file; check that the folder is writable and the disk has space")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: temporary)
            throw OutputError(path: path, message: "cannot move the file into place (\(reason))")
        }
    }
}

/// Input files an output must never replace, known by standardized path, resolved path, and
/// device and inode (a hard link has its own path but the same inode).
private struct ProtectedInputs {
    private var paths: Set<String> = []
    private var identities: Set<[UInt64]> = []

    init(_ inputs: [String]) {
        for input in inputs {
            paths.insert(URL(fileURLWithPath: input).standardizedFileURL.path)
            if let resolved = Self.resolved(input) { paths.insert(resolved) }
            if let identity = Self.identity(input) { identities.insert(identity) }
        }
    }

    /// Whether writing `path` would replace one of the inputs.
    func contains(_ path: String) -> Bool {
        if paths.contains(URL(fileURLWithPath: path).standardizedFileURL.path) { return true }
        if let resolved = Self.resolved(path), paths.contains(resolved) { return true }
        if let identity = Self.identity(path), identities.contains(identity) { return true }
        return false
    }

    /// The path with symbolic links resolved, when it exists.
    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Device and inode of an existing file (links followed).
    private static func identity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
