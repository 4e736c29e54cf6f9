package import StoryModel

/// Finds the days a text mentions and resolves them to calendar days.
///
/// Absolute: `2008-12-15`, `December 15th, 2008`, `Dec. 15, 2008`, `15 December 2008`.
/// With the publication year: `March 20`, `Feb. 6`. Relative to the publication day:
/// `Thursday`, `on Monday` (the most recent such day on or before it), `next Monday`,
/// `yesterday`, `today`, `tomorrow`. Month and weekday names must be capitalized, so the verbs
/// "may" and "march" are not months.
package enum DayMentions {
    /// A word or number of the scanned text.
    private struct Token {
        /// `slash` is a "/" ("4/11/2007"); like other sentence punctuation it breaks a
        /// written date, and numeric dates read it.
        enum Kind { case word, number, isoDate, slash }
        var kind: Kind
        /// What the word means to a date (`nil` for numbers, dates and other words).
        var meaning: DayWord?
        var capitalized: Bool
        var value: Int
        var digits: Int
        var day: CalendarDay?
        /// Punctuation right after the token ("," or ".").
        var trailing: UInt8?
    }

    /// A word relative to the publication day, or one that shifts a weekday.
    private enum RelativeWord { case next, coming, last, yesterday, today, tonight, tomorrow }

    /// What a lowercased word means to a date, looked up once when the word is read.
    private struct DayWord {
        /// `months[word]`.
        var month: Int?
        /// `weekdays[word]`.
        var weekday: Int?
        /// Whether the word names a weekday in full or in short (`mon`, `thurs`).
        var namesWeekday = false
        /// Whether the word is "may" or "march" (which are also verbs).
        var isMayOrMarch = false
        var relative: RelativeWord?
    }

    /// Every word that means something to a date, for lookups by bytes; a word's index here is
    /// its index in `dayWordMeanings`.
    private static let dayWordTable = ShortWordSet(dayWordList.map(\.word))
    /// The meaning of each word of `dayWordTable`.
    private static let dayWordMeanings = dayWordList.map(\.meaning)
    private static let dayWordList: [(word: String, meaning: DayWord)] = {
        var meanings: [String: DayWord] = [:]
        for (word, month) in months { meanings[word, default: DayWord()].month = month }
        for (word, weekday) in weekdays {
            meanings[word, default: DayWord()].weekday = weekday
            meanings[word, default: DayWord()].namesWeekday = true
        }
        for word in ["sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat"] {
            meanings[word, default: DayWord()].namesWeekday = weekdays[expandWeekday(word)] != nil
        }
        for word in ["may", "march"] { meanings[word, default: DayWord()].isMayOrMarch = true }
        let relative: [String: RelativeWord] = [
            "next": .next, "coming": .coming, "last": .last, "yesterday": .yesterday, "today": .today,
            "tonight": .tonight, "tomorrow": .tomorrow,
        ]
        for (word, kind) in relative { meanings[word, default: DayWord()].relative = kind }
        return meanings.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { (word: $0.key, meaning: $0.value) }
    }()

    /// Month names and abbreviations → month number.
    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Weekday names → 0 (Sunday) … 6 (Saturday).
    private static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]

    /// The days mentioned in `text`, sorted, unique.
    ///
    /// - Parameters:
    ///   - text: original text (capitalization matters).
    ///   - published: the publication day; without it, weekdays, relative words and month-days
    ///     without a year are ignored.
    /// - Complexity: O(n) in the text's bytes.
    package static func days(in text: String, published: CalendarDay?) -> [CalendarDay] {
        let bytes = Array(text.utf8)
        return days(in: bytes, 0..<bytes.count, published: published)
    }

    /// The days mentioned in the text at `range` of `bytes` (a sentence of an article): the
    /// same as `days(in:published:)` on that text, without copying text that names no day.
    package static func days(in bytes: [UInt8], _ range: Range<Int>, published: CalendarDay?) -> [CalendarDay] {
        guard mayMentionDay(bytes, range) else { return [] }
        let tokens = tokenize(range == bytes.indices ? bytes : Array(bytes[range]))
        var found = Set<CalendarDay>()
        var index = 0
        while index < tokens.count {
            if let (day, used) = match(tokens, at: index, published: published) {
                if let day { found.insert(day) }
                index += used
            } else {
                index += 1
            }
        }
        return found.sorted()
    }

    /// Whether text can mention a day at all: every form read here has a digit, a word ending
    /// in "day" (weekdays, today, yesterday), "tonight" or "tomorrow". Most sentences have
    /// none and are not tokenized.
    static func mayMentionDay(_ bytes: [UInt8]) -> Bool { mayMentionDay(bytes, bytes.indices) }

    /// `mayMentionDay` for the text at `range` of `bytes`.
    static func mayMentionDay(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        func lowered(_ i: Int) -> UInt8 { bytes[i] | 0x20 }
        func matches(_ word: StaticString, at i: Int) -> Bool {
            guard i + word.utf8CodeUnitCount <= range.upperBound else { return false }
            return word.withUTF8Buffer { pattern in
                for offset in 0..<pattern.count where lowered(i + offset) != pattern[offset] { return false }
                return true
            }
        }
        for i in range {
            let byte = bytes[i]
            if byte >= 48 && byte <= 57 { return true }
            switch byte | 0x20 {
            case UInt8(ascii: "d"): if matches("day", at: i) { return true }
            case UInt8(ascii: "t"): if matches("tonight", at: i) || matches("tomorrow", at: i) { return true }
            default: break
            }
        }
        return false
    }

    /// Parses a date string that starts with an absolute date (ISO or written out).
    ///
    /// - Returns: the day, or `nil` when `text` does not start with a full date with a year.
    package static func parseDate(_ text: some StringProtocol) -> CalendarDay? {
        if let day = CalendarDay(iso: text.drop { $0 == " " }) { return day }
        let tokens = tokenize(Array(String(text).utf8))
        guard !tokens.isEmpty else { return nil }
        var start = 0
        // A leading weekday ("Monday, December 15, 2008").
        if tokens[0].kind == .word, tokens[0].meaning?.namesWeekday == true { start = 1 }
        guard start < tokens.count, let (day, _) = absolute(tokens, at: start, defaultYear: nil), let day else { return nil }
        return day
    }

    /// The publication day of a short date line near an article's top: "Published: April 10,
    /// 2007", "Updated 4/11/2007 1:26 PM", "on Tuesday, 16 December 2008 13:45",
    /// "2013-09-26", "21 July 2013 Last updated at 11:11 GMT".
    ///
    /// The date must carry its year and start within the line's first `maximumLead` tokens
    /// (labels such as "Last updated on:" and a weekday come before it). Numeric dates are read
    /// month first ("4/11/2007" is April 11) unless the first number cannot be a month
    /// ("27/09/2013"); a two-digit year is in 1950…2049; year-month-day runs ("2013 - 09 - 26",
    /// "2012. 08. 08") are read too.
    ///
    /// - Returns: the day, or `nil` when the line holds no such date.
    package static func parseDateLine(_ text: some StringProtocol, maximumLead: Int = 6) -> CalendarDay? {
        if let day = CalendarDay(iso: text.drop { $0 == " " }) { return day }
        let tokens = tokenize(Array(String(text).utf8))
        var index = 0
        while index < min(tokens.count, maximumLead + 1) {
            if tokens[index].kind == .isoDate, let day = tokens[index].day { return day }
            if let (day, _) = absolute(tokens, at: index, defaultYear: nil), let day { return day }
            if let day = numericDate(tokens, at: index) { return day }
            index += 1
        }
        return nil
    }

    /// The words of `text` that are not month or weekday names, clock markers ("AM", "p.m.")
    /// or time zones ("EST", "GMT"): what a date line says besides its date.
    package static func wordsBesideDates(in text: some StringProtocol) -> Int {
        var count = 0
        var word: [UInt8] = []
        func finish() {
            defer { word.removeAll(keepingCapacity: true) }
            guard !word.isEmpty else { return }
            let known = word.count > ShortWordSet.maximumLength ? nil
                : word.withUnsafeBufferPointer { dayWordTable.index(of: $0) }.map { dayWordMeanings[$0] }
            if known?.month != nil || known?.namesWeekday == true || clockWords.contains(word, word.indices) { return }
            count += 1
        }
        for byte in text.utf8 {
            let lower = byte | 0x20
            if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
                word.append(lower)
            } else if byte >= 0x80 {
                word.append(byte)  // a letter of another script, or punctuation: a word either way
            } else {
                finish()
            }
        }
        finish()
        return count
    }

    /// Clock markers and time-zone abbreviations a date line may carry.
    private static let clockWords = ShortWordSet([
        "am", "pm", "a", "p", "m", "gmt", "utc", "bst", "cet", "cest", "ist", "est", "edt", "cst", "cdt", "mst", "mdt",
        "pst", "pdt", "et", "ct", "mt", "pt", "akst", "akdt", "hst", "aest", "aedt",
    ])

    /// `M/D/YYYY`, `D/M/YYYY` (first number above 12), `M/D/YY` or `YYYY M D` at `index`.
    private static func numericDate(_ tokens: [Token], at index: Int) -> CalendarDay? {
        func number(_ position: Int, digits: ClosedRange<Int>) -> Int? {
            guard position < tokens.count, tokens[position].kind == .number, digits.contains(tokens[position].digits) else { return nil }
            return tokens[position].value
        }
        func isSlash(_ position: Int) -> Bool { position < tokens.count && tokens[position].kind == .slash }
        if let year = number(index, digits: 4...4), (1800...2200).contains(year),
            let month = number(index + 1, digits: 1...2), let day = number(index + 2, digits: 1...2) {
            return CalendarDay(year: year, month: month, day: day)
        }
        guard let first = number(index, digits: 1...2), isSlash(index + 1),
            let second = number(index + 2, digits: 1...2), isSlash(index + 3) else { return nil }
        let year: Int
        if let full = number(index + 4, digits: 4...4) {
            year = full
        } else if let short = number(index + 4, digits: 2...2) {
            year = short + (short < 50 ? 2000 : 1900)
        } else {
            return nil
        }
        guard (1800...2200).contains(year) else { return nil }
        let (month, day) = first > 12 ? (second, first) : (first, second)
        return CalendarDay(year: year, month: month, day: day)
    }

    private static func expandWeekday(_ abbreviation: String) -> String {
        ["sun": "sunday", "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
         "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday"][abbreviation] ?? abbreviation
    }

    /// Matches a date expression at `index`: the day (nil when unresolvable) and tokens used.
    private static func match(_ tokens: [Token], at index: Int, published: CalendarDay?) -> (CalendarDay?, Int)? {
        let token = tokens[index]
        if token.kind == .isoDate { return (token.day, 1) }
        if let result = absolute(tokens, at: index, defaultYear: published) { return result }
        guard token.kind == .word else { return nil }
        if let weekday = token.meaning?.weekday, token.capitalized {
            guard let published else { return (nil, 1) }
            let previous = index > 0 ? tokens[index - 1].meaning?.relative : nil
            var offset = (published.weekday - weekday + 7) % 7
            if previous == .next || previous == .coming {
                offset = -((weekday - published.weekday + 7) % 7)
                if offset == 0 { offset = -7 }
            } else if previous == .last, offset == 0 {
                offset = 7
            }
            return (published.adding(days: -offset), 1)
        }
        guard let published else { return nil }
        switch token.meaning?.relative {
        case .yesterday: return (published.adding(days: -1), 1)
        case .today, .tonight: return (published, 1)
        case .tomorrow: return (published.adding(days: 1), 1)
        default: return nil
        }
    }

    /// `Month D[, YYYY]` or `D Month[ YYYY]` at `index`.
    private static func absolute(_ tokens: [Token], at index: Int, defaultYear published: CalendarDay?) -> (CalendarDay?, Int)? {
        func year(at position: Int) -> Int? {
            guard position < tokens.count, tokens[position].kind == .number, tokens[position].digits == 4,
                (1800...2200).contains(tokens[position].value) else { return nil }
            return tokens[position].value
        }
        func resolve(month: Int, day: Int, year explicit: Int?) -> CalendarDay? {
            if let explicit { return CalendarDay(year: explicit, month: month, day: day) }
            guard let published else { return nil }
            // "December 28" in a story published on January 3 is last year's.
            guard let guess = CalendarDay(year: published.year, month: month, day: day) else { return nil }
            if guess.ordinal - published.ordinal > 60 { return CalendarDay(year: published.year - 1, month: month, day: day) }
            if published.ordinal - guess.ordinal > 305 { return CalendarDay(year: published.year + 1, month: month, day: day) }
            return guess
        }
        let token = tokens[index]
        // Month D[, YYYY]
        if token.kind == .word, token.capitalized, let month = token.meaning?.month,
            index + 1 < tokens.count, tokens[index + 1].kind == .number, tokens[index + 1].digits <= 2,
            (1...31).contains(tokens[index + 1].value) {
            if token.meaning?.isMayOrMarch == true, token.trailing == UInt8(ascii: ".") { return nil }
            let day = tokens[index + 1].value
            if let y = year(at: index + 2) { return (resolve(month: month, day: day, year: y), 3) }
            return (resolve(month: month, day: day, year: nil), 2)
        }
        // D Month[ YYYY]
        if token.kind == .number, token.digits <= 2, (1...31).contains(token.value), index + 1 < tokens.count,
            tokens[index + 1].kind == .word, tokens[index + 1].capitalized, let month = tokens[index + 1].meaning?.month {
            if let y = year(at: index + 2) { return (resolve(month: month, day: token.value, year: y), 3) }
            return (resolve(month: month, day: token.value, year: nil), 2)
        }
        return nil
    }

    /// Words, numbers (ordinal suffixes dropped) and ISO dates of the text.
    private static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        let count = bytes.count
        func isDigit(_ i: Int) -> Bool { i < count && bytes[i] >= 48 && bytes[i] <= 57 }
        func isASCIILetter(_ i: Int) -> Bool { i < count && ((bytes[i] | 0x20) >= 97 && (bytes[i] | 0x20) <= 122) }
        while index < count {
            if isDigit(index) {
                if index + 10 <= count, bytes[index + 4] == UInt8(ascii: "-"), bytes[index + 7] == UInt8(ascii: "-"),
                    let day = CalendarDay(iso: String(decoding: bytes[index..<(index + 10)], as: UTF8.self)),
                    !isDigit(index + 10), index == 0 || !isDigit(index - 1) {
                    tokens.append(Token(kind: .isoDate, meaning: nil, capitalized: false, value: 0, digits: 10, day: day))
                    index += 10
                    continue
                }
                var value = 0
                var digits = 0
                while isDigit(index) {
                    if digits < 9 { value = value * 10 + Int(bytes[index] - 48) }
                    digits += 1
                    index += 1
                }
                // Ordinal suffixes: 15th, 1st, 2nd, 3rd.
                if isASCIILetter(index), isASCIILetter(index + 1), !isASCIILetter(index + 2) {
                    let suffix = String(decoding: bytes[index..<(index + 2)], as: UTF8.self).lowercased()
                    if ["st", "nd", "rd", "th"].contains(suffix) { index += 2 }
                }
                // A number glued to letters ("3D", "5G") or a decimal/time is not a day.
                if isASCIILetter(index) || (index + 1 < count && (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ":")) && isDigit(index + 1)) {
                    while index < count, isDigit(index) || isASCIILetter(index) || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ":") { index += 1 }
                    tokens.append(Token(kind: .word, meaning: nil, capitalized: false, value: 0, digits: 0))
                    continue
                }
                tokens.append(Token(kind: .number, meaning: nil, capitalized: false, value: value, digits: digits, trailing: trailing(at: index)))
                continue
            }
            if isASCIILetter(index) {
                let start = index
                while isASCIILetter(index) { index += 1 }
                // ASCII letters only: lowercased byte by byte and looked up once.
                var meaning: DayWord?
                let length = index - start
                if length <= ShortWordSet.maximumLength {
                    var lower: (UInt64, UInt64) = (0, 0)
                    withUnsafeMutableBytes(of: &lower) { raw in
                        for offset in 0..<length { raw[offset] = bytes[start + offset] | 0x20 }
                        meaning = dayWordTable.index(of: UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: length))
                            .map { dayWordMeanings[$0] }
                    }
                }
                let capitalized = bytes[start] >= 65 && bytes[start] <= 90
                tokens.append(Token(kind: .word, meaning: meaning, capitalized: capitalized, value: 0, digits: 0, trailing: trailing(at: index)))
                continue
            }
            if bytes[index] >= 0x80 {
                // Other scripts: a word boundary marker so "März 5" is not read as "5".
                let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: index)
                if UTF8Scanner.isLetter(scalar) {
                    tokens.append(Token(kind: .word, meaning: nil, capitalized: false, value: 0, digits: 0))
                    index += length
                    while index < count, bytes[index] >= 0x80 || isASCIILetter(index) {
                        index += UTF8Scanner.scalar(in: bytes, at: index).1
                    }
                    continue
                }
                index += length
                continue
            }
            // Sentence punctuation other than "," "." breaks a date ("March; 5").
            if bytes[index] == UInt8(ascii: ";") || bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "/") {
                let kind: Token.Kind = bytes[index] == UInt8(ascii: "/") ? .slash : .word
                tokens.append(Token(kind: kind, meaning: nil, capitalized: false, value: 0, digits: 0))
            }
            index += 1
        }
        return tokens

        func trailing(at position: Int) -> UInt8? {
            position < count && (bytes[position] == UInt8(ascii: ",") || bytes[position] == UInt8(ascii: ".")) ? bytes[position] : nil
        }
    }
}
