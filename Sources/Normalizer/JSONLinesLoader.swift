package import StoryModel
internal import Foundation

/// Reads JSON Lines: one JSON object per line, each an article.
///
/// Fields: `title`/`headline`; `text`, `body`, `content` or `article`; `source`, `outlet`,
/// `publisher` or `site` (a string, or an object with `name`); `date`, `published`,
/// `publishedAt` or `datePublished` (ISO or written out; a number is seconds since 1970);
/// `url`/`link`; `author`/`authors` (a string, a list, or objects with `name`). An `id` field
/// is ignored: article ids are `path#N`, N the 1-based line number.
package enum JSONLinesLoader {
    /// The articles and the skipped lines of one file.
    package struct Output: Sendable, Hashable {
        /// Articles in line order.
        package var articles: [Article]
        /// Lines that held no usable article, with reasons.
        package var skipped: [SkippedItem]
    }

    /// Loads every line of a JSON Lines file; blank lines are ignored.
    ///
    /// - Parameters:
    ///   - text: the decoded file.
    ///   - file: the discovered file.
    /// - Returns: articles and per-line skips (never throws: a bad line is a skipped item).
    package static func load(_ text: String, file: InputFile) -> Output {
        var output = Output(articles: [], skipped: [])
        for (offset, rawLine) in PlainTextLoader.lines(of: text).enumerated() {
            let lineNumber = offset + 1
            let line = rawLine.trimmingWhitespace()
            guard !line.isEmpty else { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
            } catch {
                output.skipped.append(SkippedItem(position: lineNumber, reason: SkipReason(.malformed, "line \(lineNumber) is not valid JSON")))
                continue
            }
            guard let fields = object as? [String: Any] else {
                output.skipped.append(SkippedItem(position: lineNumber, reason: SkipReason(.malformed, "line \(lineNumber) is not a JSON object")))
                continue
            }
            let body = string(fields, ["text", "body", "content", "article", "articleBody", "description"]) ?? ""
            let paragraphs = PlainTextLoader.paragraphs(of: body)
            guard !paragraphs.isEmpty else {
                output.skipped.append(SkippedItem(position: lineNumber, reason: SkipReason(.empty, "line \(lineNumber) has no text, body or content")))
                continue
            }
            let url = string(fields, ["url", "link", "canonical_url"])
            let sourceName = string(fields, ["source", "outlet", "publisher", "site", "site_name", "domain"])
            let (source, rule) = SourceInference.infer(.init(
                metadata: sourceName, paragraphs: paragraphs, url: url, folderHint: file.folderHint, path: file.path))
            output.articles.append(Article(
                id: "\(file.path)#\(lineNumber)", file: file.path, item: lineNumber, format: .jsonLines,
                title: string(fields, ["title", "headline"]), source: source, sourceRule: rule,
                date: date(fields, ["date", "published", "publishedAt", "published_at", "datePublished", "pubDate"]),
                authors: authors(fields), url: url, text: paragraphs.joined(separator: "\n\n")))
        }
        return output
    }

    /// The first non-empty string among `keys` (objects with a `name` count as their name).
    private static func string(_ fields: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            if let value = fields[key] as? String, !value.trimmingWhitespace().isEmpty { return value.trimmingWhitespace() }
            if let object = fields[key] as? [String: Any], let name = object["name"] as? String, !name.trimmingWhitespace().isEmpty {
                return name.trimmingWhitespace()
            }
        }
        return nil
    }

    /// The publication day from a string or a Unix timestamp.
    private static func date(_ fields: [String: Any], _ keys: [String]) -> CalendarDay? {
        for key in keys {
            if let text = fields[key] as? String, let day = DayMentions.parseDate(text) { return day }
            if let number = fields[key] as? NSNumber, !(fields[key] is Bool) {
                var seconds = number.doubleValue
                if seconds > 1e11 { seconds /= 1000 }  // milliseconds
                let days = (seconds / 86_400).rounded(.down)
                // NaN, infinity and absurd numbers (found by fuzzing: `Int(1e38)` traps) are not dates.
                guard days.isFinite, abs(days) < 3_000_000 else { continue }
                return CalendarDay(ordinal: Int(days))
            }
        }
        return nil
    }

    /// Authors from `author`/`authors`/`byline`: strings, lists, or objects with `name`.
    private static func authors(_ fields: [String: Any]) -> [String] {
        var names: [String] = []
        func add(_ value: Any?) {
            if let text = value as? String {
                for name in PlainTextLoader.splitAuthors(text) where !names.contains(name) { names.append(name) }
            } else if let object = value as? [String: Any] {
                add(object["name"])
            } else if let list = value as? [Any] {
                list.forEach(add)
            }
        }
        for key in ["author", "authors", "byline"] { add(fields[key]) }
        return names
    }
}
