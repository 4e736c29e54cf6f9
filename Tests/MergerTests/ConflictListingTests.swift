import Foundation
@testable import Merger
import StoryModel
import Testing

/// Prints every conflict the merger raises on the dev gold clusters, with both sides' sentences,
/// for a person to check (`Scripts/list-conflicts`). Runs only when `STORYMERGE_LIST_CONFLICTS`
/// is set and the corpora are found; writes to the absolute path it names (outside the
/// repository), or else prints to standard output.
@Suite struct ConflictListingTests {
    static let enabled = ProcessInfo.processInfo.environment["STORYMERGE_LIST_CONFLICTS"] != nil && RealData.corpusRoot != nil

    @Test(.enabled(if: enabled, "set STORYMERGE_LIST_CONFLICTS and STORYMERGE_DATA to list the conflicts"))
    func listEveryConflict() {
        let entries = ConflictCatalog.entries
        let checked = Dictionary(ConflictFixture.verdicts.map { ($0.locator, $0) }, uniquingKeysWith: { a, _ in a })
        var lines = ["=== conflicts: \(entries.count) (\(entries.filter(\.inGroup).count) in fused groups, \(entries.filter { !$0.inGroup }.count) across clusters)"]
        for (n, entry) in entries.enumerated() {
            let verdict = checked[entry.locator].map { $0.isConflict ? "checked: true (\($0.note))" : "checked: FALSE (\($0.note))" } ?? "unchecked"
            lines.append("")
            lines.append("[\(n + 1)] \(entry.corpus) cluster \(entry.cluster) · \(entry.conflict.kind.rawValue) · \(entry.conflict.context) · \(entry.inGroup ? "group" : "cluster") · \(verdict)")
            lines.append("    locator: \(entry.locator)")
            for (c, claim) in entry.conflict.claims.enumerated() {
                lines.append("  \(Character(UnicodeScalar(UInt8(65 + c % 26)))) \(claim.value.debugDescription) — \(claim.sources.joined(separator: ", "))")
                for span in claim.provenance {
                    let file = span.file.split(separator: "/").last ?? ""
                    lines.append("    \(entry.corpus)/\(file)#\(span.sentenceIndex) [\(span.source)]: \(span.text)")
                }
            }
        }
        lines.append("=== end")
        // To the file `STORYMERGE_LIST_CONFLICTS` names, when it names one (a piped standard
        // output under `swift test` has been seen to lose chunks of a long listing); else printed.
        let text = lines.joined(separator: "\n") + "\n"
        let path = ProcessInfo.processInfo.environment["STORYMERGE_LIST_CONFLICTS"] ?? ""
        if path.hasPrefix("/") {
            #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        } else {
            print(text, terminator: "")
        }
        #expect(!entries.isEmpty)
    }
}
