import Foundation
import Testing

/// The same inputs give byte-identical output, whatever the thread count and across runs.
@Suite struct DeterminismTests {
    /// Every file below a merge's output folder, by relative path.
    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                result[name] = try Data(contentsOf: url)
            }
        }
        return result
    }

    @Test(arguments: ["json", "markdown", "html"])
    func mergeOutputIsTheSameOnOneThreadAndOnMany(format: String) throws {
        var outputs: [[String: Data]] = []
        for threads in ["1", "4", "4"] {
            let folder = try Fixtures.temporaryFolder()
            let run = try CommandLineTests.run(
                ["merge", "Samples", "seeds", "--format", format, "--threads", threads, "--output", folder.path, "--quiet"])
            #expect([0, 3].contains(run.status), "stderr: \(run.error)")
            outputs.append(try Self.files(in: folder))
        }
        #expect(!outputs[0].isEmpty)
        #expect(outputs[0].keys.sorted() == outputs[1].keys.sorted())
        for (name, data) in outputs[0] {
            #expect(outputs[1][name] == data, "\(name) differs between 1 and 4 threads")
            #expect(outputs[2][name] == data, "\(name) differs between two runs on 4 threads")
        }
    }

    @Test func clusterJSONIsTheSameOnOneThreadAndOnMany() throws {
        let one = try CommandLineTests.run(["cluster", "Samples", "--format", "json", "-j", "1"])
        let many = try CommandLineTests.run(["cluster", "Samples", "--format", "json", "-j", "3"])
        #expect(one.output.contains("\"clusters\""))
        #expect(one.output == many.output)
    }

    @Test func zeroThreadsIsAUsageError() throws {
        let run = try CommandLineTests.run(["cluster", "seeds", "--threads", "0"])
        #expect(run.status == 64)
        #expect(run.error.contains("--threads"))
    }
}
