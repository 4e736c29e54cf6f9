internal import StoryModel

/// A number, date or time stated in a sentence, normalised so equal values compare equal.
struct ExtractedValue: Sendable, Hashable {
    /// What kind of value.
    var kind: Conflict.Kind
    /// What the value is about: the kind plus the unit or noun after a number (`number:injured`),
    /// or `date` / `time`. Only values of the same slot are compared.
    var slot: String
    /// The comparable value (`1200000`, `03-20`, `2021-03-20`, `19:35`).
    var normalized: String
    /// The value as written (`$1.2 million`, `Feb. 6`, `7:35 a.m.`).
    var written: String
    /// A few words saying what the value is about (`injured`, `return to Moscow`).
    var context: String
    /// Lowercased content words around the value (a few before it, a few after its unit): two
    /// values of one slot are compared only when their cues overlap, so `killed six people`
    /// and `23,000 people live` are not played against each other.
    var cues: Set<String> = []
    /// How the value is hedged: `about 4 a.m.` agrees with any value close to it, `at least 7`
    /// with any larger one, `up to 120` with any smaller one.
    var hedge: Hedge = .exact
    /// The UTF-8 offset of the value's first byte in the sentence.
    var offset = 0
    /// Whether the value is reported as having changed (`rose to 14`, `the updated toll`): an
    /// update, not a second account of the same figure.
    var changing = false
    /// Whether the value is tied to a named person (`Price, 26,`, `26-year-old Jeremy`).
    var namedPerson = false
    /// For an age after a full name (`Antoine Smelley, 32,`), the given name (`antoine`): two
    /// people of one family share the surname slot but not the given name.
    var givenName: String?
    /// Court stages and past markers in the sentence (`pleaded`, `sentenced`, `last summer`): an
    /// age stated at a later stage may be a year or two older without disagreeing.
    var stages: Set<String> = []
    /// Whether the count is relative or partial: `four other people`, `two more`, `two of the`.
    var relative = false
    /// Whether the sentence splits or qualifies a count (`including`, `another`, `a fifth`,
    /// `also`, `himself`): its counts are parts of a tally, not the tally.
    var compound = false
    /// Whether the sentence counts someone in or out explicitly (`including the shooter`,
    /// `before taking his own life`): a count one higher or lower may be the same tally.
    var inclusive = false
    /// How the sentence counts the perpetrator: `including the shooter` (+1), `himself`, `his
    /// own life` (-1: counted apart), or neither (0).
    var perpetrator = 0
    /// How many numbers the sentence states: an inventory (`14 rifles, 31 magazines and 923
    /// rounds`) is compared only with its fused counterpart.
    var numbersInSentence = 0
    /// Whether the sentence speaks of a night or the hours around midnight (`late Friday`,
    /// `early Saturday morning`): a weekday one off may name the same moment.
    var nearMidnight = false
    /// The verb that counts the value, when it is one of ``countVerbs`` (`killed two`, `three
    /// people were shot`): the nearest such cue two tokens before it or three after its noun.
    var verb: String?
}

/// How a stated value is qualified.
enum Hedge: Sendable, Hashable {
    /// As stated.
    case exact
    /// `about`, `around`, `roughly`, `estimated`.
    case approximate
    /// `at least`, `more than`, `over`.
    case atLeast
    /// `up to`, `nearly`, `almost`, `under`, `fewer than`.
    case atMost
}

