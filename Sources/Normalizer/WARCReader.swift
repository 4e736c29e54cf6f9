package import StoryModel

/// Reads WARC files (ISO 28500; Common Crawl's CC-NEWS format): every `response` record whose
/// HTTP payload is HTML is an article.
///
/// HTTP headers are stripped from each payload; a chunked body is de-chunked and a gzip
/// `Content-Encoding` inflated when the payload still carries them (Common Crawl stores bodies
/// decoded and renames the headers, other crawlers do not); the HTTP `Content-Type` charset is
/// kept for decoding. Records other than responses (`warcinfo`, `request`, `metadata`) are passed
/// over; responses that are not HTML pages or not status 200 are listed as skipped items.
package enum WARCReader {
    /// One HTTP response found in a WARC file.
    package struct Response: Sendable, Hashable {
        /// The 1-based position among the file's `response` records (the article id's `#N`).
        package var position: Int
        /// `WARC-Target-URI`.
        package var url: String?
        /// `WARC-Date` (the capture time), as written.
        package var date: String?
        /// The HTTP body, headers stripped and transfer coding removed.
        package var body: [UInt8]
        /// The HTTP `Content-Type` charset parameter, when present.
        package var charset: String?
        /// Why the record is not an article (not HTML, not a 200 response), or `nil`.
        package var skip: SkipReason?
    }

    /// Whether `bytes` start like a WARC file ("WARC/1.0", "WARC/1.1").
    package static func isWARC(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: Array("WARC/".utf8))
    }

    /// The HTTP responses of a WARC file, in file order.
    ///
    /// - Parameters:
    ///   - bytes: the uncompressed WARC bytes.
    ///   - limit: the most bytes a gzip `Content-Encoding` body may inflate to.
    /// - Returns: one entry per `response` record.
    /// - Throws: `.malformed` when the file holds no readable record or a record is cut short.
    package static func responses(_ bytes: [UInt8], limit: Int = 64 << 20) throws(LoadFailure) -> [Response] {
        var responses: [Response] = []
        var offset = 0
        var records = 0
        while offset < bytes.count {
            // Skip the blank lines between records.
            while offset < bytes.count, bytes[offset] == 0x0D || bytes[offset] == 0x0A { offset += 1 }
            guard offset < bytes.count else { break }
            guard isWARC(bytes[offset...]) else {
                throw LoadFailure(.malformed, "WARC: expected a record header (\"WARC/1.x\") at byte \(offset) after \(records) records")
            }
            guard let headerEnd = headerTerminator(bytes, from: offset) else {
                throw LoadFailure(.malformed, "WARC: record \(records + 1) has no end of headers (the file is truncated)")
            }
            let headers = parseHeaders(bytes, from: offset, to: headerEnd.start, skipFirstLine: true)
            guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
                throw LoadFailure(.malformed, "WARC: record \(records + 1) has no valid Content-Length")
            }
            let blockStart = headerEnd.end
            guard length <= bytes.count - blockStart else {
                throw LoadFailure(.malformed, "WARC: record \(records + 1) declares \(length) bytes but only \(bytes.count - blockStart) remain (the file is truncated)")
            }
            records += 1
            if headers["warc-type"]?.lowercased() == "response" {
                let block = Array(bytes[blockStart..<(blockStart + length)])
                var response = httpResponse(block, isHTTP: headers["content-type"]?.lowercased().contains("application/http") ?? true, limit: limit)
                response.position = responses.count + 1
                response.url = headers["warc-target-uri"].map { String($0.filter { $0 != "<" && $0 != ">" }) }
                response.date = headers["warc-date"]
                responses.append(response)
            }
            offset = blockStart + length
        }
        if records == 0 { throw LoadFailure(.malformed, "WARC: no records") }
        return responses
    }

    /// Splits an HTTP response block into status, headers and body.
    private static func httpResponse(_ block: [UInt8], isHTTP: Bool, limit: Int) -> Response {
        var response = Response(position: 0, body: block)
        guard isHTTP, block.starts(with: Array("HTTP/".utf8)) else {
            if !isHTTP { return response }
            response.skip = SkipReason(.malformed, "the response record holds no HTTP response")
            return response
        }
        guard let end = headerTerminator(block, from: 0) else {
            response.body = []
            response.skip = SkipReason(.malformed, "the HTTP response has no end of headers")
            return response
        }
        let statusLine = String(decoding: block[0..<(block[0..<end.start].firstIndex(of: 0x0A) ?? end.start)], as: UTF8.self)
        let status = statusLine.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        let headers = parseHeaders(block, from: 0, to: end.start, skipFirstLine: true)
        var body = Array(block[end.end...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, let dechunked = dechunk(body) {
            body = dechunked
        }
        if let coding = headers["content-encoding"]?.lowercased(), coding.contains("gzip"), Gzip.isGzip(body) {
            do { body = try Gzip.decompress(body, limit: limit) } catch {
                response.skip = SkipReason(error.reason.code, "the HTTP body: \(error.reason.message)")
            }
        }
        response.body = body
        let contentType = headers["content-type"]
        response.charset = contentType.flatMap(Charset.parameter(ofContentType:))
        if response.skip == nil {
            if status != 200 {
                response.skip = SkipReason(.unsupported, "HTTP status \(status), not a page (\(statusLine.trimmingWhitespace()))")
            } else if let type = contentType?.lowercased(), !type.contains("html") {
                let mime = type.split(separator: ";").first.map { $0.trimmingWhitespace() } ?? type
                response.skip = SkipReason(.unsupported, "the response is \(mime), not an HTML page")
            } else if body.isEmpty {
                response.skip = SkipReason(.empty, "the response has an empty body")
            }
        }
        return response
    }

    /// Removes HTTP/1.1 chunked transfer coding, or returns `nil` when the body is not chunked
    /// (Common Crawl stores bodies already de-chunked but keeps the header).
    package static func dechunk(_ body: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(body.count)
        var index = 0
        while index < body.count {
            var size = 0
            var digits = 0
            while index < body.count, let digit = hexValue(body[index]) {
                size = size &* 16 &+ digit
                digits += 1
                index += 1
                if digits > 12 { return nil }
            }
            guard digits > 0 else { return nil }
            // Chunk extensions (";name=value") up to the line end.
            while index < body.count, body[index] != 0x0A { index += 1 }
            guard index < body.count else { return nil }
            index += 1
            if size == 0 { return output }
            guard index + size <= body.count else {
                // A cut-off last chunk: keep what arrived.
                output.append(contentsOf: body[index...])
                return output
            }
            output.append(contentsOf: body[index..<(index + size)])
            index += size
            if index < body.count, body[index] == 0x0D { index += 1 }
            if index < body.count, body[index] == 0x0A { index += 1 }
        }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)
        case 0x41...0x46: Int(byte - 0x41 + 10)
        case 0x61...0x66: Int(byte - 0x61 + 10)
        default: nil
        }
    }

    /// The blank line ending a header block: where it starts and where the content begins.
    /// Accepts CRLF CRLF and bare LF LF.
    private static func headerTerminator(_ bytes: [UInt8], from start: Int) -> (start: Int, end: Int)? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == 0x0A {
                if bytes[index + 1] == 0x0A { return (index, index + 2) }
                if bytes[index + 1] == 0x0D, index + 2 < bytes.count, bytes[index + 2] == 0x0A { return (index, index + 3) }
            }
            index += 1
        }
        return nil
    }

    /// Header lines as lowercased names → values (the first of repeated names wins);
    /// continuation lines are folded into the previous value.
    private static func parseHeaders(_ bytes: [UInt8], from start: Int, to end: Int, skipFirstLine: Bool) -> [String: String] {
        var headers: [String: String] = [:]
        var lastName: String?
        for (number, rawLine) in bytes[start..<end].split(separator: 0x0A, omittingEmptySubsequences: true).enumerated() {
            if skipFirstLine, number == 0 { continue }
            let lineBytes = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
            let line = String(decoding: lineBytes, as: UTF8.self)
            if let first = lineBytes.first, first == 0x20 || first == 0x09, let name = lastName {
                headers[name, default: ""] += " " + line.trimmingWhitespace()
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingWhitespace().lowercased()
            let value = line[line.index(after: colon)...].trimmingWhitespace()
            if headers[name] == nil { headers[name] = value }
            lastName = name
        }
        return headers
    }
}
