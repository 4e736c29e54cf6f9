/// Cuts folded text into words and content terms, on UTF-8 bytes.
///
/// Words are runs of letters and digits. `russia's` gives `russia` (a possessive `'s` is
/// dropped), `don't` gives `dont`, `russia-u.s.` gives `russia` and `us`, dotted acronyms join
/// (`u.s.` → `us`, `u.n.` → `un`), `1,000` gives `1000`, `3.5` stays `3.5`, `15th` gives `15`.
package enum Tokenizer {
    /// One word of folded text.
    package struct Token: Sendable, Hashable {
        /// The word as it appears in the stream of words (folded).
        package var text: String
        /// Whether the word is a number (`1000`, `3.5`, `15`).
        package var isNumber: Bool
        /// Whether the word was a dotted acronym (`u.s.`): never a stop word.
        package var isAcronym: Bool

        /// Creates a token.
        package init(text: String, isNumber: Bool = false, isAcronym: Bool = false) {
            self.text = text
            self.isNumber = isNumber
            self.isAcronym = isAcronym
        }
    }

    /// English number words mapped to digits, so `five` and `5` agree as terms.
    package static let numberWords: [String: String] = [
        "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
        "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
        "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
        "eighteen": "18", "nineteen": "19", "twenty": "20",
    ]

    /// `numberWords` for lookups by bytes: a word's index here is its index in `numberWordDigits`.
    private static let numberWordTable = ShortWordSet(numberWordList.map(\.word))

    /// The digits of each word of `numberWordTable`, in its order.
    private static let numberWordDigits = numberWordList.map(\.digits)

    /// `numberWords` as an ordered list.
    private static let numberWordList: [(word: String, digits: String)] = numberWords
        .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { ($0.key, $0.value) }

    /// The words of folded text, stop words included, in order.
    ///
    /// - Parameter folded: text from `Folding.fold`.
    /// - Complexity: O(n) in the text's bytes.
    package static func tokens(_ folded: String) -> [Token] {
        var tokens: [Token] = []
        forEachToken(Array(folded.utf8)) { token, _ in tokens.append(token) }
        return tokens
    }

    /// The content terms of folded text (`terms(tokens(folded))`), appending its words (the
    /// tokens' texts) to `words`, in one pass and without a `String` per lookup.
    ///
    /// - Parameters:
    ///   - folded: text from `Folding.fold`.
    ///   - words: the stream of words the tokens are appended to.
    /// - Returns: terms in order (repeats kept).
    /// - Complexity: O(n) in the text's bytes.
    package static func terms(of folded: String, appendingWordsTo words: inout [String]) -> [String] {
        var terms: [String] = []
        // About one term per eight bytes of news text: most sentences need no regrowth.
        terms.reserveCapacity(folded.utf8.count / 8 + 1)
        var stem: [UInt8] = []
        stem.reserveCapacity(32)
        forEachToken(Array(folded.utf8)) { token, bytes in
            words.append(token.text)
            if token.isNumber || token.isAcronym { terms.append(token.text); return }
            let probe = ShortWordSet.Probe(bytes)
            if let index = numberWordTable.index(of: probe) { terms.append(numberWordDigits[index]); return }
            if bytes.count < 2 || StopWords.table.contains(probe) { return }
            guard Stemmer.mayStem(bytes) else { terms.append(token.text); return }
            stem.removeAll(keepingCapacity: true)
            stem.append(contentsOf: bytes)
            terms.append(Stemmer.stem(&stem) ? String(decoding: stem, as: UTF8.self) : token.text)
        }
        return terms
    }

    /// Calls `body` with every token of folded text, in order, and the bytes of its text (the
    /// bytes are empty for numbers and acronyms, which are never looked up).
    private static func forEachToken(_ bytes: [UInt8], _ body: (Token, UnsafeBufferPointer<UInt8>) -> Void) {
        var index = 0
        let count = bytes.count
        // The bytes of a word an apostrophe was dropped from; other words are read in place.
        var spliced: [UInt8] = []
        bytes.withUnsafeBufferPointer { buffer in
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    guard isASCIIAlphanumeric(lead) else { index += 1; continue }
                } else {
                    let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: index)
                    guard UTF8Scanner.isAlphanumeric(scalar) else { index += length; continue }
                }
                if lead >= 48 && lead <= 57, let (token, end) = number(bytes, from: index) {
                    body(token, UnsafeBufferPointer(start: nil, count: 0))
                    index = end
                    continue
                }
                if lead >= 97 && lead <= 122, index + 1 < count, buffer[index + 1] == UInt8(ascii: "."),
                    let (token, end) = dottedAcronym(bytes, from: index) {
                    body(token, UnsafeBufferPointer(start: nil, count: 0))
                    index = end
                    continue
                }
                // A word: letters and digits, apostrophes inside it dropped (a final 's dropped).
                var cursor = index
                var wordEnd = index
                var isSpliced = false
                while cursor < count {
                    let byte = buffer[cursor]
                    if isASCIIAlphanumeric(byte) {
                        if isSpliced { spliced.append(byte) }
                        cursor += 1
                        wordEnd = cursor
                        continue
                    }
                    let (s, l) = UTF8Scanner.scalar(in: bytes, at: cursor)
                    if UTF8Scanner.isAlphanumeric(s) {
                        if isSpliced { spliced.append(contentsOf: buffer[cursor..<(cursor + l)]) }
                        cursor += l
                        wordEnd = cursor
                        continue
                    }
                    if s == "'", cursor + 1 < count {
                        let (after, _) = UTF8Scanner.scalar(in: bytes, at: cursor + 1)
                        if UTF8Scanner.isLetter(after) {
                            let possessive = buffer[cursor + 1] == UInt8(ascii: "s")
                                && (cursor + 2 >= count || !UTF8Scanner.isAlphanumeric(UTF8Scanner.scalar(in: bytes, at: cursor + 2).0))
                            if possessive { cursor += 2; break }
                            if !isSpliced {
                                spliced.removeAll(keepingCapacity: true)
                                spliced.append(contentsOf: buffer[index..<cursor])
                                isSpliced = true
                            }
                            cursor += 1
                            continue
                        }
                    }
                    break
                }
                if isSpliced {
                    spliced.withUnsafeBufferPointer { body(Token(text: String(decoding: $0, as: UTF8.self)), $0) }
                } else {
                    let word = UnsafeBufferPointer(rebasing: buffer[index..<wordEnd])
                    body(Token(text: String(decoding: word, as: UTF8.self)), word)
                }
                index = cursor
            }
        }
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        byte >= 97 && byte <= 122 || byte >= 48 && byte <= 57 || byte >= 65 && byte <= 90
    }

    /// The words of folded text as strings (the shingle stream).
    package static func words(_ folded: String) -> [String] { tokens(folded).map(\.text) }

    /// Content terms: stop words removed, number words as digits, the rest lightly stemmed.
    ///
    /// - Parameter tokens: tokens from `tokens(_:)`.
    /// - Returns: terms in order (repeats kept, for term frequencies).
    package static func terms(_ tokens: [Token]) -> [String] {
        var terms: [String] = []
        terms.reserveCapacity(tokens.count)
        for token in tokens {
            if token.isNumber || token.isAcronym { terms.append(token.text); continue }
            if let digits = numberWords[token.text] { terms.append(digits); continue }
            if token.text.utf8.count < 2 || StopWords.contains(token.text) { continue }
            terms.append(Stemmer.stem(token.text))
        }
        return terms
    }

    /// Ordinal suffixes dropped from numbers (`15th` → `15`).
    private static let ordinalSuffixes: [StaticString] = ["st", "nd", "rd", "th"]

    /// Reads a number at `start`: digits with `,`-separated thousands groups, an optional
    /// decimal part, and an ordinal suffix (`st`, `nd`, `rd`, `th`) that is dropped.
    private static func number(_ bytes: [UInt8], from start: Int) -> (Token, Int)? {
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 48 && bytes[i] <= 57 }
        guard isDigit(start) else { return nil }
        var digits: [UInt8] = []
        var i = start
        while isDigit(i) { digits.append(bytes[i]); i += 1 }
        // Thousands groups: ",ddd" not followed by another digit.
        while i < bytes.count, bytes[i] == UInt8(ascii: ","), isDigit(i + 1), isDigit(i + 2), isDigit(i + 3),
            !isDigit(i + 4) {
            digits.append(contentsOf: bytes[(i + 1)...(i + 3)])
            i += 4
        }
        // A clock time or a video duration ("4:04", "0:13", "1:02:33") is one token: its parts
        // are not counts, and a bare "0" or "13" would match unrelated numbers.
        if digits.count <= 2, i + 2 < bytes.count, bytes[i] == UInt8(ascii: ":"), isDigit(i + 1), isDigit(i + 2), !isDigit(i + 3) {
            while i + 2 < bytes.count, bytes[i] == UInt8(ascii: ":"), isDigit(i + 1), isDigit(i + 2), !isDigit(i + 3) {
                digits.append(contentsOf: bytes[i...(i + 2)])
                i += 3
            }
            // "4:04pm" too: the letters after the time follow as a word.
            return (Token(text: String(decoding: digits, as: UTF8.self), isNumber: true), i)
        }
        if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), isDigit(i + 1) {
            digits.append(UInt8(ascii: "."))
            i += 1
            while isDigit(i) { digits.append(bytes[i]); i += 1 }
        }
        // An ordinal suffix; any other letters attached make this a word ("3d", "mp3").
        for suffix in ordinalSuffixes where i + 1 < bytes.count && suffix.withUTF8Buffer({ bytes[i..<(i + 2)].elementsEqual($0) }) {
            let end = i + 2
            if end >= bytes.count || !UTF8Scanner.isAlphanumeric(UTF8Scanner.scalar(in: bytes, at: end).0) {
                return (Token(text: String(decoding: digits, as: UTF8.self), isNumber: true), end)
            }
        }
        if i < bytes.count, UTF8Scanner.isLetter(UTF8Scanner.scalar(in: bytes, at: i).0) { return nil }
        return (Token(text: String(decoding: digits, as: UTF8.self), isNumber: true), i)
    }

    /// Reads a dotted acronym at `start` (`u.s.`, `u.n.`, `j.r.r.`): single letters each
    /// followed by a dot, at least two of them.
    private static func dottedAcronym(_ bytes: [UInt8], from start: Int) -> (Token, Int)? {
        var letters: [UInt8] = []
        var i = start
        while i + 1 < bytes.count, bytes[i] >= 97, bytes[i] <= 122, bytes[i + 1] == UInt8(ascii: "."),
            i == start || bytes[i - 1] == UInt8(ascii: ".") {
            letters.append(bytes[i])
            i += 2
        }
        // A last letter without its dot ("u.s-led"), when the run already has one.
        if !letters.isEmpty, i < bytes.count, bytes[i] >= 97, bytes[i] <= 122,
            i + 1 >= bytes.count || !UTF8Scanner.isAlphanumeric(UTF8Scanner.scalar(in: bytes, at: i + 1).0) {
            letters.append(bytes[i])
            i += 1
        }
        guard letters.count >= 2 else { return nil }
        if i < bytes.count, UTF8Scanner.isAlphanumeric(UTF8Scanner.scalar(in: bytes, at: i).0) { return nil }
        return (Token(text: String(decoding: letters, as: UTF8.self), isAcronym: true), i)
    }
}
