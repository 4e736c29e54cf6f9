/// Measuring, truncating and wrapping text for a fixed-width terminal.
///
/// Widths are display columns: one per grapheme cluster, two for East Asian wide and
/// full-width characters and most emoji, zero for zero-width format characters.
enum TerminalText {
    /// The number of terminal columns `text` occupies.
    ///
    /// - Complexity: O(n) in the number of grapheme clusters.
    static func width(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += width(of: character) }
        return total
    }

    /// The columns one grapheme cluster occupies.
    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        switch value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0xFEFF:
            return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// `text` cut to at most `limit` columns, ending in `…` when it was cut.
    ///
    /// - Parameters:
    ///   - text: the text, on one line.
    ///   - limit: the most columns the result may take.
    /// - Returns: `text` unchanged when it fits; otherwise its longest prefix that fits with `…`.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard limit > 0 else { return "" }
        if width(text) <= limit { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = width(of: character)
            if used + w > limit - 1 { break }
            result.append(character)
            used += w
        }
        while result.last == " " { result.removeLast() }
        return result + "…"
    }

    /// `text` padded with spaces on the right (or left when `right` is set) to `columns`.
    static func pad(_ text: String, to columns: Int, alignRight: Bool = false) -> String {
        let missing = max(0, columns - width(text))
        let fill = String(repeating: " ", count: missing)
        return alignRight ? fill + text : text + fill
    }

    /// Wraps `text` at spaces into lines of at most `limit` columns.
    ///
    /// - Parameters:
    ///   - text: the text; runs of whitespace become single spaces.
    ///   - limit: the most columns per line, indent included.
    ///   - firstIndent: the prefix of the first line.
    ///   - indent: the prefix of every later line.
    /// - Returns: the lines; a word longer than a line is cut with `…`.
    static func wrap(_ text: String, width limit: Int, firstIndent: String = "", indent: String = "") -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        var lines: [String] = []
        var line = firstIndent
        var lineHasWord = false
        for word in words {
            let prefixWidth = width(lineHasWord ? line + " " : line)
            let wordText = String(word)
            if lineHasWord, prefixWidth + width(wordText) > limit {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            let room = limit - width(line)
            line += (lineHasWord ? " " : "") + (width(wordText) > room ? truncate(wordText, to: room) : wordText)
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(truncate(line, to: limit)) }
        return lines
    }
}
