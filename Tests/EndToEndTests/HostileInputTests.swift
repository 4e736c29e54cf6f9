import Foundation
import Testing
import StoryMerge
import Normalizer
import StoryModel

/// Hostile and broken inputs, generated in a temporary folder: every one is listed once in the
/// manifest with a specific reason, the run goes on, and no file outside the inputs is read.
/// The big classes (200 MB, 100,000 files, 1,000,000 attributes) live in `Scripts/hostile-corpus`.
@Suite struct HostileInputTests {
    /// A secret outside the inputs that the XXE documents point at: it must never reach any output.
    static let secret = "HOSTILE-SECRET-\(UUID().uuidString)"

    static let eventA = """
        Officials in the northern port city of Valmora said on Tuesday that the harbour bridge \
        would stay closed for at least three weeks after inspectors found cracks in two of its \
        support columns. Mayor Ilse Brandt told reporters that 40,000 commuters use the bridge every \
        day and that ferries would run every fifteen minutes. Engineers will begin repairs on Monday.
        """
    static let eventB = """
        The national weather service warned on Wednesday that a storm system moving in from the \
        Atlantic could bring 120 millimetres of rain to the western highlands by Friday. Schools in \
        three districts will close early, and the rail operator said some regional trains would be \
        replaced by buses, forecaster Tomas Reyes said.
        """

