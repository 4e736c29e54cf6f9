package import StoryModel

/// Reads the calendar day from the absolute date formats found in page metadata and feeds.
///
/// Accepted, at the start of the text (surrounding whitespace ignored):
/// - ISO 8601: `2021-04-01`, `2021-04-01T10:00:00+03:00` (the date as written, zone ignored),
///   and `2021/04/01`;
/// - RFC 822/1123: `Thu, 01 Apr 2021 10:00:00 GMT` (two-digit years too);
/// - English prose: `April 1, 2021`, `Apr. 1, 2021`, `Thursday, April 1st 2021`, `1 April 2021`.
///
/// Anything else — relative dates, bare digit runs such as `20210401`, a month without a day,
/// impossible days — gives nil. Parsing works on UTF-8 bytes; no `DateFormatter`, no locale.
package enum DateParser {
    /// A lexical token of a date.
    private enum Token: Equatable {
        case number(value: Int, digits: Int)
        case word(String)
    }

    /// Parses the calendar day a date string states.
    ///
    /// - Parameter text: a date as found in metadata, a feed or a `<time>` element.
    /// - Returns: the day, or nil when the text does not start with a clear absolute date.
    package static func parse(_ text: some StringProtocol) -> CalendarDay? {
        let bytes = Array(text.utf8.drop { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 })
        if let day = numeric(bytes) { return day }
        return prose(tokens(bytes))
    }

    /// `YYYY-MM-DD` or `YYYY/MM/DD` (one- or two-digit month and day), not followed by a digit.
    private static func numeric(_ bytes: [UInt8]) -> CalendarDay? {
        var index = 0
        func digits(max: Int) -> (Int, Int)? {
            var value = 0, count = 0
            while index < bytes.count, count < max, bytes[index] >= 48, bytes[index] <= 57 {
                value = value * 10 + Int(bytes[index] - 48)
                count += 1
                index += 1
            }
            return count == 0 ? nil : (value, count)
        }
        guard let (year, yearDigits) = digits(max: 4), yearDigits == 4, index < bytes.count else { return nil }
        let separator = bytes[index]
        guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") else { return nil }
        index += 1
        guard let (month, _) = digits(max: 2), index < bytes.count, bytes[index] == separator else { return nil }
        index += 1
        guard let (day, _) = digits(max: 2) else { return nil }
        if index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// Splits into number and lowercased word tokens; punctuation and spaces separate tokens.
    /// Reads at most the first few tokens (a date sits at the start).
    private static func tokens(_ bytes: [UInt8]) -> [Token] {
        var result: [Token] = []
        var index = 0
        while index < bytes.count, result.count < 8 {
            let byte = bytes[index]
            if byte >= 48 && byte <= 57 {
                var value = 0, count = 0
                while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                    if count < 9 { value = value * 10 + Int(bytes[index] - 48) }
                    count += 1
                    index += 1
                }
                result.append(.number(value: value, digits: count))
            } else if (byte | 0x20) >= 97 && (byte | 0x20) <= 122 {
                var word: [UInt8] = []
                while index < bytes.count, (bytes[index] | 0x20) >= 97, (bytes[index] | 0x20) <= 122 {
                    word.append(bytes[index] | 0x20)
                    index += 1
                }
                result.append(.word(String(decoding: word, as: UTF8.self)))
            } else {
                index += 1
            }
        }
        return result
    }

    /// `[Weekday,] Month Day[st] [,] Year` or `[Weekday,] Day[st] Month Year`.
    private static func prose(_ allTokens: [Token]) -> CalendarDay? {
        var tokens = allTokens[...]
        if case .word(let word)? = tokens.first, weekdays.contains(word) { tokens = tokens.dropFirst() }
        // Drop an ordinal suffix right after a day number ("1st", "22nd").
        var cleaned: [Token] = []
        for token in tokens {
            if case .word(let word) = token, ["st", "nd", "rd", "th"].contains(word),
               case .number(_, let digits)? = cleaned.last, digits <= 2 {
                continue
            }
            cleaned.append(token)
        }
        guard cleaned.count >= 3 else { return nil }
        switch (cleaned[0], cleaned[1], cleaned[2]) {
        case (.word(let name), .number(let day, let dayDigits), .number(let year, let yearDigits)):
            guard let month = month(name), dayDigits <= 2, yearDigits == 4 else { return nil }
            return CalendarDay(year: year, month: month, day: day)
        case (.number(let day, let dayDigits), .word(let name), .number(let year, let yearDigits)):
            guard let month = month(name), dayDigits <= 2 else { return nil }
            switch yearDigits {
            case 4: return CalendarDay(year: year, month: month, day: day)
            case 2: return CalendarDay(year: year < 50 ? 2000 + year : 1900 + year, month: month, day: day)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// English weekday names and abbreviations, lowercased.
    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// English month names and abbreviations (and German names), lowercased, to month numbers.
    private static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        // German names that differ from the English ones ("25. Juli 2018"; März is not ASCII).
        "januar": 1, "februar": 2, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    ]

    /// The month number of an English month name or abbreviation.
    private static func month(_ name: String) -> Int? { months[name] }
}
