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
        let protected = Set(inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        var written: [String] = []
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.path)
            if protected.contains(URL(fileURLWithPath: path).standardizedFileURL.path) {
                throw OutputError(path: path, message: "this is one of the inputs; choose another --output folder")
            }
            try writeAtomically(file.contents, to: path)
            written.append(path)
        }
        return written
    }

    /// Writes text to `path` through a temporary file in the same folder and a rename.
    public static func writeAtomically(_ text: String, to path: String) throws(OutputError) {
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
