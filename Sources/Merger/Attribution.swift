/// Finds who speaks in a sentence: the subject of a speech verb (`said`, `told`, `according to`).
///
/// Rules, tried in order for a speech verb at token `v`:
/// - `according to NAME`: the name after.
/// - The words right before the verb: a pronoun (`he`, `she`) or a person title after `the`
///   (`the Russian minister`, `the spokesman`) resolve to the article's most recent named speaker;
///   another `the …` phrase (`the Russian embassy`) is the speaker as written without `the`.
/// - The nearest capitalised name before the verb that is a subject: not possessive
///   (`Biden’s comments`), not inside a quotation, not introduced by a preposition or a
///   subordinator (`to Putin`, `whether Putin`). Leading titles are dropped
///   (`Russian Foreign Minister Sergei Lavrov` → `Sergei Lavrov`).
/// - Inverted attribution, `said NAME` (`said Kremlin spokesman Dmitry Peskov`): the name after.
/// A surname alone (`Psaki`) is expanded to the full name the article used before (`Jen Psaki`).
struct Attribution: Sendable {
    /// Verbs (and participles) that introduce speech.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding",
        "asserted", "asserts", "asserting", "noted", "notes", "noting", "stated", "states", "stating",
        "argued", "argues", "arguing", "stressed", "stresses", "stressing", "warned", "warns", "warning",
        "wrote", "writes", "writing", "explained", "explains", "explaining", "insisted", "insists", "insisting",
        "replied", "replies", "replying", "responded", "responds", "claimed", "claims", "claiming",
        "announced", "announces", "declared", "declares", "acknowledged", "acknowledges",
        "continued", "tweeted", "posted", "admitted", "admits", "remarked", "recalled", "suggested",
        "according",
    ]
    /// Words that make the name after them a non-subject.
    static let subordinators: Set<String> = [
        "to", "with", "of", "by", "for", "about", "on", "against", "from", "at", "than", "like", "in",
        "into", "whether", "if", "that", "toward", "towards", "between", "among", "over", "under",
        "upon", "via", "as", "and", "or", "nor", "but",
    ]
    /// Capitalised words that are never part of a name.
    static let notNames: Set<String> = [
        "the", "a", "an", "and", "but", "or", "so", "if", "when", "while", "after", "before", "as",
        "in", "on", "at", "of", "for", "to", "from", "with", "by", "he", "she", "it", "they", "we",
        "i", "you", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those",
        "there", "here", "what", "who", "why", "how", "where", "yes", "no", "nope", "not", "also",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
        "sep.", "sept.", "oct.", "nov.", "dec.", "other", "top", "officials", "some", "many",
    ]
    /// Words that are titles or roles before a name; a name is what follows the last of them.
    static let titles: Set<String> = [
        "president", "vice", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "ambassador", "director", "senator", "sen.", "rep.", "representative", "gov.", "governor",
        "mayor", "chief", "prime", "foreign", "press", "general", "gen.", "judge", "justice",
        "chairman", "chairwoman", "chair", "ceo", "leader", "former", "deputy", "attorney",
        "commissioner", "king", "queen", "prince", "princess", "pope", "officer", "mr.", "mrs.",
        "ms.", "dr.", "prof.", "professor", "coach", "captain", "sheriff", "lt.", "col.", "sgt.",
        "premier", "chancellor", "colonel", "lieutenant", "sergeant", "dean", "adviser", "advisor",
        "executive", "official", "commander", "inspector", "detective", "agent", "analyst",
        "economist", "manager", "founder", "lawmaker", "candidate", "nominee", "lawyer", "speaker",
        "diplomat", "envoy", "negotiator", "head", "boss", "owner", "actor", "actress", "singer",
        "star", "player", "striker", "defender", "goalkeeper", "scientist", "researcher", "doctor",
        "witness", "resident", "opposition", "capt.", "det.", "cpl.", "sgt.", "lt.", "rev.", "fr.",
        "msgr.", "insp.", "supt.", "cmdr.", "adm.", "maj.", "pvt.", "atty.", "reverend",
    ]
    /// Role nouns that, after `the`, stand for a person mentioned before.
    static let personRoles: Set<String> = titles.union([
        "man", "woman", "official", "minister", "politician", "statesman", "mother", "father",
        "victim", "suspect", "spokesman", "source",
    ])
    static let pronouns: Set<String> = ["he", "she"]
    /// Nouns that can head a speaker described without a name (`said a neighbor`, `said the
    /// boy's mother`, `according to police`).
    static let speakerNouns: Set<String> = [
        "neighbor", "neighbour", "witness", "resident", "source", "official", "officer", "spokesman",
        "spokeswoman", "spokesperson", "representative", "police", "authorities", "officials",
        "investigators", "prosecutors", "deputies", "detectives", "troopers", "woman", "man", "child",
        "boy", "girl", "teen", "teenager", "student", "teacher", "mother", "father", "grandmother",
        "grandfather", "brother", "sister", "son", "daughter", "wife", "husband", "aunt", "uncle",
        "cousin", "friend", "relative", "neighbors", "witnesses", "residents", "sources", "statement",
        "release", "report", "reports", "complaint", "affidavit", "documents", "minister", "ministry",
        "department", "office", "agency", "embassy", "spokesmen", "lawyer", "attorney", "prosecutor",
        "sheriff", "chief", "employee", "worker", "owner", "manager", "pastor", "minister", "navy",
        "army", "military", "coroner", "examiner", "dispatcher", "paramedic", "firefighter", "victim",
        "suspect", "parent", "parents", "family", "classmate", "coworker", "co-worker", "bystander",
    ]
    /// Roles that stand for anyone (`the witness`, `the woman`): shown as written, never resolved
    /// to the last named speaker.
    static let anonymousRoles: Set<String> = [
        "witness", "neighbor", "neighbour", "resident", "source", "woman", "man", "child", "boy",
        "girl", "teen", "teenager", "student", "friend", "relative", "bystander", "victim", "suspect",
        "mother", "father", "grandmother", "grandfather", "brother", "sister", "son", "daughter",
        "wife", "husband", "aunt", "uncle", "cousin", "parent", "employee", "worker", "representative",
    ]
    /// Words that make the speaker phrase after them a description (`said a neighbor`).
    static let determiners: Set<String> = ["the", "a", "an", "one", "his", "her", "their", "its", "another", "our", "my"]

    /// The tokens of the sentence.
    let tokens: [WordToken]
    /// Per token, whether it lies inside a quotation (marks included).
    let quoted: [Bool]
    /// Lowercased words that appear inside the article's proper names.
    let nameWords: Set<String>
    /// The article's most recently mentioned person (a full name), for pronouns when no one
    /// has been quoted yet.
    var lastPerson: String? = nil

    /// A speaker found for a verb, and whether it is a proper name.
    struct Speaker: Sendable, Hashable {
        /// The speaker as shown.
        var name: String
        /// Whether it is a named person or body (as opposed to a descriptor like `Russian embassy`).
        var isName: Bool
    }

    /// The indices of speech verbs outside quotations.
    func speechVerbIndices() -> [Int] {
        tokens.indices.filter { i in
            guard tokens[i].kind == .word, !quoted[i], !tokens[i].isCapitalized || i == 0,
                  Self.speechVerbs.contains(tokens[i].lower) else { return false }
            if tokens[i].lower == "according" { return i + 1 < tokens.count && tokens[i + 1].lower == "to" }
            return true
        }
    }

    /// The speaker of the speech verb at `v`.
    ///
    /// - Parameters:
    ///   - v: the verb's token index.
    ///   - lastSpeaker: the article's most recent named speaker, for pronouns and roles.
    ///   - people: surname → full name seen earlier in the article.
    func speaker(ofVerbAt v: Int, lastSpeaker: String?, people: [String: String]) -> Speaker? {
        if tokens[v].lower == "according" {
            return nameAfter(v + 2, people: people)
        }
        // `NAME, who …, said`: the subject is before the relative clause.
        var before = v
        if let w = (0..<v).last(where: { tokens[$0].lower == "who" && $0 > 0 && tokens[$0 - 1].text == "," && !quoted[$0] }),
           w - 1 > 0, isNameWord(w - 2) {
            before = w - 1
        }
        // Words right before the verb (skipping adverbs).
        var end = before - 1
        while end >= 0, tokens[end].kind == .word, !tokens[end].isCapitalized,
              tokens[end].lower.hasSuffix("ly") || tokens[end].lower == "also" || tokens[end].lower == "later" {
            end -= 1
        }
        if before == v, end >= 0, !quoted[end], tokens[end].kind == .word {
            let word = tokens[end]
            if Self.pronouns.contains(word.lower) {
                return (lastSpeaker ?? lastPerson).map { Speaker(name: $0, isName: true) }
            }
            if !word.isCapitalized {
                // `the [modifiers] role`
                var start = end
                while start > 0, end - start < 4, tokens[start - 1].kind == .word, !quoted[start - 1],
                      tokens[start - 1].lower != "the" {
                    start -= 1
                }
                let afterPreposition = start > 1 && Self.subordinators.contains(tokens[start - 2].lower)
                if start > 0, tokens[start - 1].lower == "the", start <= end, !afterPreposition {
                    if Self.personRoles.contains(word.lower), !Self.anonymousRoles.contains(word.lower), let last = lastSpeaker {
                        return Speaker(name: last, isName: true)
                    }
                    let phrase = tokens[start...end].map(\.text).joined(separator: " ")
                    return Speaker(name: phrase, isName: false)
                }
            }
        }
        if let found = nameBefore(before, people: people) { return found }
        // Inverted: `said NAME`, only when the verb follows a quotation or opens the clause.
        if v + 1 < tokens.count, v == 0 || tokens[v - 1].kind == .symbol || quoted[v - 1] {
            return nameAfter(v + 1, people: people)
        }
        return nil
    }

    /// The speaker named or described right after `start` (`said Mayor Ellen Ruiz`, `said
    /// 76-year-old Constantinos Doganis`, `said Deshawn's neighbor Bart Washington`, `said one
    /// young witness`, `according to police`). A name wins over a description before it.
    func nameAfter(_ start: Int, people: [String: String]) -> Speaker? {
        var i = start
        var phrase: [String] = []
        var described: [String]?
        var determined = false
        while i < tokens.count, i - start < 8 {
            let t = tokens[i]
            if t.kind == .number || (t.kind == .symbol && (t.text == "-" || t.text == "‐")) { i += 1; continue }
            guard t.kind == .word else { break }
            if isNameWord(i) {
                var j = i
                while j + 1 < tokens.count, isNameWord(j + 1), !tokens[j].isPossessive { j += 1 }
                if tokens[j].isPossessive { i = j + 1; determined = true; phrase = []; continue }
                return personName(i...j, people: people) ?? described.map { Speaker(name: $0.joined(separator: " "), isName: false) }
            }
            if t.isCapitalized && !Self.titles.contains(t.lower) && t.lower != "the" { break }
            if Self.determiners.contains(t.lower) { determined = true; phrase = []; i += 1; continue }
            if Self.subordinators.contains(t.lower) || ["who", "which", "whose", "when", "where"].contains(t.lower) { break }
            if Self.speechVerbs.contains(t.lower) { break }
            phrase.append(t.lower)
            if Self.speakerNouns.contains(t.lower) || Self.titles.contains(t.lower) && Self.speakerNouns.contains(t.lower) {
                if determined || phrase.count == 1 { described = phrase }
            }
            i += 1
        }
        return described.map { Speaker(name: $0.joined(separator: " "), isName: false) }
    }

    /// The subject written between a closing quotation mark at `close` and the verb at `v`
    /// (`"…," officials said`, `"…," the Russian embassy said`, `"…," Psaki said`).
    func subject(afterQuoteClosingAt close: Int, verb v: Int, lastSpeaker: String?, people: [String: String]) -> Speaker? {
        var start = close + 1
        while start < v, tokens[start].kind == .symbol { start += 1 }
        guard start < v, v - start <= 6 else { return nil }
        if tokens[start..<v].contains(where: { $0.kind == .word && $0.isCapitalized && !Self.notNames.contains($0.lower) }) {
            return speaker(ofVerbAt: v, lastSpeaker: lastSpeaker, people: people)
        }
        let words = tokens[start..<v].filter { $0.kind == .word && !$0.lower.hasSuffix("ly") && $0.lower != "also" }
        guard let head = words.last, words.count <= 4,
              !words.contains(where: { Self.subordinators.contains($0.lower) && $0.lower != "of" }) else { return nil }
        if words.count == 1, Self.pronouns.contains(head.lower) {
            return (lastSpeaker ?? lastPerson).map { Speaker(name: $0, isName: true) }
        }
        if Self.personRoles.contains(head.lower), !Self.anonymousRoles.contains(head.lower), words.first?.lower == "the", let last = lastSpeaker {
            return Speaker(name: last, isName: true)
        }
        let shown = words.first?.lower == "the" ? Array(words.dropFirst()) : words
        guard !shown.isEmpty, !["i", "we", "they", "it", "you"].contains(head.lower) else { return nil }
        return Speaker(name: shown.map(\.text).joined(separator: " "), isName: false)
    }

    /// The nearest subject name before `v`.
    private func nameBefore(_ v: Int, people: [String: String]) -> Speaker? {
        var i = v - 1
        while i >= 0 {
            guard !quoted[i], isNameWord(i) else { i -= 1; continue }
            var start = i
            while start > 0, isNameWord(start - 1), !quoted[start - 1], !tokens[start - 1].isPossessive { start -= 1 }
            let run = start...i
            i = start - 1
            if tokens[run.upperBound].isPossessive { continue }
            // A parenthesised credit (`(AP)`) or a dateline (`MOSCOW –`, `MOSCOW (AP)`) is no subject.
            if start > 0, tokens[start - 1].text == "(" { continue }
            if run.upperBound + 1 < tokens.count, ["(", "–", "—"].contains(tokens[run.upperBound + 1].text),
               run.allSatisfy({ tokens[$0].text == tokens[$0].text.uppercased() }) { continue }
            let conjunctionOpening = start == 1 && ["but", "and", "or", "so", "yet"].contains(tokens[0].lower)
            if start > 0, !conjunctionOpening, Self.subordinators.contains(tokens[start - 1].lower) || tokens[start - 1].isPossessive { continue }
            if start > 1, ["the", "a", "an"].contains(tokens[start - 1].lower), Self.subordinators.contains(tokens[start - 2].lower) { continue }
            // A lone capitalised word opening the sentence is a name when the article uses it as
            // one, or when it is the direct subject of the verb and not a common speaker noun
            // (`Blakely said`, not `Police said`).
            if run.count == 1, start == 0, !nameWords.contains(tokens[start].lower),
               !(run.upperBound + 1 == v && Self.speechVerbs.contains(tokens[v].lower) && !Self.speakerNouns.contains(tokens[start].lower)) { continue }
            if let speaker = personName(run, people: people) { return speaker }
        }
        return nil
    }

    /// Whether token `i` can be part of a name.
    func isNameWord(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.kind == .word && t.isCapitalized && !Self.notNames.contains(t.lower)
    }

    /// The name in a capitalised run, leading titles dropped, surnames expanded.
    private func personName(_ run: ClosedRange<Int>, people: [String: String]) -> Speaker? {
        var start = run.lowerBound
        for k in run where Self.titles.contains(tokens[k].lower) { start = k + 1 }
        var end = run.upperBound
        while end > start, ["sr.", "jr.", "ii", "iii"].contains(tokens[end].lower) { end -= 1 }
        guard start <= end else { return nil }
        let words = tokens[start...end].map(\.text)
        if words.count == 1, let full = people[words[0].lowercased()] { return Speaker(name: full, isName: true) }
        return Speaker(name: words.joined(separator: " "), isName: true)
    }

    /// Every multi-word name in the sentence (titles dropped), for surname expansion later.
    func fullNames() -> [String] {
        var names: [String] = []
        var i = 0
        while i < tokens.count {
            guard isNameWord(i), !quoted[i] else { i += 1; continue }
            var j = i
            while j + 1 < tokens.count, isNameWord(j + 1), !tokens[j].isPossessive { j += 1 }
            var start = i
            for k in i...j where Self.titles.contains(tokens[k].lower) { start = k + 1 }
            if j - start >= 1, j - start <= 3 {
                names.append(tokens[start...j].map(\.text).joined(separator: " "))
            }
            i = j + 1
        }
        return names
    }
}
