import StoryModel
import Testing

@testable import Normalizer

/// WARC files in Common Crawl's CC-NEWS shape, written in the test (and gzipped per record).
@Suite struct WARCReaderTests {
    /// One WARC record with CRLF line ends and a correct Content-Length.
    static func record(type: String, uri: String?, date: String = "2024-05-02T06:30:00Z", contentType: String, block: [UInt8]) -> [UInt8] {
        var header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Date: \(date)\r\nWARC-Record-ID: <urn:uuid:\(type)-\(block.count)>\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        header += "Content-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// An HTTP response block.
    static func http(status: String = "200 OK", headers: [String], body: [UInt8]) -> [UInt8] {
        Array(("HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
    }

    static func page(_ title: String, _ sentence: String, head: String = "") -> String {
        """
        <html><head><title>\(title)</title>\(head)</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>\(title)</h1>
        <p>\(sentence) Officials said the work would continue through the week, with more updates expected.</p>
        <p>Residents were told to follow instructions from the authorities and to avoid the area until further notice.</p>
        </article><footer>© 2024 Example Media. All rights reserved.</footer></body></html>
        """
    }

    /// A CC-NEWS-like archive: warcinfo, request, an HTML response, a chunked Latin-1 response,
    /// an image response and a redirect.
    static var archive: [UInt8] {
        let info = record(type: "warcinfo", uri: nil, contentType: "application/warc-fields", block: Array("software: test\r\n".utf8))
        let request = record(type: "request", uri: "https://news.example/a", contentType: "application/http; msgtype=request",
                             block: Array("GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".utf8))
        let first = record(
            type: "response", uri: "https://news.example/2024/05/01/bridge", contentType: "application/http; msgtype=response",
            block: http(headers: ["Content-Type: text/html; charset=utf-8"], body: Array(page("Bridge reopens", "The bridge reopened on Wednesday.").utf8)))
        // Latin-1 body ("café" as E9), announced only by the HTTP header, sent chunked.
        var latin = Array(page("Café closes", "The café on the square closed its doors.").utf8)
        latin = latin.filter { $0 != 0xC3 }.map { (byte: UInt8) -> UInt8 in byte == 0xA9 ? 0xE9 : byte }
        let half = latin.count / 2
        var chunked: [UInt8] = Array((String(half, radix: 16) + "\r\n").utf8)
        chunked += latin[..<half]
        chunked += Array(("\r\n" + String(latin.count - half, radix: 16) + "\r\n").utf8)
        chunked += latin[half...]
        chunked += Array("\r\n0\r\n\r\n".utf8)
        let second = record(
            type: "response", uri: "https://news.example/cafe", date: "2024-05-03T10:00:00Z", contentType: "application/http; msgtype=response",
            block: http(headers: ["Content-Type: text/html; charset=ISO-8859-1", "Transfer-Encoding: chunked"], body: chunked))
        let image = record(type: "response", uri: "https://news.example/logo.png", contentType: "application/http; msgtype=response",
                           block: http(headers: ["Content-Type: image/png"], body: [0x89, 0x50, 0x4E, 0x47]))
        let redirect = record(type: "response", uri: "https://news.example/old", contentType: "application/http; msgtype=response",
                              block: http(status: "301 Moved Permanently", headers: ["Location: /new"], body: []))
        return info + request + first + second + image + redirect
    }

    @Test func responsesCarryURLDateCharsetAndDechunkedBodies() throws {
        let responses = try WARCReader.responses(Self.archive)
        #expect(responses.map(\.position) == [1, 2, 3, 4])
        #expect(responses.map(\.url) == ["https://news.example/2024/05/01/bridge", "https://news.example/cafe", "https://news.example/logo.png", "https://news.example/old"])
        #expect(responses[0].skip == nil)
        #expect(responses[0].charset == "utf-8")
        #expect(String(decoding: responses[0].body, as: UTF8.self).hasPrefix("<html>"))
        #expect(responses[1].charset == "ISO-8859-1")
        #expect(responses[1].body.contains(0xE9))
        #expect(!String(decoding: responses[1].body, as: UTF8.self).contains("0\r\n\r\n"))
        #expect(responses[2].skip?.message.contains("image/png") == true)
        #expect(responses[3].skip?.message.contains("301") == true)
    }

    @Test func pagesTakeWARCHeadersAndDecodeTheHTTPCharset() throws {
        let responses = try WARCReader.responses(Self.archive)
        let bridge = try WARCPage.extract(responses[0])
        #expect(bridge.title == "Bridge reopens")
        #expect(bridge.url == "https://news.example/2024/05/01/bridge")
        #expect(bridge.rules["url"] == "warc:WARC-Target-URI")
        #expect(bridge.date == CalendarDay(year: 2024, month: 5, day: 1))  // the URL's date beats the crawl date
        #expect(bridge.rules["date"] == "url-pattern")
        #expect(!bridge.paragraphs.joined().contains("All rights reserved"))
        let cafe = try WARCPage.extract(responses[1])
        #expect(cafe.title == "Café closes")
        #expect(cafe.paragraphs.first?.hasPrefix("The café on the square") == true)
        #expect(cafe.rules["charset"] == "http:windows-1252")
        #expect(cafe.date == CalendarDay(year: 2024, month: 5, day: 3))
        #expect(cafe.rules["date"] == "warc:WARC-Date")
    }

    @Test func aGzippedWARCLoadsOneArticlePerHTMLResponse() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Common Crawl compresses each record as its own gzip member.
        try folder.write("crawl.warc.gz", Gzip.compress(Array(Self.archive.prefix(200))) + Gzip.compress(Array(Self.archive.dropFirst(200))))
        try folder.write("plain.warc", Self.archive)
        let found = InputDiscovery().discover([folder.path])
        #expect(found.files.map(\.format) == [.html, .html])
        let loaded = InputLoader(minimumWords: 5).load(found.files)
        #expect(loaded.articles.map(\.id) == ["crawl.warc.gz#1", "crawl.warc.gz#2", "plain.warc#1", "plain.warc#2"].map { folder.path + "/" + $0 })
        #expect(loaded.articles.map(\.item) == [1, 2, 1, 2])
        #expect(loaded.articles.map(\.url) == Array(repeating: ["https://news.example/2024/05/01/bridge", "https://news.example/cafe"], count: 2).flatMap { $0 })
        let record = try #require(loaded.records.first)
        #expect(record.status == .clustered)
        #expect(record.skippedItems.map(\.position) == [3, 4])
        // The same archive uncompressed has the same bytes inside, but different file bytes: not a duplicate.
        #expect(loaded.records.last?.reason?.code != .duplicate)
    }

    @Test func aTruncatedWARCIsMalformed() {
        let archive = Self.archive
        let cut = Array(archive.prefix(archive.count - 400))
        do {
            _ = try WARCReader.responses(cut)
            Issue.record("a truncated WARC was accepted")
        } catch {
            #expect(error.reason.code == .malformed)
            #expect(error.reason.message.contains("truncated"))
        }
    }

    @Test func chunkedBodiesDechunkAndPlainBodiesAreLeftAlone() {
        #expect(WARCReader.dechunk(Array("5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n".utf8)) == Array("hello world".utf8))
        #expect(WARCReader.dechunk(Array("<html>already decoded</html>".utf8)) == nil)
    }

    @Test func aGzipContentEncodingIsInflated() throws {
        let body = Gzip.compress(Array(Self.page("Dock strike", "Dock workers walked out on Friday.").utf8))
        let archive = Self.record(
            type: "response", uri: "https://news.example/strike", contentType: "application/http; msgtype=response",
            block: Self.http(headers: ["Content-Type: text/html", "Content-Encoding: gzip"], body: body))
        let response = try #require(try WARCReader.responses(archive).first)
        #expect(try WARCPage.extract(response).title == "Dock strike")
    }
}
