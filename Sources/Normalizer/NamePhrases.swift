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
    package static let titles: Set<String> = [
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
    private static let coreTitles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
        "minister", "secretary", "senator", "sen", "representative", "rep", "congressman", "congresswoman",
        "governor", "gov", "mayor", "ambassador", "envoy", "chancellor", "premier", "king", "queen", "prince",
        "princess", "pope", "cardinal", "bishop", "rev", "reverend", "sheikh", "judge", "general", "gen",
        "lt", "col", "colonel", "sgt", "sergeant", "capt", "captain", "maj", "major", "admiral", "adm",
        "commander", "officer", "detective", "det", "inspector", "director", "spokesman", "spokeswoman",
        "spokesperson", "leader", "chairman", "chairwoman", "ceo", "coach", "manager", "attorney",
        "speaker", "adviser", "advisor", "sheriff", "superintendent", "trooper", "agent", "emperor",
    ]

    /// Capitalized words that are never names: calendar words and interjections.
    private static let neverNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yes", "no", "nope", "yeah", "yep", "okay", "ok", "oh", "ah", "hey", "wow", "well", "please", "thanks", "sorry",
    ]

    /// Lowercase words that connect parts of a name (`Bank of England`, `Charles de Gaulle`).
    private static let connectors: Set<String> = ["of", "de", "du", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "y"]

    /// Last words that make a phrase an organisation or place, not a person.
    private static let nonPersonHeads: Set<String> = [
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
    ]

    /// One word of the original sentence.
    private struct Word {
        var text: String  // original, possessive cut
        var lower: String  // lowercased once: every set lookup below uses it
        var bare: String  // lowercased, without dots ("u.s." → "us")
        var range: Range<Int>
        var capitalized: Bool
        var allCaps: Bool
        var possessive: Bool
        var gapBefore: Gap
    }

    /// What separates a word from the one before it.
    private enum Gap { case start, space, punctuation }

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
        extract(words(Array(sentence.utf8)), commonWords: commonWords)
    }

    /// The words of a whole text, cut once, with its lowercase vocabulary, for extracting the
    /// names of many sentences of that text without cutting each sentence again.
    package struct TextWords: Sendable {
        private let bytes: [UInt8]
        private let list: [Word]
        /// The lowercased words the text uses in lowercase (see `lowercaseVocabulary`).
        package let commonWords: Set<String>

        /// Cuts the text (its UTF-8 bytes) into words.
        package init(_ bytes: [UInt8]) {
            self.bytes = bytes
            list = NamePhrases.words(bytes)
            var vocabulary = Set<String>()
            for word in list where !word.capitalized && !word.allCaps { vocabulary.insert(word.lower) }
            commonWords = vocabulary
        }

        /// The name phrases of the sentence at `range` of the text: the same as
        /// `extract(sentence, commonWords: commonWords)` on that sentence's text.
        package func names(in range: Range<Int>) -> [String] {
            // The first word at or after the range's start (words are in text order).
            var low = 0, high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle].range.lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
            }
            var sentence: [Word] = []
            var index = low
            while index < list.count, list[index].range.upperBound <= range.upperBound {
                sentence.append(list[index])
                index += 1
            }
            guard !sentence.isEmpty else { return [] }
            // What precedes the first word inside the sentence decides its gap, as if cut alone.
            var gap = Gap.start
            var cursor = range.lowerBound
            while cursor < sentence[0].range.lowerBound {
                let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: cursor)
                if !UTF8Scanner.isWhitespace(scalar), !isOpeningMark(scalar) { gap = .punctuation; break }
                cursor += length
            }
            sentence[0].gapBefore = gap
            return NamePhrases.extract(sentence, commonWords: commonWords)
        }
    }

    /// The name phrases of one sentence's words.
    private static func extract(_ list: [Word], commonWords: Set<String>) -> [String] {
        guard !list.isEmpty else { return [] }
        let capsWords = list.filter(\.allCaps).count
        let shouting = list.count >= 4 && capsWords * 2 > list.count
        var result: [String] = []
        var seen = Set<String>()
        func emit(_ phrase: String) {
            let folded = Folding.fold(phrase)
            guard !folded.isEmpty, seen.insert(folded).inserted else { return }
            result.append(folded)
        }

        var index = 0
        while index < list.count {
            let word = list[index]
            guard word.capitalized || (word.allCaps && !shouting) else { index += 1; continue }
            // Grow the phrase over capitalized words and connectors separated by spaces only.
            var phrase: [Word] = [word]
            var cursor = index + 1
            while cursor < list.count, !phrase.last!.possessive {
                let next = list[cursor]
                guard next.gapBefore == .space else { break }
                if next.capitalized || (next.allCaps && !shouting) {
                    phrase.append(next)
                    cursor += 1
                } else if connectors.contains(next.lower), cursor + 1 < list.count,
                    list[cursor + 1].gapBefore == .space, list[cursor + 1].capitalized {
                    phrase.append(next)
                    cursor += 1
                } else {
                    break
                }
            }
            index = cursor
            // A sentence's first word alone: keep only if it is not a common word.
            if phrase[0].gapBefore == .start {
                let first = phrase[0].lower
                let beforeAcronym = phrase.count > 1 && phrase[1].allCaps
                if StopWords.contains(first) || ((phrase.count == 1 || beforeAcronym) && (commonWords.contains(first) || looksInflected(first))) {
                    phrase.removeFirst()
                    while let lead = phrase.first, connectors.contains(lead.lower) { phrase.removeFirst() }
                }
            }
            // Leading stop words ("The Biden administration").
            while let lead = phrase.first, lead.capitalized, StopWords.contains(lead.lower), !lead.allCaps {
                phrase.removeFirst()
            }
            // Calendar words and interjections split a phrase and are dropped.
            var pieces: [[Word]] = [[]]
            for word in phrase {
                if neverNames.contains(word.bare) { pieces.append([]) } else { pieces[pieces.count - 1].append(word) }
            }
            for piece in pieces where !piece.isEmpty {
                for part in split(piece) { emitPhrase(part, emit: emit) }
            }
        }
        return result
    }

    /// Splits a phrase at its titles: `US President Joe Biden` → `US`, `Joe Biden` (titled).
    private static func split(_ phrase: [Word]) -> [(words: [Word], titled: Bool?)] {
        let lowered = phrase.map(\.bare)
        // The last core title followed by at least one non-title word.
        guard let lastTitle = lowered.indices.last(where: { coreTitles.contains(lowered[$0]) && $0 < phrase.count - 1 }) else {
            return [(phrase, false)]
        }
        // The run of title words around it ("Press Secretary", "Foreign Minister").
        var titleStart = lastTitle
        while titleStart > 0, titles.contains(lowered[titleStart - 1]), !phrase[titleStart - 1].allCaps { titleStart -= 1 }
        var parts: [(words: [Word], titled: Bool?)] = []
        let before = Array(phrase[..<titleStart])
        if !before.isEmpty { parts.append((before, false)) }
        let remainder = Array(phrase[(lastTitle + 1)...])
        if remainder.count >= 4, connectors.contains(remainder[0].lower), remainder.suffix(2).allSatisfy(\.capitalized) {
            // "Director of National Intelligence Avril Haines": an office, then the person.
            parts.append((Array(remainder[1..<(remainder.count - 2)]), nil))
            parts.append((Array(remainder.suffix(2)), true))
        } else {
            parts.append((remainder, true))
        }
        return parts
    }

    /// Emits a phrase and, for person-like names, its last word. `titled` is `true` after a
    /// title (a person), `false` for an unknown phrase, `nil` for an office or organisation.
    private static func emitPhrase(_ part: (words: [Word], titled: Bool?), emit: (String) -> Void) {
        var words = part.words
        while let first = words.first, connectors.contains(first.lower) { words.removeFirst() }
        while let last = words.last, connectors.contains(last.lower) { words.removeLast() }
        guard !words.isEmpty else { return }
        let text = words.map { $0.allCaps ? $0.text.replacingDots() : $0.text }.joined(separator: " ")
        emit(text)
        guard let titled = part.titled, words.count >= 2, words.count <= 3, let last = words.last, !last.allCaps else { return }
        let hasConnector = words.contains { connectors.contains($0.lower) }
        let head = last.lower
        if titled || (!hasConnector && !nonPersonHeads.contains(head)) {
            emit(last.text)
        }
    }

    /// A sentence-initial word with a verb or adverb ending (`Addressing`, `Asked`, `Finally`).
    private static func looksInflected(_ word: String) -> Bool {
        word.count > 4 && (word.hasSuffix("ing") || word.hasSuffix("ed") || word.hasSuffix("ly"))
    }

    /// Abbreviations whose period does not break a phrase (`Mr. Biden`, `St. Louis`).
    private static let dottedTitles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj", "adm", "rev", "st", "ft", "mt", "det", "jr", "sr",
    ]

    /// Cuts text into words: letters, digits, inner apostrophes, hyphens and dots of
    /// abbreviations; notes capitalization and what separates each word from the last.
    private static func words(_ bytes: [UInt8]) -> [Word] {
        var list: [Word] = []
        var index = 0
        var gap = Gap.start
        let count = bytes.count
        while index < count {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: index)
            guard UTF8Scanner.isAlphanumeric(scalar) else {
                if scalar == ".", gap == .space, let last = list.last, last.range.upperBound == index,
                    dottedTitles.contains(last.lower) {
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
                    let soFar = String(decoding: bytes[start..<cursor], as: UTF8.self).lowercased()
                    if connectors.contains(soFar) { cursor += 1; continue }
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
            list.append(word(bytes, start..<wordEnd, possessive: possessive, gapBefore: gap))
            gap = .space
            index = cursor
        }
        return list
    }

    /// One word from its bytes: its text, lowercase forms and capitalization, read scalar by
    /// scalar without building intermediate strings.
    private static func word(_ bytes: [UInt8], _ range: Range<Int>, possessive: Bool, gapBefore: Gap) -> Word {
        var letters = 0, upper = 0
        var firstLetter: Unicode.Scalar?
        var fourthScalar: Unicode.Scalar?
        var scalars = 0
        var ascii = true
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: index)
            if scalar.value >= 0x80 { ascii = false }
            scalars += 1
            if scalars == 4 { fourthScalar = scalar }
            if UTF8Scanner.isLetter(scalar) {
                letters += 1
                if firstLetter == nil { firstLetter = scalar }
                if UTF8Scanner.isUppercase(scalar) { upper += 1 }
            }
            index += length
        }
        let text = String(decoding: bytes[range], as: UTF8.self)
        let lower = ascii ? asciiLowercased(bytes, range, droppingDots: false) : text.lowercased()
        let bare = !lower.utf8.contains(UInt8(ascii: ".")) ? lower
            : ascii ? asciiLowercased(bytes, range, droppingDots: true)
            : String(decoding: lower.utf8.filter { $0 != UInt8(ascii: ".") }, as: UTF8.self)
        let allCaps = letters >= 2 && upper == letters
        let nameStart = lower.hasPrefix("al-") || lower.hasPrefix("el-") ? fourthScalar : firstLetter
        let capitalized = !allCaps && (nameStart.map(UTF8Scanner.isUppercase) ?? false)
        return Word(
            text: text, lower: lower, bare: bare, range: range, capitalized: capitalized, allCaps: allCaps,
            possessive: possessive, gapBefore: gapBefore)
    }

    /// ASCII bytes lowercased into a string, optionally without `.`, with no intermediate array.
    private static func asciiLowercased(_ bytes: [UInt8], _ range: Range<Int>, droppingDots: Bool) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            var written = 0
            for index in range {
                let byte = bytes[index]
                if droppingDots, byte == UInt8(ascii: ".") { continue }
                buffer[written] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                written += 1
            }
            return written
        }
    }

    private static func isOpeningMark(_ scalar: Unicode.Scalar) -> Bool {
        "\"'“‘«([".unicodeScalars.contains(scalar)
    }
}

extension String {
    /// The text without `.` characters (`U.S.` → `US`).
    func replacingDots() -> String { String(unicodeScalars.filter { $0 != "." }.map(Character.init)) }
}
