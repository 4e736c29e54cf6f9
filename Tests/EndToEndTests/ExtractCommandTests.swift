import Foundation
import Testing
import StoryMerge

/// `storymerge extract`: text, JSON Lines and the benchmark's JSON object, on gzip and WARC inputs.
@Suite struct ExtractCommandTests {
    static let page = """
        <html lang="en"><head><title>Tram line opens | Metro Wire</title>
        <meta property="og:site_name" content="Metro Wire">
        <meta property="article:published_time" content="2025-06-02T08:00:00Z">
        <meta name="author" content="Lena Park">
        </head><body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
        <article><h1>Tram line opens</h1>
        <p>The new east–west tram line opened on Monday, carrying its first passengers across the river shortly after dawn.</p>
        <p>City officials expect about 40,000 riders a day once the line reaches full service later this summer.</p>
        </article><footer>© Metro Wire. All rights reserved.</footer></body></html>
        """

    @Test func jsonObjectIsKeyedByFileNameWithoutExtensions() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.page.utf8).write(to: folder.appendingPathComponent("tram.html"))
        let run = try CommandLineTests.run(["extract", folder.path, "--format", "json-object", "--explain"])
        #expect(run.status == 0, "stderr: \(run.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: [String: Any]])
        let tram = try #require(object["tram"])
        #expect(tram["title"] as? String == "Tram line opens")
        #expect(tram["outlet"] as? String == "Metro Wire")
        #expect(tram["date"] as? String == "2025-06-02")
        #expect(tram["authors"] as? [String] == ["Lena Park"])
        #expect(tram["language"] as? String == "en")
        let body = try #require(tram["articleBody"] as? String)
        #expect(body.hasPrefix("The new east–west tram line opened on Monday"))
        #expect(!body.contains("All rights reserved"))
        let rules = try #require(tram["rules"] as? [String: String])
        #expect(rules["date"] == "meta:article:published_time")
        #expect(rules["authors"] == "meta:author")
    }

    @Test func jsonObjectEscapesQuotesBackslashesAndControls() throws {
        // The json-object output is written by hand: it must stay valid JSON for any text.
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tricky = Self.page
            .replacingOccurrences(of: "<title>Tram line opens | Metro Wire</title>", with: "<title>He said \"no\" \\ a/b 👍 | Metro Wire</title>")
            .replacingOccurrences(of: "<h1>Tram line opens</h1>", with: "<h1>He said \"no\" \\ a/b 👍</h1>")
            .replacingOccurrences(of: "carrying its first", with: "carrying \u{1} its \"first\"")
        try Data(tricky.utf8).write(to: folder.appendingPathComponent("tricky.html"))
        let run = try CommandLineTests.run(["extract", folder.path, "--format", "json-object"])
        #expect(run.status == 0, "stderr: \(run.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: [String: Any]])
        let page = try #require(object["tricky"])
        #expect(page["title"] as? String == "He said \"no\" \\ a/b 👍")
        let body = try #require(page["articleBody"] as? String)
        #expect(body.contains("its \"first\""))
    }

    @Test func textExplainsEveryField() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tram.html").path
        try Data(Self.page.utf8).write(to: URL(fileURLWithPath: path))
        let run = try CommandLineTests.run(["extract", path, "--explain"])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.output.contains("title: Tram line opens   [h1]"))
        #expect(run.output.contains("date: 2025-06-02   [meta:article:published_time]"))
        #expect(run.output.contains("body: 2 paragraphs"))
    }

    @Test func warcGzipGivesOneJSONLinePerPage() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func record(_ uri: String, _ body: String) -> [UInt8] {
            let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n\(body)".utf8)
            let header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2025-06-03T01:02:03Z\r\nWARC-Target-URI: \(uri)\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: \(http.count)\r\n\r\n"
            return Array(header.utf8) + http + Array("\r\n\r\n".utf8)
        }
        let warc = record("https://metrowire.example/tram", Self.page) + record("https://metrowire.example/tram-2", Self.page.replacingOccurrences(of: "Tram line opens", with: "Tram line busy"))
        try Data(Pipeline.gzip(warc)).write(to: folder.appendingPathComponent("news.warc.gz"))
        let run = try CommandLineTests.run(["extract", folder.path, "--format", "jsonl"])
        #expect(run.status == 0, "stderr: \(run.error)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect((first["id"] as? String)?.hasSuffix("news.warc.gz#1") == true)
        #expect(first["url"] as? String == "https://metrowire.example/tram")
        #expect(first["container"] as? String == "warc.gz")
        #expect(first["key"] as? String == "news#1")
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["title"] as? String == "Tram line busy")
    }

    @Test func aTruncatedGzipIsReportedWithItsReason() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.page.utf8).write(to: folder.appendingPathComponent("good.html"))
        try Data(Pipeline.gzip(Array(Self.page.utf8)).dropLast(20)).write(to: folder.appendingPathComponent("cut.html.gz"))
        let run = try CommandLineTests.run(["extract", folder.path, "--format", "jsonl", "--verbose"])
        #expect(run.status == 3)
        #expect(run.output.split(separator: "\n").count == 1)
        #expect(run.error.contains("cut.html.gz"))
        #expect(run.error.contains("malformed"))
        #expect(run.error.contains("truncated"))
    }
}