/// Finds numbers with their units, dates and times in sentences.
///
/// - Numbers: digits (`1,000`, `1.2`) or number words (`five`, `twenty-five`), times a magnitude
///   (`thousand`, `million`, `billion`), with `$`/`€`/`£` before or `%`/`percent` after. The slot
///   is the currency for amounts of money, `percent` for percentages, `age-<surname>` for a
///   named person's age however written (`John Smith, 69,`, `Smith, aged 69`, `69-year-old John
///   Smith`), `people` for `3 dead` or `five wounded`, and otherwise the noun after (`5
///   injured`, `five people`). Numbers with no noun after are not compared: they are too often
///   unrelated.
/// - Dates: `March 20`, `Feb. 6`, `20 March`, with an optional `, 2021`; ISO `2021-03-20`.
///   Normalised to `MM-DD` (with the year when given).
/// - Weekdays (slot `weekday`): only a weekday dating the incident (`opened fire Friday`), not
///   when something was said (`police said Friday`) nor a later step (`charged Saturday`, `in
///   custody Monday`). They are compared only inside fused groups.
/// - Times: `7:35`, `7:35 a.m.`, `7 p.m.`, normalised to 24-hour `HH:MM`.
enum ValueExtractor {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    /// Full weekday names, Sunday first (``CalendarDay/weekday`` order).
    static let weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    /// Words near a weekday saying it is when something was said or reported, not when it happened.
    static let reportWords: Set<String> = [
        "said", "says", "say", "told", "tells", "announced", "announce", "reported", "confirmed", "identified",
        "released", "stated", "added", "according", "statement", "statements", "news", "conference", "interview",
        "update", "updated", "saying", "released", "issued", "named",
    ]
    /// Words naming the incident a story is about: a weekday shortly after one dates it.
    static let incidentWords: Set<String> = [
        "shot", "shooting", "shootings", "gunfire", "killed", "killing", "stabbed", "stabbing", "attack", "attacked",
        "crash", "crashed", "struck", "happened", "occurred", "erupted", "exploded", "explosion", "quake", "earthquake",
        "robbed", "robbery", "fire", "fired", "slain", "gunned", "wounded", "injured", "hit", "collapsed",
    ]
    /// Words naming a later step of a case or a state at reporting time: a weekday after them
    /// dates that step, not the incident.
    static let laterSteps: Set<String> = [
        "charged", "charging", "charges", "arrested", "arrest", "held", "custody", "arraigned", "booked", "identified",
        "released", "died", "dies", "remained", "remains", "jail", "court", "hearing", "search", "vigil", "funeral",
        "investigate", "investigating", "investigation", "sentenced", "indicted", "surrendered", "captured", "found",
    ]
    /// Words that mark a time near midnight or a night that spans two days (`late Friday`,
    /// `early Saturday`, `overnight`): weekdays one apart agree in such sentences.
    static let midnightWords: Set<String> = ["night", "overnight", "midnight", "late", "early", "morning", "tonight", "evening"]
    /// Words after a count that name the people it counts by what happened to them (`3 dead`).
    static let casualtyWords: Set<String> = ["dead", "killed", "wounded", "injured", "hurt"]
    static let numberWords: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "dozen": 12,
    ]
    static let magnitudes: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000,
    ]
    /// Roles held by one person at a time, whose holder two outlets cannot both name correctly
    /// with different people (`Kremlin spokesman`, `police chief`).
    static let roleTitles: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "chief", "sheriff", "mayor", "governor", "gov.",
        "president", "minister", "secretary", "director", "judge", "prosecutor", "coroner",
        "commissioner", "superintendent", "ambassador", "chairman", "chairwoman", "ceo", "coach",
        "undersheriff", "principal",
    ]
    /// Cue stems (five-letter prefixes) that say the same thing, mapped to one stem, so
    /// `12 people were hurt` and `14 people were injured` have a cue in common.
    static let cueSynonyms: [String: String] = [
        "hurt": "injur", "wound": "injur", "injur": "injur",
        "kille": "kille", "killi": "kille", "slain": "kille", "dead": "kille", "died": "kille", "death": "kille", "fatal": "kille",
    ]
    /// Cue stems of verbs that say what a count counts: `shot three` and `killed two` count
    /// different tallies.
    static let countVerbs: Set<String> = ["injur", "kille", "shot", "arres", "charg", "hospi", "evacu", "rescu"]
    /// Words that split or qualify a count in its sentence (`another woman`, `a fifth person`).
    static let compoundWords: Set<String> = [
        "other", "others", "another", "more", "also", "additional", "besides", "plus", "second", "third",
        "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ]
    /// Words naming a later stage of a case, by stage: ages stated at different stages may differ.
    static let courtStages: [String: String] = [
        "indicted": "indicted", "indictment": "indicted", "arraigned": "arraigned", "trial": "trial", "jury": "trial",
        "pleaded": "plea", "pled": "plea", "pleads": "plea", "plea": "plea", "guilty": "verdict", "convicted": "verdict",
        "verdict": "verdict", "sentenced": "sentenced", "sentencing": "sentenced",
    ]
    /// Words before a value saying it changed (`rose to 14`, `now 14`).
    static let changeWords: Set<String> = [
        "rise", "rose", "risen", "rises", "rising", "climb", "climbed", "climbs", "increase", "increased", "increases", "jump", "jumped",
        "grew", "grown", "now", "raised", "lowered", "dropped", "fell", "fallen", "revised", "updated",
        "corrected", "reached", "reaches", "swelled",
    ]
    static let currencies: [String: String] = ["$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"]
    /// Words skipped between a number and its noun.
    static let fillers: Set<String> = [
        "more", "than", "of", "the", "a", "an", "other", "additional", "new", "some", "about",
        "nearly", "almost", "over", "least", "at", "were", "was", "are", "is", "have", "had", "been",
    ]
    /// Words that are never the noun a number counts.
    static let functionWords: Set<String> = [
        "to", "in", "on", "for", "from", "with", "by", "at", "and", "or", "as", "after", "before",
        "over", "under", "into", "per", "a", "an", "the", "that", "which", "who", "when", "while",
        "if", "but", "so", "than", "then", "this", "these", "those", "it", "he", "she", "they", "we",
        "i", "you", "his", "her", "their", "its", "our", "will", "would", "could", "should", "may",
        "might", "can", "did", "do", "does", "has", "have", "had", "be", "being", "not", "no",
        "am", "pm", "a.m.", "p.m.",
    ]
    static let prepositions: Set<String> = ["on", "in", "at", "by", "for", "from", "until", "since", "to", "of", "the", "a", "and", "as", "early", "late"]

    /// The values stated in a sentence.
    ///
    /// - Complexity: O(n) in the sentence's length.
    static func values(in text: String) -> [ExtractedValue] {
        let tokens = WordToken.tokenize(text)
        var used = [Bool](repeating: false, count: tokens.count)
        var values: [ExtractedValue] = []
        func intValue(_ t: WordToken) -> Int? {
            guard t.kind == .number, !t.text.contains(where: { $0 == "," || $0 == "." || $0 == ":" }) else { return nil }
            return Int(t.text)
        }
        func monthAt(_ i: Int) -> Int? {
            guard i >= 0, i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized else { return nil }
            var word = tokens[i].lower
            if word.hasSuffix(".") { word.removeLast() }
            return months[word]
        }
        func adjacent(_ i: Int, _ j: Int) -> Bool { tokens[i].end == tokens[j].start }
        func context(before i: Int) -> String {
            var words: [String] = []
            var k = i - 1
            while k >= 0, words.count < 4, tokens[k].kind == .word { words.insert(tokens[k].text, at: 0); k -= 1 }
            while let last = words.last, prepositions.contains(last.lowercased()) { words.removeLast() }
            while let first = words.first, prepositions.contains(first.lowercased()) { words.removeFirst() }
            return words.joined(separator: " ")
        }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let bytes = Array(text.utf8)
        /// The text from token `first` through token `last`, as written.
        func written(_ first: Int, _ last: Int) -> String {
            String(decoding: bytes[tokens[first].start..<tokens[last].end], as: UTF8.self)
        }

        // Dates.
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            // ISO 2021-03-20
            if i + 4 < tokens.count, tokens[i].kind == .number, tokens[i].text.count == 4,
               tokens[i + 1].text == "-", tokens[i + 3].text == "-", adjacent(i, i + 1), adjacent(i + 1, i + 2),
               adjacent(i + 2, i + 3), adjacent(i + 3, i + 4),
               let y = intValue(tokens[i]), let m = intValue(tokens[i + 2]), let d = intValue(tokens[i + 4]),
               CalendarDay(year: y, month: m, day: d) != nil {
                for k in i...(i + 4) { used[k] = true }
                values.append(ExtractedValue(kind: .date, slot: "date", normalized: "\(pad(m))-\(pad(d))#\(y)", written: written(i, i + 4), context: context(before: i), offset: tokens[i].start))
                continue
            }
            var month: Int?, day: Int?, first = i, last = i
            if let m = monthAt(i), i + 1 < tokens.count, let d = intValue(tokens[i + 1]), (1...31).contains(d) {
                month = m; day = d; last = i + 1
            } else if let d = intValue(tokens[i]), (1...31).contains(d), let m = monthAt(i + 1) {
                month = m; day = d; last = i + 1
            }
            guard let m = month, let d = day else { continue }
            first = i
            var year: Int?
            if last + 2 < tokens.count, tokens[last + 1].text == ",", let y = intValue(tokens[last + 2]), tokens[last + 2].text.count == 4 {
                year = y; last += 2
            } else if last + 1 < tokens.count, let y = intValue(tokens[last + 1]), tokens[last + 1].text.count == 4 {
                year = y; last += 1
            }
            for k in first...last { used[k] = true }
            let normalized = "\(pad(m))-\(pad(d))" + (year.map { "#\($0)" } ?? "")
            values.append(ExtractedValue(kind: .date, slot: "date", normalized: normalized, written: written(first, last), context: context(before: first), offset: tokens[first].start))
            i = last
        }

        // Times.
        for i in tokens.indices where !used[i] && tokens[i].kind == .number {
            let parts = tokens[i].text.split(separator: ":")
            var hour: Int?, minute = 0
            var meridiem: String?
            if i + 1 < tokens.count {
                let next = tokens[i + 1].lower.replacingOccurrences(".", "")
                if next == "am" || next == "pm" { meridiem = next }
            }
            if parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m), parts[1].count == 2 {
                hour = h; minute = m
            } else if parts.count == 1, meridiem != nil, let h = Int(parts[0]), (1...12).contains(h) {
                hour = h
            }
            guard var h = hour else { continue }
            if meridiem == "pm", h < 12 { h += 12 }
            if meridiem == "am", h == 12 { h = 0 }
            used[i] = true
            var last = i
            if meridiem != nil { used[i + 1] = true; last = i + 1 }
            values.append(ExtractedValue(kind: .time, slot: "time", normalized: "\(pad(h)):\(pad(minute))", written: written(i, last), context: context(before: i), offset: tokens[i].start))
        }

        // Weekdays: `Friday`, the day of the event in a sentence that is not about when it
        // was said (`police said Friday`): news names days of the past week by their weekday.
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].isCapitalized {
            guard let day = weekdayNames.firstIndex(of: tokens[i].lower) else { continue }
            let around = tokens[max(0, i - 3)..<min(tokens.count, i + 4)]
            if around.contains(where: { reportWords.contains($0.lower) }) { continue }
            // The day of the incident itself: an incident word shortly before, and no later
            // step of the case (`charged ... Saturday`, `in custody Monday`) in between.
            var dated = false
            var k = i - 1
            while k >= 0, i - k <= 6, tokens[k].text != ",", tokens[k].text != ";" {
                if laterSteps.contains(tokens[k].lower) { break }
                if incidentWords.contains(tokens[k].lower) { dated = true; break }
                k -= 1
            }
            guard dated else { continue }
            values.append(ExtractedValue(kind: .date, slot: "weekday", normalized: weekdayNames[day], written: tokens[i].text,
                                         context: context(before: i), offset: tokens[i].start))
        }

        // Numbers.
        var inParentheses = [Bool](repeating: false, count: tokens.count)
        // Offsets of ages tied to a named person (`Price, 26,`, `26-year-old Jeremy`): the
        // person identifies the slot, no cue words are needed.
        var namedPerson: Set<Int> = []
        var givenNames: [Int: String] = [:]
        // Offsets of ages written before the name (`22-year-old John Smith`).
        var yearOld: Set<Int> = []
        /// The comma before an age after a name: `Smith, 27` or `Smith, aged 27`.
        func ageComma(before i: Int) -> Int? {
            if i > 1, tokens[i - 1].text == "," { return i - 1 }
            if i > 2, tokens[i - 1].lower == "aged" || tokens[i - 1].lower == "age", tokens[i - 2].text == "," { return i - 2 }
            return nil
        }
        /// A person's full name starting at token `n` (`John Smith`, `Officer John A. Smith`):
        /// two to four capitalised words after any titles, the first and last of them.
        func fullName(at n: Int) -> (given: Int, surname: Int)? {
            var j = n
            while j < tokens.count, tokens[j].kind == .word, Attribution.titles.contains(tokens[j].lower) { j += 1 }
            var words: [Int] = []
            while j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized {
                // A middle initial (`John A. Smith`) is part of the name, not its end.
                if !words.isEmpty, tokens[j].text.count == 1, j + 1 < tokens.count, tokens[j + 1].text == "." { j += 2; continue }
                guard !Attribution.notNames.contains(tokens[j].lower), !Attribution.titles.contains(tokens[j].lower),
                      months[tokens[j].lower] == nil else { break }
                words.append(j)
                if tokens[j].isPossessive { break }
                j += 1
            }
            while let last = words.last, ["jr.", "sr.", "ii", "iii", "jr", "sr"].contains(tokens[last].lower) { words.removeLast() }
            guard words.count >= 2, words.count <= 4, !tokens[words[0]].lower.hasSuffix(".") else { return nil }
            // A name is followed by a verb, a comma or the sentence's end, not by a noun it qualifies.
            if j < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized, !tokens[words.last!].isPossessive,
               ["man", "woman", "boy", "girl", "resident", "native", "teen", "student"].contains(tokens[j].lower) { return nil }
            return (words[0], words.last!)
        }
        var depth = 0
        for (k, t) in tokens.enumerated() {
            if t.text == "(" { depth += 1 } else if t.text == ")" { depth = max(0, depth - 1) } else { inParentheses[k] = depth > 0 }
        }
        func isNumberAt(_ k: Int) -> Bool {
            k >= 0 && k < tokens.count && (tokens[k].kind == .number || (tokens[k].kind == .word && wordNumber(tokens[k].lower) != nil))
        }
        func isRange(_ k: Int) -> Bool {
            let joins: Set<String> = ["to", "or", "-", "–", "and"]
            if k + 2 < tokens.count, joins.contains(tokens[k + 1].lower), isNumberAt(k + 2) { return true }
            if k >= 2, joins.contains(tokens[k - 1].lower), isNumberAt(k - 2) { return true }
            return false
        }
        func isPart(_ k: Int) -> Bool {
            if k + 2 < tokens.count, tokens[k + 1].lower == "of", isNumberAt(k + 2) || (k + 3 < tokens.count && tokens[k + 2].lower == "the" && isNumberAt(k + 3)) { return true }
            if k >= 2, tokens[k - 1].lower == "of", isNumberAt(k - 2) { return true }
            if k >= 3, tokens[k - 1].lower == "the", tokens[k - 2].lower == "of", isNumberAt(k - 3) { return true }
            return false
        }
        for i in tokens.indices where !used[i] {
            let token = tokens[i]
            var value: Double?
            if token.kind == .number {
                // `000` after `170,` is the tail of a spaced thousand, not a quantity.
                if token.text.hasPrefix("0"), token.text.count > 1 { continue }
                value = Double(token.text.replacingOccurrences(",", ""))
                // Ordinals (1st, 2nd) are not quantities.
                if i + 1 < tokens.count, adjacent(i, i + 1), ["st", "nd", "rd", "th"].contains(tokens[i + 1].lower) { continue }
            } else if token.kind == .word, !token.isCapitalized || tokens[..<i].allSatisfy({ $0.kind == .symbol }) {
                value = wordNumber(token.lower)
                if token.lower == "one", i + 1 < tokens.count, ["of", "another"].contains(tokens[i + 1].lower) { continue }
            }
            guard var amount = value else { continue }
            // Not counts: numbers in parentheses (conversions, asides), labels after a
            // capitalised word (`Precinct 5`, `Image 1 of 16`), digits opening a sentence
            // (a fragment: news spells such numbers out), ranges (`nine to 20`), parts
            // (`five of six`).
            if inParentheses[i] { continue }
            if token.kind == .number, i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, !tokens[i - 1].isPossessive, monthAt(i - 1) == nil,
               !fillers.contains(tokens[i - 1].lower), !functionWords.contains(tokens[i - 1].lower),
               !prepositions.contains(tokens[i - 1].lower),
               !["about", "around", "approximately", "nearly", "roughly", "almost", "only", "just", "all", "exactly", "another", "police", "officials"].contains(tokens[i - 1].lower) { continue }
            if token.kind == .number, i == 0, token.text.count == 1 { continue }
            if isRange(i) || isPart(i) { continue }
            var first = i, last = i
            var unit: String?
            if i > 0, let currency = currencies[tokens[i - 1].text], adjacent(i - 1, i) {
                unit = currency; first = i - 1
            }
            if last + 1 < tokens.count, let magnitude = magnitudes[tokens[last + 1].lower], tokens[last + 1].kind == .word {
                amount *= magnitude; last += 1
            }
            if last + 1 < tokens.count, tokens[last + 1].text == "%" {
                unit = "percent"; last += 1
            } else if last + 1 < tokens.count, tokens[last + 1].lower == "percent" {
                unit = "percent"; last += 1
            }
            if unit == nil {
                // The noun after the number.
                var k = last + 1
                var modifier = false
                if k < tokens.count, tokens[k].text == "-" || tokens[k].text == "‐" { k += 1; modifier = true }
                if k < tokens.count, tokens[k].kind == .word, tokens[k].lower.hasPrefix("year-old") || tokens[k].lower.hasPrefix("year-") { modifier = true }
                while !modifier, k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized, fillers.contains(tokens[k].lower), k - last < 4 { k += 1 }
                if k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized, !functionWords.contains(tokens[k].lower),
                   tokens[k].text.count > 1 {
                    unit = singular(tokens[k].lower)
                    // `3 dead`, `five wounded`: people, counted by the word after them (as in
                    // `killed three people`), unless that word qualifies a noun (`two injured officers`).
                    if !modifier, casualtyWords.contains(unit!),
                       !(k + 1 < tokens.count && tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalized
                         && !functionWords.contains(tokens[k + 1].lower) && !fillers.contains(tokens[k + 1].lower)) {
                        unit = "people"
                    }
                    // A hyphenated modifier (`five-boat attack`, `15-year-old son`) names what
                    // it describes: compared only with the same modifier of the same noun.
                    if modifier {
                        var n = k + 1
                        if n < tokens.count, tokens[n].text == "-" { n += 1 }
                        while n < tokens.count, tokens[n].kind == .word, tokens[n].lower.hasPrefix("year") || tokens[n].lower == "old" || tokens[n].lower == "-" { n += 1 }
                        if n < tokens.count, tokens[n].kind == .word {
                            if unit!.hasPrefix("year"), let name = fullName(at: n) {
                                // `22-year-old John Smith`: the age of Smith, as `Smith, 22,` states it.
                                unit = "age-" + foldApostrophes(tokens[name.surname].lower)
                                givenNames[tokens[first].start] = foldApostrophes(tokens[name.given].lower)
                                yearOld.insert(tokens[first].start)
                            } else {
                                unit! += "-" + singular(tokens[n].lower)
                            }
                            if tokens[n].isCapitalized { namedPerson.insert(tokens[first].start) }
                        }
                        else { continue }
                    }
                    if k + 1 < tokens.count, tokens[k + 1].lower == "ago" { continue }
                } else if unit == nil, token.kind == .number, (1...120).contains(amount), let comma = ageComma(before: i),
                          i + 1 == tokens.count || [",", ".", ";", ")", "and"].contains(tokens[i + 1].lower) {
                    // `Jeremy Lewis, 27,`, `Jeremy Lewis, aged 27.`: the age of the person named before.
                    var n = comma - 1
                    if n > 0, ["jr.", "sr.", "ii", "iii"].contains(tokens[n].lower) { n -= 1 }
                    guard n >= 0, tokens[n].kind == .word, tokens[n].isCapitalized else { continue }
                    unit = "age-" + foldApostrophes(tokens[n].lower)
                    if n > 0, tokens[n - 1].kind == .word, tokens[n - 1].isCapitalized, !tokens[n - 1].lower.hasSuffix("."),
                       !Attribution.titles.contains(tokens[n - 1].lower), !Attribution.notNames.contains(tokens[n - 1].lower) {
                        givenNames[tokens[first].start] = tokens[n - 1].lower
                    } else if n > 1, tokens[n - 1].kind == .word, tokens[n - 1].isCapitalized, tokens[n - 2].kind == .word,
                              tokens[n - 2].isCapitalized, !Attribution.titles.contains(tokens[n - 2].lower) {
                        givenNames[tokens[first].start] = tokens[n - 2].lower
                    }
                    namedPerson.insert(tokens[first].start)
                }
            }
            guard let slotUnit = unit else { continue }
            for k in first...last { used[k] = true }
            values.append(ExtractedValue(
                kind: .number, slot: "number:" + slotUnit, normalized: format(amount), written: written(first, last),
                context: slotUnit, offset: tokens[first].start))
        }
        // Names in roles: `Kremlin spokesman Dmitry Peskov`, `Police Chief Michael Ruth`.
        var k = 0
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard tokens[k].kind == .word, roleTitles.contains(tokens[k].lower), !tokens[k].isPossessive else { continue }
            var j = k + 1
            var words: [Int] = []
            while j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized,
                  !Attribution.notNames.contains(tokens[j].lower), !Attribution.titles.contains(tokens[j].lower) {
                words.append(j)
                if tokens[j].isPossessive { break }
                j += 1
            }
            guard words.count >= 2, words.count <= 4, !tokens[words.last!].isPossessive else { continue }
            var role = tokens[k].lower
            if k > 0, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized, !Attribution.notNames.contains(tokens[k - 1].lower) {
                role = tokens[k - 1].lower + " " + role
            }
            let name = words.map { tokens[$0].text }.joined(separator: " ")
            values.append(ExtractedValue(
                kind: .name, slot: "name:" + role, normalized: foldApostrophes(tokens[words.last!].lower), written: name,
                context: role, offset: tokens[words[0]].start))
            k = words.last!
        }

        // Cues and hedges, from the tokens around each value.
        func hedge(before k: Int) -> Hedge {
            let w1 = k >= 1 ? tokens[k - 1].lower : "", w2 = k >= 2 ? tokens[k - 2].lower : ""
            if w1 == "least" || w1 == "over" || (w1 == "than" && w2 == "more") || w1 == "exceeding" { return .atLeast }
            if w1 == "as", w2 == "many" || w2 == "much" { return .atMost }
            if (w1 == "to" && w2 == "up") || w1 == "nearly" || w1 == "almost" || w1 == "under"
                || (w1 == "than" && (w2 == "fewer" || w2 == "less")) { return .atMost }
            if ["about", "around", "approximately", "roughly", "some", "estimated", "approx.", "circa"].contains(w1) { return .approximate }
            if w1 == "after" || w1 == "before" || w1 == "by" { return w2 == "shortly" || w2 == "just" || w2 == "right" ? .approximate : (w1 == "after" ? .atLeast : .atMost) }
            return .exact
        }
        func cueWord(_ t: WordToken) -> String? {
            guard t.kind == .word, !t.isCapitalized, t.lower.count > 2, !functionWords.contains(t.lower), !fillers.contains(t.lower),
                  !prepositions.contains(t.lower), wordNumber(t.lower) == nil, months[t.lower] == nil,
                  !weekdays.contains(t.lower), magnitudes[t.lower] == nil,
                  !["said", "says", "say", "told", "tells", "according", "reports", "reported", "percent", "a.m.", "p.m."].contains(t.lower) else { return nil }
            let stem = String(t.lower.prefix(5))
            return cueSynonyms[stem] ?? stem
        }
        func isChanging(before k: Int) -> Bool {
            var j = k - 1, taken = 0
            while j >= 0, taken < 5, tokens[j].text != ";", tokens[j].text != "," {
                if changeWords.contains(tokens[j].lower) { return true }
                taken += 1; j -= 1
            }
            return false
        }
        var stages: Set<String> = []
        for (k, t) in tokens.enumerated() {
            if let stage = courtStages[t.lower] { stages.insert(stage) }
            if t.lower == "last", k + 1 < tokens.count, ["summer", "spring", "fall", "autumn", "winter", "year", "month"].contains(tokens[k + 1].lower) {
                stages.insert("earlier")
            }
        }
        let lowered = tokens.map(\.lower)
        let inclusive = lowered.contains { ["including", "himself", "herself", "themselves"].contains($0) }
            || zip(lowered, lowered.dropFirst()).contains { $0 == "own" && $1 == "life" }
        var perpetrator = 0
        for (k, word) in lowered.enumerated() {
            if word == "himself" || word == "herself" || (word == "own" && k + 1 < lowered.count && lowered[k + 1] == "life") { perpetrator = -1 }
            if word == "including", lowered[(k + 1)..<min(lowered.count, k + 5)].contains(where: { ["shooter", "gunman", "suspect", "killer", "attacker"].contains($0) }) {
                perpetrator = 1
                break
            }
        }
        let numbers = values.filter { $0.kind == .number }.count
        let nearMidnight = lowered.contains { midnightWords.contains($0) }
        // `26-year-old Jeremy Contreras, 36,`: two ages for one person; neither can be trusted.
        var garbled: Set<Int> = []
        for v in values where v.kind == .number && namedPerson.contains(v.offset) && (v.slot.contains("year-") || yearOld.contains(v.offset)) {
            if values.contains(where: { $0.slot.hasPrefix("number:age-") && !yearOld.contains($0.offset) && $0.offset > v.offset && $0.offset - v.offset < 60 }) { garbled.insert(v.offset) }
        }
        let updated = tokens.contains { $0.lower == "updated" || $0.lower == "update" || $0.lower == "revised" }
        for index in values.indices {
            let value = values[index]
            guard let first = tokens.firstIndex(where: { $0.start == value.offset }) else { continue }
            var last = first
            while last + 1 < tokens.count, tokens[last + 1].end <= value.offset + value.written.utf8.count { last += 1 }
            var cues: Set<String> = []
            var k = first - 1, taken = 0
            while k >= 0, taken < 4, tokens[k].text != ";" { if let c = cueWord(tokens[k]) { cues.insert(c) }; taken += 1; k -= 1 }
            k = last + 1; taken = 0
            while k < tokens.count, taken < 4, tokens[k].text != ";" { if let c = cueWord(tokens[k]) { cues.insert(c) }; taken += 1; k += 1 }
            // The unit words are the slot already; they say nothing more about the value.
            if case .number = value.kind {
                let unitStems = value.slot.dropFirst("number:".count).split(separator: "-").map { String($0.prefix(4)) }
                cues = cues.filter { cue in !unitStems.contains { !$0.isEmpty && cue.hasPrefix($0) } }
            }
            values[index].cues = cues
            var verb: String?
            // Before the value, in its own clause (`died and three others`: `died` counts another).
            for k in stride(from: first - 1, through: max(0, first - 2), by: -1) where verb == nil {
                if ["and", "or", ",", ";"].contains(tokens[k].lower) { break }
                if let c = cueWord(tokens[k]), countVerbs.contains(c) { verb = c }
            }
            if verb == nil {
                var k = last + 1
                while k < tokens.count, k <= last + 4, verb == nil {
                    if let c = cueWord(tokens[k]), countVerbs.contains(c) { verb = c }
                    k += 1
                }
            }
            values[index].verb = verb
            values[index].hedge = hedge(before: first)
            if value.slot == "weekday", first > 0,
               ["since", "until", "till", "through", "from", "next", "this", "every", "between"].contains(tokens[first - 1].lower) {
                values[index].hedge = .approximate
            }
            values[index].nearMidnight = nearMidnight
            values[index].changing = updated || isChanging(before: first)
            if namedPerson.contains(value.offset) { values[index].cues = [value.slot]; values[index].namedPerson = true }
            values[index].givenName = givenNames[value.offset]
            values[index].stages = stages
            values[index].inclusive = inclusive
            values[index].perpetrator = perpetrator
            values[index].numbersInSentence = numbers
            // Compound: the clause around the value (up to `;`, eight tokens each way) splits it.
            var lo = first, hi = last
            while lo > 0, first - lo < 8, tokens[lo - 1].text != ";" { lo -= 1 }
            while hi + 1 < tokens.count, hi - last < 8, tokens[hi + 1].text != ";" { hi += 1 }
            values[index].compound = inclusive || lowered[lo...hi].contains { compoundWords.contains($0) }
            if value.kind == .number {
                var n = last + 1
                while n < tokens.count, n <= last + 3, tokens[n].kind == .word, fillers.contains(tokens[n].lower) || tokens[n].lower == "another" {
                    if ["other", "more", "additional", "of", "another"].contains(tokens[n].lower) { values[index].relative = true }
                    n += 1
                }
            }
            // A role names its holder: the role is the slot, and the cue is the role itself.
            if value.kind == .name { values[index].cues = [value.context] }
        }
        return values.filter { !garbled.contains($0.offset) }
    }

    /// `’` and `‘` as `'`, so `O’Brien` and `O'Brien` are one name.
    static func foldApostrophes(_ text: String) -> String {
        String(text.map { $0 == "’" || $0 == "‘" ? "'" : $0 })
    }

    /// The value of a number word (`five`, `twenty-five`), or `nil`.
    static func wordNumber(_ word: String) -> Double? {
        if let value = numberWords[word] { return value }
        let parts = word.split(separator: "-")
        guard parts.count == 2, let tens = numberWords[String(parts[0])], let ones = numberWords[String(parts[1])],
              tens >= 20, tens.truncatingRemainder(dividingBy: 10) == 0, ones < 10 else { return nil }
        return tens + ones
    }

    /// A light singular: `people` stays, `injuries` → `injury`, `deaths` → `death`.
    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }

    /// A canonical decimal form: integers without a fraction, others to six places.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String((value * 1_000_000).rounded() / 1_000_000)
    }
}

extension String {
    /// This string with every occurrence of `target` replaced (no Foundation needed).
    fileprivate func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var result = ""
        for c in self { if c == target { result += replacement } else { result.append(c) } }
        return result
    }
}
