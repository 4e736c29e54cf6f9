/// Splits a run of prose into sentences, on UTF-8 bytes, returning exact byte ranges.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets right after
/// it) when white space follows and the next word does not start in lowercase. A period does
/// not end a sentence after a title or month abbreviation (`Mr.`, `Gen.`, `St.`, `Jan.`), inside
/// a number (`3.5`), or after an initial or a dotted acronym (`J. R. R.`, `U.S.`) unless the next
/// word is a capitalized function word (`… in the U.S. The next day …`). Pieces without a letter
/// or digit (a stray closing quote) are attached to the sentence before.
package enum SentenceSplitter {
    /// Abbreviations after which a period never ends a sentence (lowercased, without the dot).
    private static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "sens", "rep", "reps", "gov", "govs", "st", "ste",
        "lt", "col", "sgt", "capt", "cpl", "pvt", "maj", "adm", "cmdr", "cmdt", "gens", "rev", "fr", "hon",
        "pres", "supt", "insp", "det", "atty", "mt", "ft", "ave", "blvd", "rd", "messrs", "mmes", "mme",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "vs", "v", "approx", "dept", "est", "univ", "cf", "al",
        "e.g", "i.e", "eg", "ie",
    ]

    /// Abbreviations joined to a following number (`No. 1`, `Vol. 3`) but final otherwise.
    private static let beforeNumber: Set<String> = ["no", "nos", "vol", "vols", "fig", "figs", "op", "pp", "art", "ch"]

    /// Abbreviations that end a sentence only when a capitalized function word follows.
    private static let sometimesFinal: Set<String> = [
        "inc", "corp", "co", "ltd", "llc", "jr", "sr", "etc", "bros", "plc", "a.m", "p.m", "am", "pm",
    ]

    /// The sentences of `bytes[range]`.
    ///
    /// - Parameters:
    ///   - bytes: the UTF-8 bytes of a whole text.
    ///   - range: the part to split (a paragraph, or a run of lines inside one).
    /// - Returns: sentence ranges in order, each trimmed of white space, none empty.
    /// - Complexity: O(n) in the range's length.
    package static func split(_ bytes: [UInt8], in range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            var terminatorEnd = -1
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                terminatorEnd = index + 1
            } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA6 {
                terminatorEnd = index + 3  // …
            }
            guard terminatorEnd > 0 else { index += 1; continue }
            // A run of terminators ("?!", "...") then closing quotes and brackets.
            var cursor = terminatorEnd
            while cursor < end {
                let b = bytes[cursor]
                if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { cursor += 1; continue }
                if b == 0xE2, cursor + 2 < end, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0xA6 { cursor += 3; continue }
                if let length = closingLength(bytes, at: cursor, end: end) { cursor += length; continue }
                if let length = footnoteLength(bytes, at: cursor, end: end) { cursor += length; continue }
                break
            }
            let boundary = cursor
            // White space must follow (or the range ends).
            var next = boundary
            while next < end {
                let length = UTF8Scanner.whitespaceLength(in: bytes, at: next)
                if length == 0 { break }
                next += length
            }
            if boundary < end, next == boundary {
                // Scraped text sometimes loses the space: "this morning.Officers responded".
                let quoteClosed = boundary > terminatorEnd && closingLength(bytes, at: boundary - 1, end: end) != nil
                    || boundary >= 3 && closingLength(bytes, at: boundary - 3, end: end) == 3
                if (bytes[index] == UInt8(ascii: ".") && boundary == index + 1 && isGluedSentenceStart(bytes, period: index, end: end))
                    || (quoteClosed && startsCapitalizedWord(bytes, at: boundary, end: end)) {
                    pieces.append(start..<boundary)
                    start = boundary
                }
                index = boundary
                continue
            }
            if next < end, shouldSplit(bytes, terminatorAt: index, nextWordAt: next, end: end) {
                pieces.append(start..<boundary)
                start = next
            }
            index = max(boundary, index + 1)
        }
        if start < end { pieces.append(start..<end) }

        // Trim, drop empties, attach pieces without letters or digits to the previous sentence.
        var sentences: [Range<Int>] = []
        for piece in pieces {
            let trimmed = UTF8Scanner.trim(bytes, piece)
            guard !trimmed.isEmpty else { continue }
            if !containsAlphanumeric(bytes, trimmed), let last = sentences.last {
                sentences[sentences.count - 1] = last.lowerBound..<trimmed.upperBound
            } else if let last = sentences.last, !containsAlphanumeric(bytes, last) {
                sentences[sentences.count - 1] = last.lowerBound..<trimmed.upperBound
            } else {
                sentences.append(trimmed)
            }
        }
        return sentences
    }

    /// Decides whether the terminator at `index` ends a sentence, given the next word's start.
    private static func shouldSplit(_ bytes: [UInt8], terminatorAt index: Int, nextWordAt next: Int, end: Int) -> Bool {
        // The next word must not start in lowercase (skipping opening quotes and brackets).
        var probe = next
        while probe < end, let length = openingLength(bytes, at: probe, end: end) { probe += length }
        guard probe < end else { return true }
        let (first, _) = UTF8Scanner.scalar(in: bytes, at: probe)
        if UTF8Scanner.isLowercase(first) { return false }
        guard bytes[index] == UInt8(ascii: ".") else { return true }
        // An ellipsis-like run of periods behaves like "…".
        if index + 1 < end, bytes[index + 1] == UInt8(ascii: ".") { return true }

        // The word before the period.
        var wordStart = index
        while wordStart > 0 {
            let previous = UTF8Scanner.previousScalarStart(in: bytes, before: wordStart)
            let (scalar, _) = UTF8Scanner.scalar(in: bytes, at: previous)
            if UTF8Scanner.isAlphanumeric(scalar) || scalar == "." || scalar == "-" || scalar == "'" || scalar == "’" {
                wordStart = previous
            } else {
                break
            }
        }
        if let answer = shouldSplitAfterASCIIWord(bytes, wordStart..<index, nextWordAt: probe, end: end) { return answer }
        let word = String(decoding: bytes[wordStart..<index], as: UTF8.self)
        let lower = word.lowercased()
        let lastPart = String(lower.split(separator: "-").last ?? Substring(lower))
        if neverFinal.contains(lastPart) {
            // "No. 1", "Gen. Smith": always joined. But a month or weekday abbreviation ends a
            // sentence if a capitalized function word follows.
            return false
        }
        if beforeNumber.contains(lastPart), bytes[probe] >= 48, bytes[probe] <= 57 { return false }
        let nextWord = followingWord(bytes, from: probe, end: end)
        let nextIsFunctionWord = StopWords.contains(nextWord.lowercased()) && nextWord.count > 0
        if sometimesFinal.contains(lastPart) { return nextIsFunctionWord }
        // Initials and dotted acronyms: "J.", "U.S", "R.".
        if isInitialOrAcronym(word) { return nextIsFunctionWord }
        return true
    }

    /// `neverFinal`, `beforeNumber` and `sometimesFinal` for lookups by bytes.
    private static let neverFinalTable = ShortWordSet(Array(neverFinal).sorted())
    private static let beforeNumberTable = ShortWordSet(Array(beforeNumber).sorted())
    private static let sometimesFinalTable = ShortWordSet(Array(sometimesFinal).sorted())

    /// The rest of `shouldSplit` when the word before the period is ASCII, on bytes (the same
    /// rules: lowercase, the part after the last hyphen, the abbreviation lists, initials); `nil`
    /// when the word is not ASCII and the `String` rules must decide.
    private static func shouldSplitAfterASCIIWord(_ bytes: [UInt8], _ word: Range<Int>, nextWordAt probe: Int, end: Int) -> Bool? {
        guard word.count <= 64 else { return nil }
        for index in word where bytes[index] >= 0x80 { return nil }
        // The last part between hyphens that is not empty (the whole word when there is none).
        var partEnd = word.upperBound
        while partEnd > word.lowerBound, bytes[partEnd - 1] == UInt8(ascii: "-") { partEnd -= 1 }
        var partStart = partEnd
        while partStart > word.lowerBound, bytes[partStart - 1] != UInt8(ascii: "-") { partStart -= 1 }
        let lastPart = partStart < partEnd ? partStart..<partEnd : word
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: lastPart.count) { lower in
            for (offset, index) in lastPart.enumerated() {
                let byte = bytes[index]
                lower[offset] = byte &- 65 < 26 ? byte | 0x20 : byte
            }
            let part = ShortWordSet.Probe(UnsafeBufferPointer(lower))
            if neverFinalTable.contains(part) { return false }
            if beforeNumberTable.contains(part), bytes[probe] >= 48, bytes[probe] <= 57 { return false }
            let sometimes = sometimesFinalTable.contains(part)
            guard sometimes || isASCIIInitialOrAcronym(bytes, word) else { return true }
            return nextIsFunctionWord(bytes, from: probe, end: end)
        }
    }

    /// `isInitialOrAcronym` for an ASCII word: one to six single capitals separated by dots.
    private static func isASCIIInitialOrAcronym(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
        var parts = 0
        var index = word.lowerBound
        while true {
            // Each part is exactly one capital letter.
            guard index < word.upperBound, bytes[index] &- 65 < 26 else { return false }
            parts += 1
            index += 1
            if index == word.upperBound { return parts <= 6 }
            guard bytes[index] == UInt8(ascii: ".") else { return false }
            index += 1
        }
    }

    /// Whether the letters starting at `start` spell a stop word (`StopWords.contains` of the
    /// word `followingWord` reads, lowercased).
    private static func nextIsFunctionWord(_ bytes: [UInt8], from start: Int, end: Int) -> Bool {
        var cursor = start
        while cursor < end, bytes[cursor] < 0x80, (bytes[cursor] | 0x20) &- 97 < 26 { cursor += 1 }
        if cursor < end, bytes[cursor] >= 0x80 {
            let nextWord = followingWord(bytes, from: start, end: end)
            return StopWords.contains(nextWord.lowercased()) && nextWord.count > 0
        }
        guard cursor > start, cursor - start <= ShortWordSet.maximumLength else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: cursor - start) { lower in
            for offset in 0..<(cursor - start) { lower[offset] = bytes[start + offset] | 0x20 }
            return StopWords.contains(UnsafeBufferPointer(lower))
        }
    }

    /// Whether a word is a single capital letter or a dotted acronym (`U.S`, `U.N`, `J.R.R`).
    private static func isInitialOrAcronym(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 6 else { return false }
        return parts.allSatisfy { part in
            part.unicodeScalars.count == 1 && UTF8Scanner.isUppercase(part.unicodeScalars.first!)
        }
    }

    /// The letters of the word starting at `start`.
    private static func followingWord(_ bytes: [UInt8], from start: Int, end: Int) -> String {
        var cursor = start
        while cursor < end {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: cursor)
            guard UTF8Scanner.isLetter(scalar) else { break }
            cursor += length
        }
        return String(decoding: bytes[start..<cursor], as: UTF8.self)
    }

    /// The length of a footnote marker (`[12]`) at `index`, or `nil`.
    private static func footnoteLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
        guard bytes[index] == UInt8(ascii: "[") else { return nil }
        var cursor = index + 1
        while cursor < end, cursor - index <= 4, bytes[cursor] >= 48, bytes[cursor] <= 57 { cursor += 1 }
        guard cursor > index + 1, cursor < end, bytes[cursor] == UInt8(ascii: "]") else { return nil }
        return cursor + 1 - index
    }

    /// Whether a period glued to the next word ends a sentence: a lowercase word of two or more
    /// letters before it, a capitalized word (capital then lowercase) right after it.
    private static func isGluedSentenceStart(_ bytes: [UInt8], period: Int, end: Int) -> Bool {
        guard period + 2 < end, period >= 2 else { return false }
        let upper = bytes[period + 1], lower = bytes[period + 2]
        guard upper >= 65, upper <= 90, lower >= 97, lower <= 122 else { return false }
        var letters = 0
        var cursor = period - 1
        while cursor >= 0, bytes[cursor] >= 97, bytes[cursor] <= 122 { letters += 1; cursor -= 1 }
        guard letters >= 2 else { return false }
        // Not part of a host name or dotted abbreviation ("example.Com", "e.g.Then").
        return cursor < 0 || bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\n")
    }

    /// Whether a capitalized word (a capital, then a lowercase letter or an apostrophe) starts at `index`.
    private static func startsCapitalizedWord(_ bytes: [UInt8], at index: Int, end: Int) -> Bool {
        guard index + 1 < end, bytes[index] >= 65, bytes[index] <= 90 else { return false }
        let next = bytes[index + 1]
        return (next >= 97 && next <= 122) || next == UInt8(ascii: "'") || next == 0xE2
    }

    /// The length of a closing quote or bracket at `index`, or `nil`.
    private static func closingLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
        let b = bytes[index]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") { return 1 }
        if b == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 || bytes[index + 2] == 0x9D {
            return 3  // ’ ”
        }
        if b == 0xC2, index + 1 < end, bytes[index + 1] == 0xBB { return 2 }  // »
        return nil
    }

    /// The length of an opening quote or bracket at `index`, or `nil`.
    private static func openingLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
        let b = bytes[index]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "(") || b == UInt8(ascii: "[") { return 1 }
        if b == 0xE2, index + 2 < end, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0x98 || bytes[index + 2] == 0x9C || bytes[index + 2] == 0x99 || bytes[index + 2] == 0x9D {
            return 3  // ‘ “ (and misused ’ ”)
        }
        if b == 0xC2, index + 1 < end, bytes[index + 1] == 0xAB { return 2 }  // «
        return nil
    }

    private static func containsAlphanumeric(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: index)
            if UTF8Scanner.isAlphanumeric(scalar) { return true }
            index += length
        }
        return false
    }
}
