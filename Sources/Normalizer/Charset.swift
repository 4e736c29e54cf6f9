internal import Glibc

/// Chooses the character set a page is decoded with, and says which rule chose it.
///
/// Priority: a byte-order mark; the HTTP `Content-Type` charset (from a WARC record); the page's
/// `<meta charset>` or `<meta http-equiv=Content-Type>`; then UTF-8 when the bytes are valid
/// UTF-8, else Windows-1252 (the WHATWG default for untagged Western pages). A declared charset
/// iconv does not know falls back the same way. Bytes that are valid UTF-8 with non-ASCII
/// sequences are read as UTF-8 even when a legacy charset is declared (servers mislabel pages).
/// Invalid UTF-8 bytes are replaced by U+FFFD before parsing, so a bad byte never stops a parse.
/// Other declared charsets are transcoded to UTF-8 here with iconv, each byte they cannot
/// decode replaced by U+FFFD: libxml2's own conversion stops the parse at such a byte and prints
/// "encoding error" on standard error, whatever the parser's options.
package enum Charset {
    /// What was decided for one page.
    package struct Decision: Sendable, Hashable {
        /// The encoding name handed to libxml2: "UTF-8", or "UTF-16LE" / "UTF-16BE" after a
        /// byte-order mark (every other charset is transcoded to UTF-8 here).
        package var encoding: String
        /// The page's charset as decided ("windows-1252", "Shift_JIS" when its bytes were
        /// transcoded to UTF-8 here).
        package var charset: String
        /// The rule that chose it ("bom", "http", "meta", "utf8-valid", "fallback").
        package var rule: String
        /// The bytes to parse: the input, or a repaired UTF-8 copy.
        package var bytes: [UInt8]
    }

    /// How many leading bytes are searched for a `<meta>` charset declaration.
    static let metaScanLength = 16 * 1024

    /// Decides the charset of a page and prepares its bytes.
    ///
    /// - Parameters:
    ///   - bytes: the page's bytes.
    ///   - httpCharset: the `charset` parameter of an HTTP `Content-Type` header, when known.
    /// - Returns: the encoding, the rule that chose it, and the bytes to parse.
    package static func decide(_ bytes: [UInt8], httpCharset: String? = nil) -> Decision {
        switch TextDecoding.byteOrderMark(bytes) {
        case .utf8: return utf8(Array(bytes.dropFirst(3)), rule: "bom")
        case .utf16LittleEndian: return Decision(encoding: "UTF-16LE", charset: "UTF-16LE", rule: "bom", bytes: Array(bytes.dropFirst(2)))
        case .utf16BigEndian: return Decision(encoding: "UTF-16BE", charset: "UTF-16BE", rule: "bom", bytes: Array(bytes.dropFirst(2)))
        case nil: break
        }
        let validity = utf8Validity(bytes)
        for (declared, rule) in [(httpCharset, "http"), (metaCharset(bytes), "meta")] {
            guard let declared, let name = canonicalName(declared) else { continue }
            if name == "UTF-8" {
                return validity == .invalid ? utf8(bytes, rule: rule) : Decision(encoding: "UTF-8", charset: "UTF-8", rule: rule, bytes: bytes)
            }
            // A legacy label on bytes that are valid, non-ASCII UTF-8: the label is wrong.
            if validity == .validWithNonASCII { return Decision(encoding: "UTF-8", charset: "UTF-8", rule: "utf8-valid", bytes: bytes) }
            if name == "windows-1252" { return windows1252(bytes, rule: rule) }
            if let utf8 = transcodedToUTF8(bytes, from: name) {
                return Decision(encoding: "UTF-8", charset: name, rule: rule, bytes: utf8)
            }
        }
        if validity != .invalid { return Decision(encoding: "UTF-8", charset: "UTF-8", rule: "utf8-valid", bytes: bytes) }
        return windows1252(bytes, rule: "fallback")
    }

    /// Windows-1252, transcoded to UTF-8 here: every byte maps to a character (the five bytes
    /// the charset leaves undefined become U+FFFD), so the parse never stops on a conversion error.
    private static func windows1252(_ bytes: [UInt8], rule: String) -> Decision {
        Decision(encoding: "UTF-8", charset: "windows-1252", rule: rule, bytes: windows1252ToUTF8(bytes))
    }

    /// The characters of bytes 0x80–0x9F in Windows-1252 (U+FFFD for the undefined ones).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Transcodes Windows-1252 bytes to UTF-8.
    ///
    /// - Complexity: O(n).
    package static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 { output.append(byte); continue }
            let scalar = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
            if scalar < 0x800 {
                output.append(UInt8(0xC0 | (scalar >> 6)))
                output.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                output.append(UInt8(0xE0 | (scalar >> 12)))
                output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                output.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return output
    }

    /// UTF-8, with invalid sequences replaced by U+FFFD.
    private static func utf8(_ bytes: [UInt8], rule: String) -> Decision {
        Decision(encoding: "UTF-8", charset: "UTF-8", rule: rule, bytes: repairedUTF8(bytes))
    }

    private enum Validity { case ascii, validWithNonASCII, invalid }

    private static func utf8Validity(_ bytes: [UInt8]) -> Validity {
        bytes.withUnsafeBufferPointer { buffer in
            guard let firstHigh = TextDecoding.firstNonASCIIOffset(in: buffer) else { return .ascii }
            let rest = UnsafeBufferPointer(rebasing: buffer[firstHigh...])
            return TextDecoding.firstInvalidUTF8Offset(in: rest) == nil ? .validWithNonASCII : .invalid
        }
    }

    /// The bytes with every invalid UTF-8 sequence replaced by U+FFFD (`EF BF BD`).
    ///
    /// - Complexity: O(n); returns the input unchanged when it is valid.
    package static func repairedUTF8(_ bytes: [UInt8]) -> [UInt8] {
        guard var bad = TextDecoding.firstInvalidUTF8Offset(bytes) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var start = 0
        while true {
            output.append(contentsOf: bytes[start..<bad])
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            start = bad + 1
            // Skip continuation bytes that belonged to the broken sequence.
            while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
            guard start < bytes.count else { break }
            let rest = Array(bytes[start...])
            guard let next = TextDecoding.firstInvalidUTF8Offset(rest) else {
                output.append(contentsOf: rest)
                break
            }
            bad = start + next
        }
        return output
    }

    /// The charset named by the first `<meta charset=…>` or `<meta … content="…; charset=…">`
    /// in the page's first bytes.
    package static func metaCharset(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, metaScanLength)
        let pattern = Array("<meta".utf8)
        let key = Array("charset".utf8)
        var index = 0
        while index + pattern.count < end {
            guard lower(bytes[index]) == pattern[0], matches(bytes, at: index, pattern) else { index += 1; continue }
            var tagEnd = index + pattern.count
            while tagEnd < end, bytes[tagEnd] != UInt8(ascii: ">") { tagEnd += 1 }
            var cursor = index + pattern.count
            while cursor + key.count < tagEnd {
                if matches(bytes, at: cursor, key) {
                    var value = cursor + key.count
                    while value < tagEnd, bytes[value] == 0x20 { value += 1 }
                    guard value < tagEnd, bytes[value] == UInt8(ascii: "=") else { cursor += 1; continue }
                    value += 1
                    while value < tagEnd, bytes[value] == 0x20 || bytes[value] == 0x22 || bytes[value] == 0x27 { value += 1 }
                    var stop = value
                    while stop < tagEnd, isTokenByte(bytes[stop]) { stop += 1 }
                    if stop > value { return String(decoding: bytes[value..<stop], as: UTF8.self) }
                }
                cursor += 1
            }
            index = tagEnd
        }
        return nil
    }

    /// The `charset` parameter of a `Content-Type` header value ("text/html; charset=UTF-8").
    package static func parameter(ofContentType value: String) -> String? {
        for part in value.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace().lowercased() == "charset" else { continue }
            let name = String(pair[1].trimmingWhitespace().filter { $0 != "\"" && $0 != "'" })
            if !name.isEmpty { return name }
        }
        return nil
    }

    /// A charset label normalised: common aliases mapped, unknown shapes rejected.
    ///
    /// ISO-8859-1 and US-ASCII labels mean Windows-1252 on the web (WHATWG Encoding Standard).
    package static func canonicalName(_ label: String) -> String? {
        let name = label.trimmingWhitespace().lowercased()
        guard !name.isEmpty, name.count <= 40, name.utf8.allSatisfy(isTokenByte) else { return nil }
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "cp1252", "windows-1252", "x-cp1252":
            return "windows-1252"
        case "utf-16", "utf-16le", "utf-16be":
            // A UTF-16 label on a page without a byte-order mark is almost always a wrong label.
            return "UTF-8"
        case "shift-jis", "sjis", "x-sjis": return "Shift_JIS"
        case "gb2312", "gbk", "x-gbk": return "GBK"
        default: return name
        }
    }

    /// Transcodes bytes in a charset to UTF-8 with iconv; a byte sequence the charset cannot
    /// decode (or cut short at the end) becomes U+FFFD and decoding resumes at the next byte.
    ///
    /// - Returns: the UTF-8 bytes, or `nil` when iconv does not know the charset.
    /// - Complexity: O(n).
    package static func transcodedToUTF8(_ bytes: [UInt8], from charset: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", charset)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var written = 0
        bytes.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { return }
            // iconv's input is `char **` but it never writes through it.
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base).assumingMemoryBound(to: CChar.self)
            var inLeft = input.count
            while inLeft > 0 {
                // Room for the rest at up to four bytes each, plus a replacement character.
                let needed = written + inLeft * 4 + 3
                if output.count < needed { output.append(contentsOf: repeatElement(0, count: needed - output.count)) }
                let failed = output.withUnsafeMutableBufferPointer { out -> Bool in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress! + written).assumingMemoryBound(to: CChar.self)
                    var outLeft = out.count - written
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    written = out.count - outLeft
                    return result == -1
                }
                guard failed else { break }
                // EILSEQ (an invalid sequence) or EINVAL (cut short at the end): one byte is
                // replaced and skipped. E2BIG cannot happen: the output has room for all of it.
                guard errno == EILSEQ || errno == EINVAL else { break }
                output.replaceSubrange(written..<(written + 3), with: [0xEF, 0xBF, 0xBD])
                written += 3
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
                // Any state the bad byte left behind is reset.
                iconv(converter, nil, nil, nil, nil)
            }
        }
        output.removeSubrange(written...)
        return output
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ pattern: [UInt8]) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where lower(bytes[index + offset]) != pattern[offset] { return false }
        return true
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }
}