    /// A folder of hostile inputs plus two good articles; returns the folder and the secret's path.
    static func corpus(_ files: [String: [UInt8]], good: Bool = true) throws -> (folder: URL, secretPath: String) {
        let root = try Fixtures.temporaryFolder()
        let secretPath = root.appendingPathComponent("secret.txt").path
        try Data(secret.utf8).write(to: URL(fileURLWithPath: secretPath))
        let folder = root.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var all = files
        if good {
            all["good/a.txt"] = Array("Northern Courier\n\n\(eventA)\n".utf8)
            all["good/b.txt"] = Array("Highland Post\n\n\(eventB)\n".utf8)
        }
        for (name, bytes) in all {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return (folder, secretPath)
    }

    /// Runs `cluster --format json` and decodes the report.
    static func cluster(_ folder: URL, _ extra: [String] = []) throws -> (run: CommandLineTests.Run, report: RunReport) {
        let run = try CommandLineTests.run(["cluster", folder.path, "--format", "json", "--verbose"] + extra)
        let report = try JSONDecoder().decode(RunReport.self, from: Data(run.output.utf8))
        return (run, report)
    }

    /// The record of `name` below `folder`, checking it is listed exactly once.
    static func record(_ report: RunReport, _ folder: URL, _ name: String) -> InputRecord? {
        let path = folder.appendingPathComponent(name).path
        let matches = report.inputs.filter { $0.path == path }
        #expect(matches.count == 1, "\(name) listed \(matches.count) times")
        return matches.first
    }

    // MARK: XML attacks

    static func xxeFiles(_ secretPath: String) -> [String: [UInt8]] {
        [
            "xxe-entity.rss": Array("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://\(secretPath)"><!ENTITY pw SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&xxe;</title><item><title>&pw;</title>
                <description>&xxe; \(eventA)</description></item></channel></rss>
                """.utf8),
            "xxe-dtd.xml": Array("""
                <?xml version="1.0"?>
                <!DOCTYPE rss SYSTEM "file://\(secretPath)">
                <rss version="2.0"><channel><title>External DTD</title><item><title>Bridge</title>
                <description>\(eventA)</description></item></channel></rss>
                """.utf8),
            "xxe-parameter.atom": Array("""
                <?xml version="1.0"?>
                <!DOCTYPE feed [<!ENTITY % remote SYSTEM "file://\(secretPath)"> %remote;]>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>P</title><entry><title>x</title>
                <content>\(eventB)</content></entry></feed>
                """.utf8),
            "xxe.html": Array("""
                <!DOCTYPE html [<!ENTITY xxe SYSTEM "file://\(secretPath)">]><html><body>
                <p>&xxe; \(eventA)</p></body></html>
                """.utf8),
        ]
    }

    @Test func xxeNeverReadsAFileOutsideTheInputs() throws {
        let (probe, secretPath) = try Self.corpus([:], good: false)
        let (folder, _) = try Self.corpus(Self.xxeFiles(secretPath))
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        _ = probe
        let (run, report) = try Self.cluster(folder)
        #expect([0, 3].contains(run.status), "stderr: \(run.error)")
        // The secret (and /etc/passwd) appear nowhere: not in the JSON, not on standard error.
        #expect(!run.output.contains(Self.secret))
        #expect(!run.error.contains(Self.secret))
        #expect(!run.output.contains("root:x:0:0"))
        let entity = try #require(Self.record(report, folder, "xxe-entity.rss"))
        #expect(entity.status == .skipped)
        #expect(entity.reason?.code == .unsafe)
        #expect(entity.reason?.message.contains("declares entities") == true)
        // The merged story (HTML and JSON) carries no secret either.
        let output = folder.deletingLastPathComponent().appendingPathComponent("report")
        let merge = try CommandLineTests.run(["merge", folder.path, "--output", output.path, "--format", "json", "--quiet"])
        #expect([0, 3].contains(merge.status), "stderr: \(merge.error)")
        for name in try FileManager.default.contentsOfDirectory(atPath: output.path) {
            let text = try String(contentsOfFile: output.appendingPathComponent(name).path, encoding: .utf8)
            #expect(!text.contains(Self.secret), "\(name) holds the secret")
        }
    }

    @Test func xxeFeedsAreRefusedBeforeAnyTextIsRead() throws {
        let secretPath = "/nonexistent-\(UUID().uuidString)"
        for (name, bytes) in Self.xxeFiles(secretPath) where name.hasSuffix(".rss") || name.hasSuffix(".atom") {
            #expect(throws: LoadFailure.self, "\(name)") { try FeedParser.parse(bytes) }
        }
    }

    @Test func entityExpansionIsRefusedQuickly() throws {
        var laughs = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "&lol;" : "&lol\(level - 1);"
            laughs += "<!ENTITY lol\(level) \"\(String(repeating: previous, count: 10))\">"
        }
        let blowup = String(repeating: "A", count: 20_000)
        let (folder, _) = try Self.corpus([
            "laughs.xml": Array("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\(laughs)]>\n<rss><channel><title>&lol9;</title></channel></rss>\n".utf8),
            "quadratic.rss": Array(("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"\(blowup)\">]>\n<rss><channel><item><description>"
                + String(repeating: "&a;", count: 20_000) + "</description></item></channel></rss>\n").utf8),
        ])
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let started = Date()
        let (run, report) = try Self.cluster(folder)
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(run.status == 3, "stderr: \(run.error)")
        #expect(Self.record(report, folder, "laughs.xml")?.reason?.code == .unsafe)
        #expect(Self.record(report, folder, "quadratic.rss")?.reason?.code == .unsafe)
        #expect(run.error.contains("laughs.xml"))
    }

    // MARK: Structure and encodings

    @Test func deepNestingAndUnclosedTagsAreReadWithoutCrashing() throws {
        let depth = 100_000
        let deep = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>\(Self.eventA)</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let unclosed = "<html><body>" + String(repeating: "<div><span><b>", count: depth / 3) + Self.eventB
        let (folder, _) = try Self.corpus(["deep.html": Array(deep.utf8), "unclosed.html": Array(unclosed.utf8)])
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let (run, report) = try Self.cluster(folder)
        #expect([0, 3].contains(run.status), "stderr: \(run.error)")
        // libxml2 stops at 256 levels (no recursion past it); the reason says so.
        let deepRecord = try #require(Self.record(report, folder, "deep.html"))
        #expect(deepRecord.reason?.code == .malformed)
        #expect(deepRecord.reason?.message.contains("more than 256 deep") == true)
        #expect(Self.record(report, folder, "unclosed.html") != nil)
    }

    @Test func aTagWithTooManyAttributesIsRefusedBeforeParsing() throws {
        // libxml2 2.9 compares each attribute with all earlier ones: a million take hours.
        let attributes = (0..<50_000).map { "a\($0)=\"\($0)\"" }.joined(separator: " ")
        let (folder, _) = try Self.corpus([
            "attributes.html": Array("<html><body><p \(attributes)>\(Self.eventA)</p></body></html>".utf8),
            "attributes.rss": Array("<?xml version=\"1.0\"?><rss \(attributes)><channel><item><description>\(Self.eventB)</description></item></channel></rss>".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let started = Date()
        let (run, report) = try Self.cluster(folder)
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(run.status == 3, "stderr: \(run.error)")
        for name in ["attributes.html", "attributes.rss"] {
            let record = try #require(Self.record(report, folder, name))
            #expect(record.reason?.code == .unsafe)
            #expect(record.reason?.message.contains("more than 10000 attributes") == true)
        }
    }

    @Test func encodingsGetSpecificReasons() throws {
        var invalid = Array("Bad Bytes Daily\n\n".utf8) + Array(Self.eventA.utf8)
        invalid.insert(contentsOf: [0xFF, 0xFE, 0xC3, 0x28], at: 60)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "Sixteen Bits News\n\n\(Self.eventB)\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var nul = Array("Nul Times\n\n".utf8) + Array(Self.eventB.utf8)
        nul.insert(contentsOf: [0, 0, 0], at: 40)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 200)
        let (folder, _) = try Self.corpus([
            "invalid.txt": invalid, "utf16.txt": utf16, "nul.txt": nul, "picture.html": png, "empty.txt": [],
        ])
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let (run, report) = try Self.cluster(folder)
        #expect(run.status == 3, "stderr: \(run.error)")
        #expect(Self.record(report, folder, "utf16.txt")?.status == .clustered)
        #expect(Self.record(report, folder, "nul.txt")?.reason?.code == .binary)
        #expect(Self.record(report, folder, "picture.html")?.reason?.message.contains("PNG") == true)
        #expect(Self.record(report, folder, "empty.txt")?.reason?.code == .empty)
        let bad = try #require(Self.record(report, folder, "invalid.txt"))
        #expect(bad.status == .clustered || bad.reason?.code == .invalidEncoding)
        #expect(run.error.contains("nul.txt"))
    }

    // MARK: Containers

    @Test func brokenContainersAreMalformed() throws {
        let gzip = Gzip.compress(Array("Gzip Gazette\n\n\(Self.eventA)\n".utf8))
        let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>\(Self.eventA)</p></body></html>".utf8)
        let warc = Array("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: \(http.count + 500)\r\n\r\n".utf8) + http
        let overflow = Array("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9223372036854775000\r\n\r\nHTTP/1.1 200 OK\r\n\r\n".utf8)
        let (folder, _) = try Self.corpus([
            "cut.txt.gz": Array(gzip.prefix(gzip.count / 2)), "long.warc": warc, "overflow.warc": overflow,
        ])
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let (run, report) = try Self.cluster(folder)
        #expect(run.status == 3, "stderr: \(run.error)")
        let cut = try #require(Self.record(report, folder, "cut.txt.gz"))
        #expect(cut.status == .skipped && cut.reason?.message.lowercased().contains("gzip") == true, "\(String(describing: cut.reason))")
        for name in ["long.warc", "overflow.warc"] {
            let record = try #require(Self.record(report, folder, name))
            #expect(record.reason?.code == .malformed)
            #expect(record.reason?.message.contains("WARC") == true)
        }
    }

    // MARK: File system

    @Test func fileSystemOdditiesAreListedOnceWithReasons() throws {
        let (folder, _) = try Self.corpus([
            "twice/a-original.txt": Array("Twin Times\n\n\(Self.eventA)\n".utf8),
            "locked.txt": Array("Locked Ledger\n\n\(Self.eventB)\n".utf8),
            "name\nwith newline.txt": Array("Newline Tribune\n\n\(Self.eventA)\n".utf8),
            "Ελληνικά-日本語.txt": Array("Kosmos Zeitung\n\n\(Self.eventB)\n".utf8),
        ])
        defer {
            chmod(folder.appendingPathComponent("locked.txt").path, 0o644)
            try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
        }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("loop-a.txt").path, withDestinationPath: "loop-b.txt")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("loop-b.txt").path, withDestinationPath: "loop-a.txt")
        try manager.createDirectory(at: folder.appendingPathComponent("deep/x"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("deep/x/up").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("twice/b-link.txt").path, withDestinationPath: "a-original.txt")
        #expect(link(folder.appendingPathComponent("twice/a-original.txt").path, folder.appendingPathComponent("twice/c-hard.txt").path) == 0)
        try manager.createDirectory(at: folder.appendingPathComponent("folder.html"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        #expect(chmod(folder.appendingPathComponent("locked.txt").path, 0) == 0)

        let (run, report) = try Self.cluster(folder)
        #expect(run.status == 3, "stderr: \(run.error)")
        for name in ["loop-a.txt", "loop-b.txt"] {
            let record = try #require(Self.record(report, folder, name))
            #expect(record.reason?.code == .unreadable && record.reason?.message.contains("symbolic link loop") == true)
        }
        #expect(Self.record(report, folder, "deep/x/up")?.reason?.message.contains("loop") == true)
        #expect(Self.record(report, folder, "twice/a-original.txt")?.status == .clustered)
        for name in ["twice/b-link.txt", "twice/c-hard.txt"] {
            let record = try #require(Self.record(report, folder, name))
            #expect(record.reason?.code == .duplicate)
            #expect(record.reason?.message.contains("twice/a-original.txt") == true)
        }
        #expect(Self.record(report, folder, "folder.html")?.status == .skipped)
        #expect(Self.record(report, folder, "pipe.txt")?.reason?.message.contains("not a regular file") == true)
        #expect(Self.record(report, folder, "name\nwith newline.txt")?.status == .clustered)
        #expect(Self.record(report, folder, "Ελληνικά-日本語.txt")?.status == .clustered)
        let locked = try #require(Self.record(report, folder, "locked.txt"))
        // Root reads any file whatever its mode, so the reason is only checked for other users.
        if geteuid() != 0 {
            #expect(locked.reason?.code == .unreadable)
            #expect(locked.reason?.message.contains("ermission denied") == true)
        }
        // Every entry is listed exactly once, and nothing else is.
        let paths = report.inputs.map(\.path)
        #expect(Set(paths).count == paths.count)
        #expect(paths.count == 13, "\(paths)")
    }

    // MARK: Limits and outputs

    @Test func itemsPastTheLimitGetOneNote() throws {
        var lines: [String] = []
        for index in 1...5 { lines.append("{\"title\": \"t\(index)\", \"text\": \"\(Self.eventA)\"}") }
        let (folder, _) = try Self.corpus(["five.jsonl": Array(lines.joined(separator: "\n").utf8)], good: false)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let file = InputFile(path: folder.appendingPathComponent("five.jsonl").path, format: .jsonLines)
        let result = InputLoader(threads: .exactly(1), maxItemsPerFile: 3).load([file])
        #expect(result.articles.count == 3)
        let record = try #require(result.records.first)
        #expect(record.status == .clustered)
        #expect(record.skippedItems.map(\.position) == [4])
        #expect(record.skippedItems.first?.reason.code == .tooLarge)
        #expect(record.skippedItems.first?.reason.message.contains("items 4–5") == true)
    }

    @Test func outputOverAnInputIsRefused() throws {
        let (folder, _) = try Self.corpus(["index.md": Array("Markdown Mail\n\n\(Self.eventA)\n".utf8)])
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let before = try Data(contentsOf: folder.appendingPathComponent("index.md"))
        let run = try CommandLineTests.run(["merge", folder.path, "--output", folder.path, "--quiet"])
        #expect(run.status == 5, "stderr: \(run.error)")
        #expect(run.error.contains("index.md") && run.error.contains("one of the inputs"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("index.md")) == before)
        // A hard link to the input under the output's name is the same file: refused too.
        let other = folder.deletingLastPathComponent().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        #expect(link(folder.appendingPathComponent("index.md").path, other.appendingPathComponent("index.md").path) == 0)
        let linked = try CommandLineTests.run(["merge", folder.path, "--output", other.path, "--quiet"])
        #expect(linked.status == 5, "stderr: \(linked.error)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("index.md")) == before)
    }
}
