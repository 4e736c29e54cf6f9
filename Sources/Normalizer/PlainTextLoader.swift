package import StoryModel

/// Reads a plain-text article: optional header, optional headline line, paragraphs.
///
/// Accepted headers, before the body:
/// - a first line `date YYYY-MM-DD`, whose remainder (if any) is the start of the body;
/// - a block of `Key: value` lines (`title`, `source`/`outlet`/`publisher`, `date`, `url`,
///   `author`) ended by a blank line.
///
/// A short first line (under 25 words, no final period) followed by more text is the headline.
/// Paragraphs are separated by blank lines; a text without blank lines has one paragraph per line.
package enum PlainTextLoader {
    /// Metadata read from a header block.
    package struct Header: Sendable, Hashable {
        /// `title:` / `headline:`.
        package var title: String?
        /// `source:` / `outlet:` / `publisher:` / `site:`.
        package var source: String?
        /// `date:` / `published:` (or the `date YYYY-MM-DD` line).
        package var date: CalendarDay?
        /// `url:` / `link:`.
        package var url: String?
        /// `author:` / `authors:` / `by:`.
        package var authors: [String] = []

        /// An empty header.
        package init() {}
    }

    /// Header keys → the field they fill.
    private enum Field { case title, source, url }
    private static let keys: [String: Field] = [
        "title": .title, "headline": .title, "source": .source, "outlet": .source, "publisher": .source,
        "site": .source, "url": .url, "link": .url, "canonical": .url,
    ]
    private static let dateKeys: Set<String> = ["date", "published", "pubdate", "publication date", "dateline date", "published at"]
    private static let authorKeys: Set<String> = ["author", "authors", "by", "byline"]

    /// Loads one plain-text article.
    ///
    /// - Parameters:
    ///   - text: the decoded file.
    ///   - file: the discovered file (path, folder hint).
    /// - Returns: the article (its length is checked by the caller).
    /// - Throws: `LoadFailure` `.empty` when no body text remains after the header.
    package static func load(_ text: String, file: InputFile) throws(LoadFailure) -> Article {
        var lines = lines(of: text)
        var header = Header()
        var cursor = 0
        while cursor < lines.count, isBlank(lines[cursor]) { cursor += 1 }

        // `date YYYY-MM-DD`, possibly with the body on the same line.
        if cursor < lines.count {
            let trimmed = Substring(lines[cursor].trimmingWhitespace())
            // "date " or "date:" in any case, on the bytes (no lowercased copy of the line).
            let head = Array(trimmed.utf8.prefix(5))
            if head.count == 5, head[0] | 0x20 == UInt8(ascii: "d"), head[1] | 0x20 == UInt8(ascii: "a"),
               head[2] | 0x20 == UInt8(ascii: "t"), head[3] | 0x20 == UInt8(ascii: "e"),
               head[4] == UInt8(ascii: " ") || head[4] == UInt8(ascii: ":") {
                let afterKey = trimmed.dropFirst(5).drop { $0 == " " || $0 == "\t" }
                if let day = CalendarDay(iso: afterKey) {
                    header.date = day
                    let rest = afterKey.dropFirst(10)
                    if rest.first.map({ $0 == " " || $0 == "\t" }) ?? true {
                        let remainder = rest.trimmingWhitespace()
                        if remainder.isEmpty { cursor += 1 } else { lines[cursor] = Substring(remainder) }
                    }
                }
            }
        }
        // A `Key: value` block ended by a blank line.
        cursor = readHeaderBlock(lines, from: cursor, into: &header)
        while cursor < lines.count, isBlank(lines[cursor]) { cursor += 1 }

        // Leading date lines ("DECEMBER 16, 2008", "Posted 11/27/2005 7:21 AM" then "Updated
        // …") are header, not headline; the first gives the date.
        while cursor < lines.count, let day = dateLine(lines[cursor], otherWords: 3, lead: 4) {
            header.date = header.date ?? day
            cursor += 1
            while cursor < lines.count, isBlank(lines[cursor]) { cursor += 1 }
        }

        // The headline.
        var title = header.title
        if title == nil, cursor < lines.count, isHeadline(lines[cursor]), lines[(cursor + 1)...].contains(where: { !isBlank($0) }) {
            title = lines[cursor].trimmingWhitespace()
            cursor += 1
        }
        let body = Array(lines[cursor...])
        let paragraphs = paragraphs(body)
        guard !paragraphs.isEmpty else { throw LoadFailure(.empty, "no article text after the header") }

        // A date line near the top ("December 15th, 2008, 7:35 am").
        var date = header.date
        if date == nil {
            for paragraph in paragraphs.prefix(4) {
                if let day = dateLine(Substring(paragraph)) { date = day; break }
            }
        }
        let (source, rule) = SourceInference.infer(.init(
            metadata: header.source, paragraphs: paragraphs, url: header.url, folderHint: file.folderHint, path: file.path))
        return Article(
            id: file.path, file: file.path, format: .text, title: title, source: source, sourceRule: rule, date: date,
            authors: header.authors, url: header.url, text: paragraphs.joined(separator: "\n\n"))
    }

    /// Groups lines into paragraphs: blank lines separate paragraphs; without any blank line,
    /// every line is a paragraph. Each paragraph is trimmed; inner line breaks are kept.
    ///
    /// - Parameter lines: body lines without their line terminators.
    package static func paragraphs(_ lines: [Substring]) -> [String] {
        // Blank lines between text lines (not just at the ends) make blank-line paragraphs.
        let first = lines.firstIndex { !isBlank($0) } ?? lines.endIndex
        let last = lines.lastIndex { !isBlank($0) } ?? lines.startIndex
        let hasBlank = first < last && lines[first...last].contains(where: isBlank)
        var paragraphs: [String] = []
        var current: [String] = []
        func flush() {
            let joined = current.joined(separator: "\n").trimmingWhitespace()
            if !joined.isEmpty { paragraphs.append(joined) }
            current.removeAll()
        }
        for line in lines {
            if isBlank(line) { flush(); continue }
            current.append(trimmingTrailingWhitespace(line))
            if !hasBlank { flush() }
        }
        flush()
        return paragraphs
    }

    /// Splits text into paragraphs (see `paragraphs(_:)`).
    package static func paragraphs(of text: String) -> [String] { paragraphs(lines(of: text)) }

    /// The lines of a text, split at `\n`, `\r\n` or `\r`, without their terminators.
    package static func lines(of text: String) -> [Substring] {
        // On bytes: splitting on Characters ran grapheme breaking over the whole text. Line
        // terminators are always grapheme boundaries, so the slices are the same. The ends are
        // found on the contiguous bytes, then each line is sliced by its byte offsets.
        var copy = text
        let ranges: [Range<Int>] = copy.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            var start = 0, index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else { index += 1; continue }
                ranges.append(start..<index)
                index += byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
                start = index
            }
            ranges.append(start..<bytes.count)
            return ranges
        }
        let utf8 = text.utf8
        return ranges.map { range in
            text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
    }

    /// Reads `Key: value` lines from `start`; returns where the body starts (unchanged when
    /// the lines there are not a complete header block).
    private static func readHeaderBlock(_ lines: [Substring], from start: Int, into header: inout Header) -> Int {
        var parsed = header
        var index = start
        var count = 0
        while index < lines.count, !isBlank(lines[index]) {
            // The first ":" found on the bytes (an ASCII byte is always a character of its own
            // unless a combining mark follows it, which no key spells).
            guard let colon = lines[index].utf8.firstIndex(of: UInt8(ascii: ":")) else { return start }
            let key = lines[index][..<colon].trimmingWhitespace().lowercased()
            let value = lines[index][lines[index].index(after: colon)...].trimmingWhitespace()
            if let field = keys[key] {
                if !value.isEmpty {
                    switch field {
                    case .title: parsed.title = parsed.title ?? value
                    case .source: parsed.source = parsed.source ?? value
                    case .url: parsed.url = parsed.url ?? value
                    }
                }
            } else if dateKeys.contains(key) {
                parsed.date = parsed.date ?? DayMentions.parseDate(value)
            } else if authorKeys.contains(key) {
                parsed.authors = splitAuthors(value)
            } else {
                return start
            }
            count += 1
            index += 1
        }
        // The block must end with a blank line and leave a body.
        guard count > 0, index < lines.count else { return start }
        header = parsed
        return index
    }

    /// `A, B and C` → `[A, B, C]`.
    package static func splitAuthors(_ value: String) -> [String] {
        var names: [String] = []
        for part in value.replacingOccurrences(" and ", with: ",").split(whereSeparator: { $0 == "," || $0 == ";" }) {
            var name = part.trimmingWhitespace()
            if name.lowercased().hasPrefix("by ") { name = String(name.dropFirst(3)).trimmingWhitespace() }
            if !name.isEmpty, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// A line that reads as a headline: 2 to 24 words, no final sentence punctuation.
    private static func isHeadline(_ line: Substring) -> Bool {
        let trimmed = line.trimmingWhitespace()
        let words = spaceSeparatedWords(trimmed, upTo: 24)
        guard words >= 2, words < 25, let last = trimmed.unicodeScalars.last else { return false }
        return !".!?,;:".unicodeScalars.contains(last) && !BoilerplateLines.isBoilerplate(trimmed)
    }

    /// `text.split(separator: " ").count`, counted only up to `limit + 1` and on bytes: a long
    /// paragraph is not cut into substrings to learn that it has more than a dozen words.
    ///
    /// A space next to a non-ASCII byte may belong to a larger character (a combining mark
    /// after it); then the count is taken on characters, as before.
    static func spaceSeparatedWords(_ text: some StringProtocol, upTo limit: Int) -> Int {
        var count = 0
        var inWord = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") {
                if previous >= 0x80 { return min(text.split(separator: " ").count, limit + 1) }
                inWord = false
            } else {
                if previous == UInt8(ascii: " "), byte >= 0x80 { return min(text.split(separator: " ").count, limit + 1) }
                if !inWord {
                    count += 1
                    if count > limit { return count }
                    inWord = true
                }
            }
            previous = byte
        }
        return count
    }

    /// The day of a line made of a date and little else: at most `otherWords` words besides
    /// month and weekday names, numbers and times (labels: "Published:", "Last updated at"),
    /// with the date within its first `lead` tokens. A headline that mentions a date has more.
    private static func dateLine(_ line: Substring, otherWords: Int = 5, lead: Int = 6) -> CalendarDay? {
        // Every date read here has a year: most lines have no digit and end here.
        guard line.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            spaceSeparatedWords(line, upTo: 16) <= 16, DayMentions.wordsBesideDates(in: line) <= otherWords else { return nil }
        return DayMentions.parseDateLine(line.trimmingWhitespace(), maximumLead: lead)
    }

    private static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy(UTF8Scanner.isWhitespace)
    }

    private static func trimmingTrailingWhitespace(_ line: Substring) -> String {
        // Walk back over the scalars and slice once: rebuilding the scalar view was most of the
        // loader's time on real corpora.
        let scalars = line.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let previous = scalars.index(before: end)
            guard UTF8Scanner.isWhitespace(scalars[previous]) else { break }
            end = previous
        }
        return String(scalars[scalars.startIndex..<end])
    }
}

extension String {
    /// Replaces every occurrence of `target` (plain text, no Foundation).
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}

extension Substring {
    /// The first range of `target` in the text (plain scalar comparison, no Foundation).
    func range(of target: String) -> Range<Index>? {
        let needle = Array(target.unicodeScalars)
        guard let first = needle.first else { return nil }
        var index = unicodeScalars.startIndex
        while index < unicodeScalars.endIndex {
            if unicodeScalars[index] == first {
                var i = index
                var matched = true
                for scalar in needle {
                    guard i < unicodeScalars.endIndex, unicodeScalars[i] == scalar else { matched = false; break }
                    i = unicodeScalars.index(after: i)
                }
                if matched { return index..<i }
            }
            index = unicodeScalars.index(after: index)
        }
        return nil
    }
}
