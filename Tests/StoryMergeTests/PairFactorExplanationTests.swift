import Foundation
import Testing
@testable import StoryMerge

/// The street and clock-time factors read what the real normalizer gives: "43rd St." and
/// "1:18 p.m." pass through the tokenizer before the clusterer sees them.
@Suite struct PairFactorExplanationTests {
    static func reasons(_ first: String, _ second: String) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storymerge-factors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in [("a.txt", first), ("b.txt", second)] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let pipeline = Pipeline()
        let explanation = try pipeline.explain("a.txt", "b.txt", in: pipeline.read([folder.path]))
        return explanation.adjustments.map(\.reason)
    }

    static func report(_ headline: String, _ detail: String) -> String {
        """
        \(headline)

        Two men were shot \(detail) in Riverton on Saturday night. Police said the men were taken \
        to Riverton General Hospital, where both were in stable condition.
        """
    }

    @Test func numberedAndNamedStreetsAreCompared() throws {
        let reasons = try Self.reasons(
            Self.report("Two shot on 43rd Street", "near 43rd Street and Patton Ave."),
            Self.report("Two men shot in Riverton", "on 12th St."))
        #expect(reasons.contains("different streets (43, patton vs 12)"))
        #expect(try Self.reasons(
            Self.report("Two shot on 43rd Street", "near 43rd Street"),
            Self.report("Two men shot in Riverton", "on 43rd St.")).allSatisfy { !$0.contains("streets") })
    }

    @Test func clockTimesWithDotsAndWithoutSpacesAreCompared() throws {
        let reasons = try Self.reasons(
            Self.report("Two shot in Riverton", "at 1:18 p.m."),
            Self.report("Two men shot in Riverton", "just before 9:40pm"))
        #expect(reasons.contains("different clock times (1:18 pm vs 9:40 pm)"))
    }
}
