/// Escaping for text placed into Markdown, so headlines and sentences render as written.
enum MarkdownText {
    /// `text` on one line with Markdown's inline markup characters escaped.
    ///
    /// Escapes `\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|` (so a table cell stays one cell)
    /// and a line-leading `#`, `-`, `+`, `=` or ordered-list number.
    static func escape(_ text: some StringProtocol) -> String {
        let line = text.singleLine()
        var result = ""
        result.reserveCapacity(line.utf8.count + 8)
        for character in line {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|":
                result.append("\\")
                result.append(character)
            default:
                result.append(character)
            }
        }
        if let first = result.first, "#-+=".contains(first) {
            result = "\\" + result
        } else if let dot = result.firstIndex(where: { !$0.isASCII || !$0.isNumber }),
                  dot != result.startIndex, result.distance(from: result.startIndex, to: dot) <= 9,
                  result[dot] == "." || result[dot] == ")" {
            // Only `12. ` or `12) ` (or the whole line) starts an ordered list.
            let next = result.index(after: dot)
            if next == result.endIndex || result[next] == " " { result.insert("\\", at: dot) }
        }
        return result
    }

    /// A link target: spaces and angle brackets percent-encoded, wrapped in `<…>` when needed.
    static func linkTarget(_ url: String) -> String {
        var result = ""
        for character in url.trimmingSpaces() {
            switch character {
            case " ": result += "%20"
            case "<": result += "%3C"
            case ">": result += "%3E"
            case "(": result += "%28"
            case ")": result += "%29"
            default: result.append(character)
            }
        }
        return result
    }

    /// A file-name-safe form of a story id (`E1` stays `E1`).
    static func fileName(_ id: String) -> String {
        let cleaned = String(id.map { ($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_")) ? $0 : "-" })
        return cleaned.isEmpty ? "story" : cleaned
    }
}
