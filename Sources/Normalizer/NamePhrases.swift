/// Finds proper-name phrases in original (unfolded) text: runs of capitalized words and
/// all-caps acronyms, folded for comparison.
///
/// `Russian Foreign Minister Sergei Lavrov said` gives `russian`, `sergei lavrov` and `lavrov`
/// (titles are cut; a person-like two- or three-word name also yields its last word, so a later
/// bare `Lavrov` matches). Connectors join (`Bank of England`, `Abu al-Bakr`). A sentence's
/// first word counts only when the phrase continues or the word is not a common word — the
/// article's own lowercase vocabulary (`officials` seen in lowercase) says what is common.
package enum NamePhrases {
    /// Titles and roles cut from the front of a phrase (folded, no dots).
    package static let titles = Set(titleList)

    /// `titles` for lookups by bytes.
    private static let titleTable = ShortWordSet(titleList)

    /// `titles` in list order.
    private static let titleList: [String] = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "secretary", "foreign", "defense", "defence",
        "interior", "finance", "justice", "state", "press", "chief", "deputy", "assistant", "acting",
        "former", "ex", "senator", "sen", "representative", "rep", "congressman", "congresswoman",
        "governor", "gov", "mayor", "ambassador", "envoy", "chancellor", "premier", "king", "queen",
        "prince", "princess", "pope", "cardinal", "bishop", "rev", "reverend", "father", "sheikh",
        "judge", "general", "gen", "lt", "col", "colonel", "sgt", "sergeant", "capt", "captain", "maj",
        "major", "admiral", "adm", "commander", "officer", "detective", "det", "inspector", "director",
        "spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "chairwoman", "chair", "ceo",
        "coach", "manager", "attorney", "lawyer", "speaker", "majority", "minority", "national", "security", "adviser", "advisor", "intelligence", "of", "the",
        "u.s", "us", "top", "opposition", "sen", "sheriff", "police", "fire", "county", "district",
        "superintendent", "trooper", "deputy", "agent", "special", "first", "emperor",
    ]

    /// Words that are titles by themselves (the phrase must contain one to be cut).
    private static let coreTitles = ShortWordSet([
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
        "minister", "secretary", "senator", "sen", "representative", "rep", "congressman", "congresswoman",
        "governor", "gov", "mayor", "ambassador", "envoy", "chancellor", "premier", "king", "queen", "prince",
        "princess", "pope", "cardinal", "bishop", "rev", "reverend", "sheikh", "judge", "general", "gen",
        "lt", "col", "colonel", "sgt", "sergeant", "capt", "captain", "maj", "major", "admiral", "adm",
        "commander", "officer", "detective", "det", "inspector", "director", "spokesman", "spokeswoman",
        "spokesperson", "leader", "chairman", "chairwoman", "ceo", "coach", "manager", "attorney",
        "speaker", "adviser", "advisor", "sheriff", "superintendent", "trooper", "agent", "emperor",
    ])

    /// Capitalized words that are never names: calendar words and interjections.
    private static let neverNames = ShortWordSet([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yes", "no", "nope", "yeah", "yep", "okay", "ok", "oh", "ah", "hey", "wow", "well", "please", "thanks", "sorry",
    ])

    /// Lowercase words that connect parts of a name (`Bank of England`, `Charles de Gaulle`).
    private static let connectors = ShortWordSet(["of", "de", "du", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "y"])

    /// Last words that make a phrase an organisation or place, not a person.
    private static let nonPersonHeads = ShortWordSet([
        "house", "department", "ministry", "party", "union", "states", "nations", "council", "bank",
        "street", "university", "court", "club", "news", "post", "times", "journal", "agency", "office",
        "committee", "administration", "company", "inc", "corp", "group", "airlines", "center", "centre",
        "hospital", "school", "college", "church", "county", "city", "island", "islands", "river", "sea",
        "ocean", "mountains", "republic", "kingdom", "force", "army", "navy", "police", "service",
        "association", "organization", "organisation", "institute", "foundation", "museum", "war", "day",
        "square", "avenue", "road", "park", "station", "airport", "bridge", "hall", "press", "network",
        "television", "radio", "media", "league", "cup", "games", "team", "fund", "trust", "board",
        "commission", "authority", "assembly", "parliament", "congress", "senate", "forces", "guard",
        "embassy", "federation", "coast", "valley", "lake", "bay", "east", "west", "north", "south",
        "america", "europe", "africa", "asia", "week", "month", "year", "street", "drive", "lane",
    ])

    /// One word of the original text: byte ranges and what was noted about it.
    private struct Word {
        /// The original bytes, possessive cut.
        var range: Range<Int>
        /// The lowercased bytes in `WordList.lowered` (every set lookup below uses them); for an
        /// ASCII word, the same range as `range`.
        var lower: Range<Int>
        /// The lowercased bytes without dots (`u.s.` → `us`) in `WordList.lowered`.
        var bare: Range<Int>
        var capitalized: Bool
        var allCaps: Bool
        var possessive: Bool
        /// Whether the original bytes are ASCII (so `lower` is their ASCII lowercase).
        var isASCII: Bool
        var gapBefore: Gap
    }

    /// What separates a word from the one before it.
    private enum Gap { case start, space, punctuation }

    /// The words of a text and the buffer their lowercase forms are ranges of.
    private struct WordList {
        /// The text's UTF-8 bytes.
        let bytes: [UInt8]
        /// The text lowercased byte by byte (ASCII letters only, so every ASCII word's lowercase
        /// form sits at the word's own range), then, one after another, the lowercase forms of
        /// words that are not ASCII and the dotless forms of words with dots.
        var lowered: [UInt8]
        var words: [Word] = []

        /// Whether `set` holds the word at `range` of `lowered`.
        @inline(__always)
        func lowered(_ range: Range<Int>, in set: ShortWordSet) -> Bool { set.contains(lowered, range) }

        /// The lowercased word at `range` of `lowered`, as a string.
        func loweredString(_ range: Range<Int>) -> String { String(decoding: lowered[range], as: UTF8.self) }
    }

    /// How `extract` learns that a sentence's first word is common.
    private enum CommonWords {
        /// A whole text's lowercase vocabulary.
        case vocabulary(WordVocabulary)
        /// A caller's set of lowercased words.
        case strings(Set<String>)

        /// Whether the lowercased word `word` is common.
        func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
            switch self {
            case .vocabulary(let vocabulary): return vocabulary.contains(word)
            case .strings(let strings): return strings.contains(String(decoding: word, as: UTF8.self))
            }
        }
    }

    /// The lowercased words an article uses in lowercase (`officials`, `the`): the common words
    /// that a capitalized sentence-initial word is checked against.
    ///
    /// - Complexity: O(n) in the text's bytes.
    package static func lowercaseVocabulary(_ text: String) -> Set<String> {
        TextWords(Array(text.utf8)).commonWords
    }

    /// The name phrases of one sentence, folded, unique, in order of appearance.
    ///
    /// - Parameters:
    ///   - sentence: the original sentence (or headline).
    ///   - commonWords: words known to be common (`lowercaseVocabulary`); stop words always are.
    /// - Returns: folded phrases such as `"sergei lavrov"`, `"lavrov"`, `"nato"`.
    package static func extract(_ sentence: String, commonWords: Set<String> = []) -> [String] {
        let list = words(Array(sentence.utf8))
        return extract(list.words[...], in: list, commonWords: .strings(commonWords))
    }

    /// The words of a whole text, cut once, with its lowercase vocabulary, for extracting the
    /// names of many sentences of that text without cutting each sentence again.
    package struct TextWords: Sendable {
        private let list: WordList
        /// The lowercased words the text uses in lowercase (see `lowercaseVocabulary`).
        let vocabulary: WordVocabulary

        /// The lowercased words the text uses in lowercase, as strings (see `lowercaseVocabulary`).
        package var commonWords: Set<String> { vocabulary.words }

        /// Cuts the text (its UTF-8 bytes) into words.
        package init(_ bytes: [UInt8]) {
            list = NamePhrases.words(bytes)
            vocabulary = WordVocabulary(list.lowered, ranges: list.words.lazy.filter { !$0.capitalized && !$0.allCaps }.map(\.lower))
        }

        /// The name phrases of the sentence at `range` of the text: the same as
        /// `extract(sentence, commonWords: commonWords)` on that sentence's text.
        package func names(in range: Range<Int>) -> [String] {
            let all = list.words
            // The first word at or after the range's start (words are in text order).
            var low = 0, high = all.count
            while low < high {
                let middle = (low + high) / 2
                if all[middle].range.lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
            }
            var end = low
            while end < all.count, all[end].range.upperBound <= range.upperBound { end += 1 }
            guard end > low else { return [] }
            var sentence = all[low..<end]
            // What precedes the first word inside the sentence decides its gap, as if cut alone.
            let bytes = list.bytes
            var gap = Gap.start
            var cursor = range.lowerBound
            while cursor < sentence[low].range.lowerBound {
                let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: cursor)
                if !UTF8Scanner.isWhitespace(scalar), !isOpeningMark(scalar) { gap = .punctuation; break }
                cursor += length
            }
            sentence[low].gapBefore = gap
            return NamePhrases.extract(sentence, in: list, commonWords: .vocabulary(vocabulary))
        }

        /// The name phrases of a headline, with this text's words as the common words: the same
        /// as `extract(title, commonWords: commonWords)`.
        package func names(inTitle title: String) -> [String] {
            let titleList = NamePhrases.words(Array(title.utf8))
            return NamePhrases.extract(titleList.words[...], in: titleList, commonWords: .vocabulary(vocabulary))
        }
    }

    /// The name phrases of one sentence's words.
    private static func extract(_ list: ArraySlice<Word>, in text: WordList, commonWords: CommonWords) -> [String] {
        guard !list.isEmpty else { return [] }
        var capsWords = 0
        for word in list where word.allCaps { capsWords += 1 }
        let shouting = list.count >= 4 && capsWords * 2 > list.count
        var result: [String] = []
        // A few phrases are compared one by one; a set takes over when there are many.
        var seen = Set<String>()
        func emit(_ phrase: [UInt8]) {
            let folded = phrase.withUnsafeBufferPointer { Folding.fold(utf8: $0) }
            guard !folded.isEmpty else { return }
            if result.count < 16 {
                guard !result.contains(folded) else { return }
            } else {
                if seen.isEmpty { seen = Set(result) }
                guard seen.insert(folded).inserted else { return }
            }
            result.append(folded)
        }

        var index = list.startIndex
        while index < list.endIndex {
            let word = list[index]
            guard word.capitalized || (word.allCaps && !shouting) else { index += 1; continue }
            // Grow the phrase over capitalized words and connectors separated by spaces only. A
            // phrase is a run of the sentence's words, so it is a slice: nothing is copied.
            var cursor = index + 1
            while cursor < list.endIndex, !list[cursor - 1].possessive {
                let next = list[cursor]
                guard next.gapBefore == .space else { break }
                if next.capitalized || (next.allCaps && !shouting) {
                    cursor += 1
                } else if text.lowered(next.lower, in: connectors), cursor + 1 < list.endIndex,
                    list[cursor + 1].gapBefore == .space, list[cursor + 1].capitalized {
                    cursor += 1
                } else {
                    break
                }
            }
            var phrase = list[index..<cursor]
            index = cursor
            // A sentence's first word alone: keep only if it is not a common word.
            if word.gapBefore == .start {
                let first = word
                let beforeAcronym = phrase.count > 1 && phrase[phrase.startIndex + 1].allCaps
                if text.lowered(first.lower, in: StopWords.table)
                    || ((phrase.count == 1 || beforeAcronym) && (isCommon(first, in: text, commonWords) || looksInflected(first, in: text))) {
                    phrase.removeFirst()
                    while let lead = phrase.first, text.lowered(lead.lower, in: connectors) { phrase.removeFirst() }
                }
            }
            // Leading stop words ("The Biden administration").
            while let lead = phrase.first, lead.capitalized, text.lowered(lead.lower, in: StopWords.table), !lead.allCaps {
                phrase.removeFirst()
            }
            // Calendar words and interjections split a phrase and are dropped.
            var pieceStart = phrase.startIndex
            for position in phrase.indices where text.lowered(phrase[position].bare, in: neverNames) {
                if pieceStart < position { emitPieces(phrase[pieceStart..<position], in: text, emit: emit) }
                pieceStart = position + 1
            }
            if pieceStart < phrase.endIndex { emitPieces(phrase[pieceStart...], in: text, emit: emit) }
        }
        return result
    }

    /// Whether the lowercase form of `word` is among the common words.
    private static func isCommon(_ word: Word, in text: WordList, _ commonWords: CommonWords) -> Bool {
        text.lowered.withUnsafeBufferPointer { commonWords.contains(UnsafeBufferPointer(rebasing: $0[word.lower])) }
    }

    /// Splits one piece of a phrase at its titles and emits every part.
    private static func emitPieces(_ piece: ArraySlice<Word>, in text: WordList, emit: ([UInt8]) -> Void) {
        for part in split(piece, in: text) { emitPhrase(part, in: text, emit: emit) }
    }

    /// Splits a phrase at its titles: `US President Joe Biden` → `US`, `Joe Biden` (titled).
    private static func split(_ phrase: ArraySlice<Word>, in text: WordList) -> [(words: ArraySlice<Word>, titled: Bool?)] {
        // The last core title followed by at least one non-title word.
        guard let lastTitle = phrase.indices.last(where: { text.lowered(phrase[$0].bare, in: coreTitles) && $0 < phrase.endIndex - 1 }) else {
            return [(phrase, false)]
        }
        // The run of title words around it ("Press Secretary", "Foreign Minister").
        var titleStart = lastTitle
        while titleStart > phrase.startIndex, text.lowered(phrase[titleStart - 1].bare, in: titleTable), !phrase[titleStart - 1].allCaps { titleStart -= 1 }
        var parts: [(words: ArraySlice<Word>, titled: Bool?)] = []
        let before = phrase[..<titleStart]
        if !before.isEmpty { parts.append((before, false)) }
        let remainder = phrase[(lastTitle + 1)...]
        if remainder.count >= 4, text.lowered(remainder.first!.lower, in: connectors), remainder.suffix(2).allSatisfy(\.capitalized) {
            // "Director of National Intelligence Avril Haines": an office, then the person.
            parts.append((remainder.dropFirst().dropLast(2), nil))
            parts.append((remainder.suffix(2), true))
        } else {
            parts.append((remainder, true))
        }
        return parts
    }

    /// Emits a phrase and, for person-like names, its last word. `titled` is `true` after a
    /// title (a person), `false` for an unknown phrase, `nil` for an office or organisation.
    private static func emitPhrase(_ part: (words: ArraySlice<Word>, titled: Bool?), in text: WordList, emit: ([UInt8]) -> Void) {
        var words = part.words
        while let first = words.first, text.lowered(first.lower, in: connectors) { words.removeFirst() }
        while let last = words.last, text.lowered(last.lower, in: connectors) { words.removeLast() }
        guard let last = words.last else { return }
        // The words as written, one space apart; acronyms lose their dots (`U.S.` → `US`).
        var phrase: [UInt8] = []
        for word in words {
            if !phrase.isEmpty { phrase.append(UInt8(ascii: " ")) }
            if word.allCaps {
                for byte in text.bytes[word.range] where byte != UInt8(ascii: ".") { phrase.append(byte) }
            } else {
                phrase.append(contentsOf: text.bytes[word.range])
            }
        }
        emit(phrase)
        guard let titled = part.titled, words.count >= 2, words.count <= 3, !last.allCaps else { return }
        let hasConnector = words.contains { text.lowered($0.lower, in: connectors) }
        if titled || (!hasConnector && !text.lowered(last.lower, in: nonPersonHeads)) {
            emit(Array(text.bytes[last.range]))
        }
    }

    /// A sentence-initial word with a verb or adverb ending (`Addressing`, `Asked`, `Finally`),
    /// judged on its lowercase form.
    private static func looksInflected(_ word: Word, in text: WordList) -> Bool {
        guard word.isASCII else { return looksInflected(text.loweredString(word.lower)) }
        let lower = text.lowered[word.lower]
        func ends(_ suffix: StaticString) -> Bool {
            lower.count >= suffix.utf8CodeUnitCount && lower.suffix(suffix.utf8CodeUnitCount).elementsEqual(UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount))
        }
        return lower.count > 4 && (ends("ing") || ends("ed") || ends("ly"))
    }

    /// `looksInflected` on a lowercase string (Characters counted, suffixes as `String` compares them).
    private static func looksInflected(_ word: String) -> Bool {
        word.count > 4 && (word.hasSuffix("ing") || word.hasSuffix("ed") || word.hasSuffix("ly"))
    }

    /// Abbreviations whose period does not break a phrase (`Mr. Biden`, `St. Louis`).
    private static let dottedTitles = ShortWordSet([
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj", "adm", "rev", "st", "ft", "mt", "det", "jr", "sr",
    ])

    /// Cuts text into words: letters, digits, inner apostrophes, hyphens and dots of
    /// abbreviations; notes capitalization and what separates each word from the last.
    private static func words(_ bytes: [UInt8]) -> WordList {
        var lowered = bytes
        lowered.withUnsafeMutableBufferPointer { buffer in
            for offset in buffer.indices where buffer[offset] &- 65 < 26 { buffer[offset] |= 0x20 }
        }
        var list = WordList(bytes: bytes, lowered: lowered)
        var index = 0
        var gap = Gap.start
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            let (scalar, length) = lead < 0x80 ? (Unicode.Scalar(lead), 1) : UTF8Scanner.scalar(in: bytes, at: index)
            let alphanumeric = lead < 0x80
                ? (lead &- 48 < 10 || (lead | 0x20) &- 97 < 26)
                : UTF8Scanner.isAlphanumeric(scalar)
            guard alphanumeric else {
                if scalar == ".", gap == .space, let last = list.words.last, last.range.upperBound == index,
                    list.lowered(last.lower, in: dottedTitles) {
                    index += length
                    continue
                }
                if !UTF8Scanner.isWhitespace(scalar), gap != .start { gap = .punctuation }
                else if gap == .start, !UTF8Scanner.isWhitespace(scalar), !isOpeningMark(scalar) { gap = .punctuation }
                index += length
                continue
            }
            let start = index
            var cursor = index
            var possessive = false
            var wordEnd = index
            while cursor < count {
                let byte = bytes[cursor]
                if byte &- 48 < 10 || (byte | 0x20) &- 97 < 26 { cursor += 1; wordEnd = cursor; continue }
                let (s, l) = UTF8Scanner.scalar(in: bytes, at: cursor)
                if UTF8Scanner.isAlphanumeric(s) { cursor += l; wordEnd = cursor; continue }
                if (s == "'" || s == "’"), cursor + l < count {
                    let (after, afterLength) = UTF8Scanner.scalar(in: bytes, at: cursor + l)
                    if after == "s" || after == "S" {
                        let tail = cursor + l + afterLength
                        if tail >= count || !UTF8Scanner.isAlphanumeric(UTF8Scanner.scalar(in: bytes, at: tail).0) {
                            possessive = true
                            cursor = tail
                            break
                        }
                    }
                    if UTF8Scanner.isLetter(after) { cursor += l; continue }
                }
                if s == "-", cursor + 1 < count, UTF8Scanner.isLetter(UTF8Scanner.scalar(in: bytes, at: cursor + 1).0) {
                    // Keep "al-Assad" together; split "Russia-EU" into two words.
                    if isConnector(bytes, start..<cursor) { cursor += 1; continue }
                    break
                }
                if s == ".", cursor + 1 < count, wordEnd - start <= 2 {
                    // Abbreviation dots: "U.S.", "Mr.", "St." keep their dots inside the word.
                    let (after, _) = UTF8Scanner.scalar(in: bytes, at: cursor + 1)
                    if UTF8Scanner.isLetter(after), UTF8Scanner.isUppercase(after) == UTF8Scanner.isUppercase(UTF8Scanner.scalar(in: bytes, at: start).0) {
                        cursor += 1
                        continue
                    }
                }
                break
            }
            list.words.append(word(bytes, start..<wordEnd, possessive: possessive, gapBefore: gap, lowered: &list.lowered))
            gap = .space
            index = cursor
        }
        return list
    }

    /// Whether the bytes at `range` spell a connector in any case (`al`, `El`, `VAN`).
    private static func isConnector(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count <= ShortWordSet.maximumLength else { return false }
        var lower: [UInt8] = []
        var ascii = true
        for byte in bytes[range] {
            if byte >= 0x80 { ascii = false; break }
            lower.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        }
        if ascii { return connectors.contains(lower, 0..<lower.count) }
        return connectors.contains(String(decoding: bytes[range], as: UTF8.self).lowercased())
    }

    /// One word from its bytes: its lowercase forms (in `lowered`: appended unless the word is
    /// ASCII and has no dots) and capitalization, read scalar by scalar without building
    /// strings for ASCII words.
    private static func word(_ bytes: [UInt8], _ range: Range<Int>, possessive: Bool, gapBefore: Gap, lowered: inout [UInt8]) -> Word {
        var letters = 0, upper = 0
        var firstLetter: Unicode.Scalar?
        var fourthScalar: Unicode.Scalar?
        var scalars = 0
        var ascii = true
        var dots = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                scalars += 1
                let scalar = Unicode.Scalar(byte)
                if scalars == 4 { fourthScalar = scalar }
                let folded = byte | 0x20
                if folded >= 97 && folded <= 122 {
                    letters += 1
                    if firstLetter == nil { firstLetter = scalar }
                    if byte <= 90 { upper += 1 }
                } else if byte == UInt8(ascii: ".") {
                    dots = true
                }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: index)
            ascii = false
            scalars += 1
            if scalars == 4 { fourthScalar = scalar }
            if UTF8Scanner.isLetter(scalar) {
                letters += 1
                if firstLetter == nil { firstLetter = scalar }
                if UTF8Scanner.isUppercase(scalar) { upper += 1 }
            }
            index += length
        }
        let lower: Range<Int>
        let startsWithArticle: Bool
        if ascii {
            // The text's own lowercase copy already holds the word at its range.
            lower = range
            let start = range.lowerBound
            startsWithArticle = range.count >= 3 && lowered[start + 2] == UInt8(ascii: "-")
                && (lowered[start] == UInt8(ascii: "a") || lowered[start] == UInt8(ascii: "e"))
                && lowered[start + 1] == UInt8(ascii: "l")
        } else {
            let lowerString = String(decoding: bytes[range], as: UTF8.self).lowercased()
            let lowerStart = lowered.count
            lowered.append(contentsOf: lowerString.utf8)
            lower = lowerStart..<lowered.count
            startsWithArticle = lowerString.hasPrefix("al-") || lowerString.hasPrefix("el-")
            dots = lowerString.utf8.contains(UInt8(ascii: "."))
        }
        var bare = lower
        if dots {
            let bareStart = lowered.count
            for index in lower where lowered[index] != UInt8(ascii: ".") { lowered.append(lowered[index]) }
            bare = bareStart..<lowered.count
        }
        let allCaps = letters >= 2 && upper == letters
        let nameStart = startsWithArticle ? fourthScalar : firstLetter
        let capitalized = !allCaps && (nameStart.map(UTF8Scanner.isUppercase) ?? false)
        return Word(
            range: range, lower: lower, bare: bare, capitalized: capitalized, allCaps: allCaps,
            possessive: possessive, isASCII: ascii, gapBefore: gapBefore)
    }

    private static func isOpeningMark(_ scalar: Unicode.Scalar) -> Bool {
        "\"'“‘«([".unicodeScalars.contains(scalar)
    }
}
