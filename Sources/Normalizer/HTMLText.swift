/// Byte-level text helpers for extracted HTML text: whitespace collapsing and a small entity
/// decoder for strings that never went through the HTML parser (JSON-LD values).
enum HTMLText {
    /// Collapses every run of whitespace (ASCII, no-break and other Unicode spaces, zero-width
    /// spaces) to one ASCII space and trims both ends.
    ///
    /// - Complexity: O(n) in the UTF-8 length.
    static func collapse(_ text: some StringProtocol) -> String {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var pendingSpace = false
        var index = 0
        while index < input.count {
            let width = spaceWidth(input, at: index)
            if width > 0 {
                pendingSpace = !output.isEmpty
                index += width
                continue
            }
            if isZeroWidth(input, at: index) {
                index += 3
                continue
            }
            if pendingSpace {
                output.append(32)
                pendingSpace = false
            }
            output.append(input[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The byte length of the whitespace character at `index`, or 0.
    private static func spaceWidth(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 9, 10, 11, 12, 13, 32: return 1
        case 0xC2 where index + 1 < bytes.count && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85): return 2
        case 0xE1 where index + 2 < bytes.count && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80: return 3
        case 0xE2 where index + 2 < bytes.count:
            let second = bytes[index + 1], third = bytes[index + 2]
            // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F.
            if second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF) { return 3 }
            if second == 0x81 && third == 0x9F { return 3 }
            return 0
        case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80: return 3
        default: return 0
        }
    }

    /// Whether a zero-width character (U+200B–U+200D, U+2060, U+FEFF) starts at `index`.
    private static func isZeroWidth(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 2 < bytes.count else { return false }
        let (a, b, c) = (bytes[index], bytes[index + 1], bytes[index + 2])
        if a == 0xE2 && b == 0x80 && (0x8B...0x8D).contains(c) { return true }
        if a == 0xE2 && b == 0x81 && c == 0xA0 { return true }
        return a == 0xEF && b == 0xBB && c == 0xBF
    }

    /// Decodes numeric character references and the common named entities (`&amp;`, `&lt;`,
    /// `&gt;`, `&quot;`, `&apos;`, `&nbsp;`, typographic quotes and dashes); unknown entities stay.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let named: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
            "rsquo": "\u{2019}", "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}",
            "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}",
        ]
        var output = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";") {
                let name = after[..<semicolon]
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = named[String(name)]
                }
                if let replacement {
                    output += replacement
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            output += "&"
            rest = after
        }
        output += rest
        return output
    }
}
