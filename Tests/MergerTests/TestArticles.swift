@testable import Merger
import StoryModel

/// Builds `NormalizedArticle`s the way the normalizer would, simply enough for tests:
/// paragraphs split on blank lines, sentences after `.`/`?`/`!` (and a closing quote) followed
/// by a space, exact UTF-8 ranges, lowercased terms minus stop words, capitalised word runs as
/// names (plus the last word of a multi-word name).
enum TestArticles {
    static let stopWords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
        "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has", "have", "had",
        "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "as", "if",
        "when", "who", "what", "which", "there", "will", "would", "not", "no", "do", "did", "does", "s",
        "about", "after", "before", "also", "than", "more", "so", "all", "any", "can", "could",
    ]

    static func make(
        id: String, source: String, title: String? = nil, date: CalendarDay? = nil, text: String
    ) -> NormalizedArticle {
        let bytes = Array(text.utf8)
        var sentences: [Sentence] = []
        var paragraph = 0
        var start = 0
        func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 10 || b == 9 }
        func emit(_ from: Int, _ to: Int) {
            var s = from, e = to
            while s < e, isSpace(bytes[s]) { s += 1 }
            while e > s, isSpace(bytes[e - 1]) { e -= 1 }
            guard s < e else { return }
            let range = TextRange(start: s, end: e)
            let sentenceText = text.slice(range)
            sentences.append(sentence(index: sentences.count, paragraph: paragraph, range: range, text: sentenceText))
        }
        var i = 0
        while i < bytes.count {
            if bytes[i] == 10, i + 1 < bytes.count, bytes[i + 1] == 10 {
                emit(start, i)
                paragraph += 1
                i += 2
                while i < bytes.count, bytes[i] == 10 { i += 1 }
                start = i
                continue
            }
            if bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "?") || bytes[i] == UInt8(ascii: "!") {
                var j = i + 1
                // closing quote marks: " or ” (E2 80 9D)
                while j < bytes.count {
                    if bytes[j] == 34 { j += 1; continue }
                    if j + 2 < bytes.count, bytes[j] == 0xE2, bytes[j + 1] == 0x80, bytes[j + 2] == 0x9D { j += 3; continue }
                    break
                }
                // Split only before a capital, a digit or a quote mark, and not after `U.S.`-style
                // abbreviations.
                let next = j + 1 < bytes.count ? bytes[j + 1] : 0
                let startsSentence = (next >= 65 && next <= 90) || (next >= 48 && next <= 57) || next == 34 || next == 0xE2
                var w = i
                while w > 0, (bytes[w - 1] >= 65 && bytes[w - 1] <= 90) || (bytes[w - 1] >= 97 && bytes[w - 1] <= 122) { w -= 1 }
                let before = String(decoding: bytes[w..<i], as: UTF8.self).lowercased()
                let abbreviation = (i >= 2 && bytes[i - 2] == UInt8(ascii: "."))
                    || ["jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "sen", "gov", "rep"].contains(before)
                if j < bytes.count, bytes[j] == 32, startsSentence, !abbreviation {
                    emit(start, j)
                    start = j + 1
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        emit(start, bytes.count)
        let article = Article(
            id: id, file: id + ".txt", format: .text, title: title, source: source, sourceRule: "metadata",
            date: date, text: text)
        return NormalizedArticle(
            article: article, sentences: sentences, words: sentences.flatMap { words($0.text) },
            titleTerms: title.map { terms(words($0)) } ?? [], titleNames: title.map { names($0) } ?? [])
    }

    static func sentence(index: Int, paragraph: Int, range: TextRange, text: String) -> Sentence {
        let folded = fold(text)
        return Sentence(
            index: index, paragraph: paragraph, range: range, text: text, folded: folded,
            terms: terms(words(text)), names: names(text))
    }

    static func fold(_ text: String) -> String {
        var out = ""
        for c in text.lowercased() {
            switch c {
            case "“", "”": out.append("\"")
            case "‘", "’": out.append("'")
            default: out.append(c)
            }
        }
        return out.split(separator: " ").joined(separator: " ")
    }

    /// Lowercased words (letters, digits, inner apostrophes dropped with what follows).
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var skipping = false
        for c in text.lowercased() {
            if c.isLetter || c.isNumber {
                if !skipping { current.append(c) }
            } else if (c == "'" || c == "’"), !current.isEmpty {
                skipping = true
            } else {
                if !current.isEmpty { result.append(current) }
                current = ""
                skipping = false
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func terms(_ words: [String]) -> [String] {
        words.filter { !stopWords.contains($0) && $0.count > 1 || $0.allSatisfy(\.isNumber) }
    }

    static func names(_ text: String) -> [String] {
        let raw = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        var names: [String] = []
        var run: [String] = []
        func flush() {
            if !run.isEmpty {
                names.append(run.joined(separator: " "))
                if run.count > 1 { names.append(run.last!) }
            }
            run = []
        }
        for (k, token) in raw.enumerated() {
            let word = words(String(token)).first ?? ""
            let capital = token.first(where: { $0.isLetter })?.isUppercase ?? false
            let isName = capital && !word.isEmpty && !(k == 0 && stopWords.contains(word))
                && !stopWords.contains(word)
            if isName { run.append(word) } else { flush() }
            if let last = token.last, !last.isLetter, !last.isNumber { flush() }
        }
        flush()
        return names
    }
}
