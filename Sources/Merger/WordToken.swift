/// A word, number or punctuation mark of a sentence, with its UTF-8 byte offsets in that sentence.
///
/// The merger's quote, speaker and value finders read sentences as token streams. Tokens keep
/// the original spelling (for display) and a lowercased form (for matching).
struct WordToken: Sendable, Hashable {
    /// What a token is.
    enum Kind: Sendable, Hashable {
        /// Letters (with inner apostrophes, hyphens and abbreviation periods: `U.S.`, `Feb.`).
        case word
        /// Digits with inner `,` `.` `:` (`1,000`, `1.2`, `7:35`).
        case number
        /// A single punctuation or symbol character (`,` `$` `%` `“`).
        case symbol
    }

    /// The kind.
    var kind: Kind
    /// The text as written, without a possessive `'s`.
    var text: String
    /// `text` lowercased.
    var lower: String
    /// Whether the word starts with an uppercase letter.
    var isCapitalized: Bool
    /// Whether the word was written with a possessive `'s` / `’s`.
    var isPossessive: Bool
    /// UTF-8 byte offset of the first byte in the tokenized string.
    var start: Int
    /// UTF-8 byte offset one past the last byte.
    var end: Int

    /// Whether this is a double or single quotation mark of any style.
    var isQuoteMark: Bool { kind == .symbol && WordToken.quoteMarks.contains(text) }
    /// Whether this is a double quotation mark of any style.
    var isDoubleQuoteMark: Bool { kind == .symbol && WordToken.doubleQuoteMarks.contains(text) }

    static let doubleQuoteMarks: Set<String> = ["\"", "“", "”", "„", "«", "»"]
    static let quoteMarks: Set<String> = doubleQuoteMarks.union(["‘", "’", "'"])

    /// Words written with a trailing period that belongs to them.
    static let periodAbbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st", "jr", "sr",
        "prof", "no", "vs", "inc", "corp", "co", "ltd", "capt", "det", "cpl", "rev", "fr", "insp",
        "supt", "cmdr", "adm", "maj", "pvt", "atty",
    ]

    /// Splits a string into tokens.
    ///
    /// - Complexity: O(n) in the string's length.
    static func tokenize(_ string: String) -> [WordToken] {
        let scalars = Array(string.unicodeScalars)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (i, scalar) in scalars.enumerated() { offsets[i + 1] = offsets[i] + UTF8.width(scalar) }
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        func at(_ i: Int) -> Unicode.Scalar? { i < scalars.count ? scalars[i] : nil }

        var tokens: [WordToken] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s.properties.isWhitespace { i += 1; continue }
            let begin = i
            if isDigit(s) {
                i += 1
                while let c = at(i) {
                    if isDigit(c) { i += 1; continue }
                    if c == "," || c == "." || c == ":", let n = at(i + 1), isDigit(n) { i += 2; continue }
                    break
                }
                let text = String(String.UnicodeScalarView(scalars[begin..<i]))
                tokens.append(WordToken(kind: .number, text: text, lower: text, isCapitalized: false, isPossessive: false, start: offsets[begin], end: offsets[i]))
                continue
            }
            if isLetter(s) {
                i += 1
                var sawInnerPeriod = false
                var possessive = false
                var textEnd = i
                while let c = at(i) {
                    if isLetter(c) || isDigit(c) { i += 1; textEnd = i; continue }
                    if c == "." , let n = at(i + 1), isLetter(n), textEnd - begin <= 2 || sawInnerPeriod {
                        sawInnerPeriod = true; i += 2; textEnd = i; continue
                    }
                    if c == "-" || c == "‐", let n = at(i + 1), isLetter(n) || isDigit(n) { i += 2; textEnd = i; continue }
                    if c == "'" || c == "’", let n = at(i + 1), isLetter(n) {
                        if (n == "s" || n == "S"), at(i + 2).map({ !isLetter($0) }) ?? true {
                            possessive = true; i += 2; break
                        }
                        i += 2; textEnd = i; continue
                    }
                    break
                }
                var text = String(String.UnicodeScalarView(scalars[begin..<textEnd]))
                var end = possessive ? i : textEnd
                if !possessive, at(i) == ".",
                   sawInnerPeriod || periodAbbreviations.contains(text.lowercased()) {
                    text += "."
                    i += 1
                    end = i
                }
                let first = scalars[begin]
                tokens.append(WordToken(
                    kind: .word, text: text, lower: text.lowercased(),
                    isCapitalized: first.properties.isUppercase, isPossessive: possessive,
                    start: offsets[begin], end: offsets[end]))
                continue
            }
            i += 1
            let text = String(s)
            tokens.append(WordToken(kind: .symbol, text: text, lower: text, isCapitalized: false, isPossessive: false, start: offsets[begin], end: offsets[i]))
        }
        return tokens
    }
}
