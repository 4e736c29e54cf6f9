package import StoryModel

/// Guesses what a file holds from its first bytes: markup, a feed, JSON Lines, text or binary.
package enum ContentSniffer {
    /// What the first bytes say.
    package enum Verdict: Sendable, Hashable {
        /// A format StoryMerge reads.
        case format(InputFormat)
        /// Not text; the associated value names what it looks like ("PNG image").
        case binary(String)
        /// Text, but nothing StoryMerge reads (e.g. XML that is not a feed); the value says why.
        case unsupported(String)
        /// No bytes at all.
        case empty
    }

    /// How many leading bytes sniffing looks at.
    package static let prefixLength = 4096

    /// Known binary file signatures, by leading bytes.
    private static let signatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        (Array("%PDF".utf8), "a PDF document"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ([0x50, 0x4B, 0x05, 0x06], "a ZIP archive"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x42, 0x5A, 0x68], "a bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a zstd archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        (Array("Rar!".utf8), "a RAR archive"),
        ([0xCF, 0xFA, 0xED, 0xFE], "a Mach-O executable"),
        ([0xFE, 0xED, 0xFA, 0xCF], "a Mach-O executable"),
        (Array("MZ".utf8), "a Windows executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an Office document"),
        (Array("SQLite format 3".utf8), "an SQLite database"),
        ([0x00, 0x61, 0x73, 0x6D], "a WebAssembly module"),
        (Array("RIFF".utf8), "a RIFF media file"),
        (Array("OggS".utf8), "an Ogg media file"),
        (Array("ID3".utf8), "an MP3 file"),
        (Array("wOFF".utf8), "a web font"),
    ]

    /// Names the binary format the bytes start with, or says "NUL bytes" for other binary data.
    ///
    /// UTF-16 text with a byte-order mark is text, not binary, even though it holds NUL bytes.
    /// - Returns: a description of the binary content, or `nil` for text.
    package static func binaryKind(_ bytes: some Collection<UInt8>) -> String? {
        let head = Array(bytes.prefix(prefixLength))
        for (signature, name) in signatures where head.starts(with: signature) {
            // "MZ" and "ID3" are short: confirm with a NUL byte nearby to avoid text starting so.
            if signature.count <= 3, name != "a gzip archive", name != "a JPEG image", !head.contains(0) { continue }
            return name
        }
        if let bom = TextDecoding.byteOrderMark(head), bom != .utf8 { return nil }
        return head.contains(0) ? "binary data (NUL bytes)" : nil
    }

    /// Sniffs the first bytes of a file whose extension says nothing.
    ///
    /// - Parameter bytes: the file's first bytes (`prefixLength` is enough).
    /// - Returns: the format, or why the file cannot be read.
    package static func sniff(_ bytes: some Collection<UInt8>) -> Verdict {
        var head = Array(bytes.prefix(prefixLength))
        if head.isEmpty { return .empty }
        // A gzip file: sniff what it holds (WARC.gz, page.html.gz, …).
        if Gzip.isGzip(head) {
            guard let inner = try? Gzip.decompress(head, limit: prefixLength, allowTruncated: true), !inner.isEmpty else {
                return .binary("a gzip archive")
            }
            if Gzip.isGzip(inner) { return .binary("a gzip archive inside a gzip archive") }
            return sniff(inner)
        }
        // A WARC file: its response records are HTML pages.
        if WARCReader.isWARC(head) { return .format(.html) }
        if let kind = binaryKind(head) { return .binary(kind) }
        if let bom = TextDecoding.byteOrderMark(head) {
            if bom == .utf8 {
                head.removeFirst(3)
            } else if let text = try? TextDecoding.decode(head.count % 2 == 0 ? head : Array(head.dropLast())) {
                head = Array(text.utf8)
            }
        }
        let start = head.firstIndex { !isSpace($0) } ?? head.count
        guard start < head.count else { return .unsupported("only white space") }
        if head[start] == UInt8(ascii: "<") {
            let lower = head[start...].prefix(64).map(lowercased)
            if lower.starts(with: Array("<!doctype html".utf8)) || lower.starts(with: Array("<html".utf8)) {
                return .format(.html)
            }
            switch rootElement(head) {
            case "rss", "rdf": return .format(.rss)
            case "feed": return .format(.atom)
            case "html": return .format(.html)
            case let name?: return .unsupported("markup whose root element <\(name)> is not HTML, RSS or Atom")
            case nil: return .unsupported("markup without a root element")
            }
        }
        if head[start] == UInt8(ascii: "{") { return .format(.jsonLines) }
        if TextDecoding.firstInvalidUTF8Offset(head, allowTruncatedEnd: head.count == prefixLength) == nil {
            return .format(.text)
        }
        return .unsupported("not UTF-8 text and no known format")
    }

    /// Tells RSS from Atom for an XML file: `.rss`, `.atom`, or why it is neither.
    package static func feedFormat(_ bytes: some Collection<UInt8>) -> Verdict {
        let head = Array(bytes.prefix(prefixLength))
        if head.isEmpty { return .empty }
        if let kind = binaryKind(head) { return .binary(kind) }
        switch rootElement(head) {
        case "rss", "rdf": return .format(.rss)
        case "feed": return .format(.atom)
        case "html": return .format(.html)
        case let name?: return .unsupported("XML whose root element <\(name)> is not RSS or Atom")
        case nil: return .unsupported("XML without a root element")
        }
    }

    /// The lowercased local name of the first element, skipping the XML declaration,
    /// processing instructions, comments and the doctype. A cheap byte scan, not a parse.
    package static func rootElement(_ bytes: [UInt8]) -> String? {
        var index = 0
        if TextDecoding.byteOrderMark(bytes) == .utf8 { index = 3 }
        let count = bytes.count
        func skip(past terminator: [UInt8]) {
            while index < count {
                if bytes[index...].starts(with: terminator) { index += terminator.count; return }
                index += 1
            }
        }
        while index < count {
            let byte = bytes[index]
            if isSpace(byte) { index += 1; continue }
            guard byte == UInt8(ascii: "<"), index + 1 < count else { return nil }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "?") { skip(past: Array("?>".utf8)); continue }
            if bytes[index...].starts(with: Array("<!--".utf8)) { skip(past: Array("-->".utf8)); continue }
            if next == UInt8(ascii: "!") {
                // A doctype, possibly with an internal subset in brackets.
                var depth = 0
                index += 2
                while index < count {
                    let b = bytes[index]
                    index += 1
                    if b == UInt8(ascii: "[") { depth += 1 }
                    if b == UInt8(ascii: "]") { depth -= 1 }
                    if b == UInt8(ascii: ">"), depth <= 0 { break }
                }
                continue
            }
            var end = index + 1
            while end < count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "/") {
                end += 1
            }
            var name = Array(bytes[(index + 1)..<end].map(lowercased))
            if let colon = name.lastIndex(of: UInt8(ascii: ":")) { name = Array(name[(colon + 1)...]) }
            return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}
