import Foundation
import Testing
import StoryMerge

/// The command-line conventions: `--version`, `-` for paths on standard input, exit statuses
/// in `--help`, and error messages that name the file and say what to do.
@Suite struct CLIConventionsTests {
    /// Runs the built binary with `input` on standard input.
    static func run(_ arguments: [String], input: String) throws -> CommandLineTests.Run {
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.root
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), error: String(decoding: err, as: UTF8.self))
    }

    @Test func versionPrintsTheLibraryVersion() throws {
        let run = try CommandLineTests.run(["--version"])
        #expect(run.status == 0)
        #expect(run.output == "storymerge \(StoryMergeVersion.current)\n")
    }

    @Test func dashReadsPathsFromStandardInput() throws {
        let paths = "seeds/000_dbf54c5fa3be2ae1.txt\n\n  seeds/004_284d4ab945c64d04.txt  \n"
        let run = try Self.run(["cluster", "-", "--format", "json"], input: paths)
        #expect(run.status == 0, "stderr: \(run.error)")
        let report = try JSONDecoder().decode(RunReport.self, from: Data(run.output.utf8))
        #expect(report.inputs.map(\.path) == ["seeds/000_dbf54c5fa3be2ae1.txt", "seeds/004_284d4ab945c64d04.txt"])
        #expect(report.clusters.count == 1)
    }

    @Test func helpListsTheExitStatuses() throws {
        let run = try CommandLineTests.run(["--help"])
        #expect(run.status == 0)
        for line in ["0   every input", "3   output written", "4   no input", "5   the output could not", "64  the command line"] {
            #expect(run.output.contains(line), "--help lacks exit status line '\(line)'")
        }
    }

    @Test func quietRunsOnAPipeWriteNoProgressOrEscapes() throws {
        let folder = try Fixtures.temporaryFolder()
        let run = try CommandLineTests.run(["merge", "Samples", "--output", folder.path])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(!run.error.contains("\u{1B}"), "escape codes on a non-terminal stderr")
        #expect(!run.error.contains("normalizing"), "a progress bar on a non-terminal stderr")
    }

    @Test func unwritableOutputNamesThePathAndWhatToDo() throws {
        let folder = try Fixtures.temporaryFolder()
        let blocker = folder.appendingPathComponent("taken")
        try Data("x".utf8).write(to: blocker)
        let run = try CommandLineTests.run(["merge", "seeds", "--output", blocker.path, "--quiet"])
        #expect(run.status == 5)
        #expect(run.error.contains(blocker.path))
        #expect(run.error.contains("check the --output path"))
    }

    @Test func ambiguousDiffInputNamesTheFileAndTheFix() throws {
        let run = try CommandLineTests.run(["diff", "Samples/feeds/port-calder-daily.rss", "seeds/000_dbf54c5fa3be2ae1.txt"])
        #expect(run.status == 64)
        #expect(run.error.contains("Samples/feeds/port-calder-daily.rss holds"))
        #expect(run.error.contains("name one as Samples/feeds/port-calder-daily.rss#N"))
    }
}
