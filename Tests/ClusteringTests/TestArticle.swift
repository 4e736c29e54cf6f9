import StoryModel

/// Builds `NormalizedArticle`s from plain text with a crude normalizer, for tests: words are
/// lowercased letter/digit runs; sentences end at `.`, `!` or `?` before a space; terms drop
/// stop words and a plural `s`; runs of capitalised words (not a lone sentence-initial one) are
/// name phrases, and a multi-word name also yields its last word.
enum TestArticle {
    static let stopWords: Set<String> = [
        "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not",
        "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
        "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
        "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "said", "says", "say",
        "mr", "mrs", "ms", "s", "t", "one", "two", "new", "told", "according", "would", "may", "might",
        "many", "much", "like", "get", "got", "around", "since", "still", "even", "well", "back", "year",
    ]

    /// Splits text into tokens: runs of ASCII letters, digits and non-ASCII bytes.
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            let isWord = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte >= 128
            if isWord {
                current.append(byte)
            } else if !current.isEmpty {
                result.append(String(decoding: current, as: UTF8.self))
                current = []
            }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }

    static func lower(_ token: String) -> String {
        String(decoding: token.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }

    static func isCapitalised(_ token: String) -> Bool {
        guard let first = token.utf8.first else { return false }
        return first >= 65 && first <= 90
    }

    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        if bytes.count > 4, bytes.suffix(3) == Array("ies".utf8) {
            bytes.removeLast(3)
            bytes.append(UInt8(ascii: "y"))
        } else if bytes.count > 3, bytes.last == UInt8(ascii: "s"), bytes[bytes.count - 2] != UInt8(ascii: "s"),
                  bytes[bytes.count - 2] != UInt8(ascii: "u"), bytes[bytes.count - 2] != UInt8(ascii: "i") {
            bytes.removeLast()
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func terms(_ tokens: [String]) -> [String] {
        tokens.map(lower).filter { !stopWords.contains($0) && ($0.utf8.count > 1 || $0.utf8.first.map { $0 >= 48 && $0 <= 57 } == true) }
            .map(stem)
    }

    static func names(_ tokens: [String]) -> [String] {
        var result: [String] = []
        var run: [String] = []
        func flush(_ position: Int) {
            defer { run = [] }
            let words = run.filter { !stopWords.contains(lower($0)) }
            guard !words.isEmpty else { return }
            // A lone capitalised word at the start of a sentence is not a name.
            if words.count == 1, position - run.count == 0 { return }
            result.append(words.map(lower).joined(separator: " "))
            if words.count > 1 { result.append(lower(words[words.count - 1])) }
        }
        for (index, token) in tokens.enumerated() {
            if isCapitalised(token) { run.append(token) } else { flush(index) }
        }
        flush(tokens.count)
        return result
    }

    static func splitSentences(_ body: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        for character in body {
            if (character == " " || character == "\n"), previous == "." || previous == "!" || previous == "?" || (character == "\n" && previous == "\n") {
                if !current.isEmpty { result.append(current) }
                current = ""
            } else if !(current.isEmpty && character == " ") {
                current.append(character == "\n" ? " " : character)
            }
            previous = character
        }
        if !current.trimmingSpaces.isEmpty { result.append(current) }
        return result
    }

    /// A normalized article from a headline and a body.
    static func make(
        id: String, title: String, body: String, date: CalendarDay? = nil, source: String = "test"
    ) -> NormalizedArticle {
        let article = Article(
            id: id, file: id, format: .text, title: title, source: source, sourceRule: "test", date: date, text: body)
        var sentences: [Sentence] = []
        for (index, text) in splitSentences(body).enumerated() {
            let tokens = tokens(text)
            sentences.append(Sentence(
                index: index, paragraph: 0, range: TextRange(start: 0, end: 0), text: text, folded: lower(text),
                terms: terms(tokens), names: names(tokens)))
        }
        let titleTokens = tokens(title)
        return NormalizedArticle(
            article: article, sentences: sentences, words: tokens(body).map(lower), titleTerms: terms(titleTokens),
            titleNames: names(titleTokens))
    }

    /// A day from `YYYY-MM-DD`.
    static func day(_ text: String) -> CalendarDay? { CalendarDay(iso: text) }
}

extension String {
    var trimmingSpaces: Substring {
        let bytes = self.drop { $0 == " " || $0 == "\n" }
        return bytes
    }
}
