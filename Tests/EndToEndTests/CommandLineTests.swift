import Foundation
import Testing
import StoryMerge

/// Runs the built `storymerge` executable as a user would.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    /// The `storymerge` binary built next to the test bundle.
    static var executable: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("storymerge")
    }

    static func run(_ arguments: [String], in folder: URL = Fixtures.root, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = folder
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self), error: String(decoding: errData, as: UTF8.self))
    }

    @Test func mergeSeedsWritesAReportCitingBothOutlets() throws {
        let folder = try Fixtures.temporaryFolder()
        let run = try Self.run(["merge", "seeds", "--output", folder.path, "--quiet"])
        #expect(run.status == 0, "stderr: \(run.error)")
        let index = try String(contentsOf: folder.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(index.contains("AP"))
        #expect(index.contains("Fox News"))
        #expect(index.contains("seeds/000_dbf54c5fa3be2ae1.txt"))
    }

    @Test func clusterJSONListsEveryInput() throws {
        let run = try Self.run(["cluster", "seeds", "--format", "json"])
        #expect(run.status == 0)
        let report = try JSONDecoder().decode(RunReport.self, from: Data(run.output.utf8))
        #expect(report.schemaVersion == RunReport.currentSchemaVersion)
        #expect(report.inputs.map(\.path) == ["seeds/000_dbf54c5fa3be2ae1.txt", "seeds/004_284d4ab945c64d04.txt"])
        #expect(report.clusters.count == 1)
    }

    @Test func stageTimesGoToStandardErrorOnlyWhenAsked() throws {
        let plain = try Self.run(["cluster", "seeds", "--format", "json", "--quiet"])
        let timed = try Self.run(
            ["cluster", "seeds", "--format", "json", "--quiet"], environment: ["STORYMERGE_STAGE_TIMES": "1"])
        #expect(timed.status == 0 && plain.status == 0)
        #expect(!plain.error.contains("stage"))
        for stage in ["discover", "load, normalize", "near-duplicates", "tf-idf vectors", "average link"] {
            #expect(timed.error.contains("storymerge: stage \(stage)"), "stderr: \(timed.error)")
        }
        // Each line ends with the resident memory, read from /proc on Linux.
        let lines = timed.error.split(separator: "\n").filter { $0.hasPrefix("storymerge: stage ") }
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasSuffix(" MB resident") })
        #if os(Linux)
        #expect(lines.allSatisfy { !$0.hasSuffix(", 0 MB resident") }, "stderr: \(timed.error)")
        #endif
        #expect(timed.output == plain.output)
    }

    @Test func diffOfTheSeedsShowsSharedAndOneSidedCoverage() throws {
        let run = try Self.run(["diff", "seeds/000_dbf54c5fa3be2ae1.txt", "seeds/004_284d4ab945c64d04.txt"])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.output.contains("Shared"))
        #expect(run.output.contains("Only in"))
        #expect(run.output.contains("Psaki"))
    }

    @Test func skippedInputsGiveThePartialStatusAndAreListed() throws {
        let folder = try Fixtures.temporaryFolder()
        try FileManager.default.copyItem(atPath: Fixtures.apSeed, toPath: folder.appendingPathComponent("ap.txt").path)
        try FileManager.default.copyItem(atPath: Fixtures.foxSeed, toPath: folder.appendingPathComponent("fox.txt").path)
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: folder.appendingPathComponent("image.txt"))
        try FileManager.default.copyItem(atPath: Fixtures.apSeed, toPath: folder.appendingPathComponent("ap-again.txt").path)
        let run = try Self.run(["cluster", folder.path, "--format", "json", "--verbose"])
        #expect(run.status == 3, "stderr: \(run.error)")
        let report = try JSONDecoder().decode(RunReport.self, from: Data(run.output.utf8))
        #expect(report.inputs.count == 5)
        let skipped = Dictionary(uniqueKeysWithValues: report.skippedInputs.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason?.code) })
        #expect(skipped["empty.txt"] == .empty)
        #expect(skipped["image.txt"] == .binary)
        #expect(skipped.count == 3)
        #expect(run.error.contains("empty.txt"))
    }

    @Test func feedItemsBeyondTheLimitAreListedAndMakeTheRunPartial() throws {
        let run = try Self.run(["cluster", "Samples/feeds/port-calder-daily.rss", "--max-items-per-file", "2", "--format", "json"])
        #expect(run.status == 3, "stderr: \(run.error)")
        let report = try JSONDecoder().decode(RunReport.self, from: Data(run.output.utf8))
        let feed = try #require(report.inputs.first)
        #expect(feed.status == .clustered)
        #expect(report.articles.count == 2)
        #expect(feed.skippedItems.map(\.position) == [3])
        #expect(feed.skippedItems.first?.reason.code == .tooLarge)
        #expect(run.error.contains("1 entry inside 1 input skipped"))
        let bad = try Self.run(["cluster", "seeds", "--max-items-per-file", "0"])
        #expect(bad.status == 64)
    }

    @Test func theTableListsSkippedFilesAndStandardErrorDoesNotRepeatThem() throws {
        let table = try Self.run(["cluster", "Samples"])
        #expect(table.output.contains("Samples/README.md"))
        #expect(!table.error.contains("passed over"))
        let json = try Self.run(["cluster", "Samples", "--format", "json"])
        #expect(json.error.contains("2 files that are not articles passed over"))
    }

    @Test func diffOutputIsNeverWrittenOverAnInput() throws {
        let folder = try Fixtures.temporaryFolder()
        let copy = folder.appendingPathComponent("a.txt")
        try FileManager.default.copyItem(atPath: Fixtures.apSeed, toPath: copy.path)
        let before = try Data(contentsOf: copy)
        let run = try Self.run(["diff", copy.path, Fixtures.foxSeed, "--output", copy.path])
        #expect(run.status == 5)
        #expect(try Data(contentsOf: copy) == before)
    }

    @Test func aMislabelledCharsetPrintsNothingWhenQuiet() throws {
        // A page declared Shift_JIS whose bytes are not: libxml2 used to print "encoding error"
        // lines of its own on standard error, even with --quiet.
        let folder = try Fixtures.temporaryFolder()
        let page = folder.appendingPathComponent("mislabelled.html")
        var bytes = Array("<html><head><meta charset=\"Shift-JIS\"><title>Bridge reopens</title></head><body><article><p>".utf8)
        bytes += [0x63, 0x61, 0x66, 0xE9, 0x20, 0xFF, 0xFE]
        bytes += Array(" The river bridge reopened on Monday after three weeks of repairs, the county engineer said, and traffic moved normally.</p></article></body></html>".utf8)
        try Data(bytes).write(to: page)
        let run = try Self.run(["cluster", page.path, "--format", "json", "--quiet"])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.error.isEmpty, "stderr: \(run.error)")
        let report = try JSONDecoder().decode(RunReport.self, from: Data(run.output.utf8))
        #expect(report.clusters.count == 1)
    }

    @Test func noUsableInputGivesStatusFour() throws {
        let run = try Self.run(["cluster", "does-not-exist"])
        #expect(run.status == 4)
        #expect(run.error.contains("does-not-exist"))
    }

    @Test func usageErrorsGiveStatus64() throws {
        let run = try Self.run(["diff", "seeds/000_dbf54c5fa3be2ae1.txt"])
        #expect(run.status == 64)
    }
}
