internal import StoryModel

/// A quotation found in one article.
struct FoundQuote: Sendable, Hashable {
    /// The quoted words without the marks, whitespace collapsed, trailing `,;:` dropped.
    var text: String
    /// The speaker, when found.
    var speaker: String?
    /// The sentence holding most of the quotation.
    var ref: SentenceRef
    /// The quotation's lowercased words, for matching across outlets.
    var words: [String]
}

/// Finds direct quotations and their speakers in an article.
///
/// Quotations are found per paragraph, so one may open in one sentence and close in a later
/// one. Any double mark (`"`, `“`, `”`) opens a quotation when none is open and closes it
/// otherwise (so a wrongly curled closing mark still closes); single marks (`‘…’`) count only in
/// paragraphs without double marks, so nested quotes stay inside their quotation. A quotation
/// still open at the end of the paragraph ends there.
///
/// The speaker is, in order: the attribution right after the closing mark (`"…," Lavrov said`,
/// `"…," said Peskov`); the nearest speech verb before the opening mark in its sentence
/// (`Biden said, "I do."`, `Peskov asserting that Biden "…"`); any other speech verb in the
/// sentences holding the quotation; the speaker of the previous quotation of the paragraph
/// (`"…," Lavrov said. "But …"`). See ``Attribution`` for how a verb's subject is found.
///
/// Quotations shorter than `minimumWords` are scare quotes (`was a “killer”`) unless a speech
/// verb introduces them directly (`replied: “Yes.”`, `"Nope," Psaki said`); scare quotes are
/// dropped.
enum QuoteExtractor {
    /// The quotations of the article at `articleIndex`.
    ///
    /// - Complexity: O(n) in the article's length.
    static func quotes(in article: NormalizedArticle, articleIndex: Int, minimumWords: Int) -> [FoundQuote] {
        let sentences = article.sentences
        guard !sentences.isEmpty else { return [] }
        var nameWords: Set<String> = []
        for name in sentences.flatMap(\.names) + article.titleNames {
            for word in name.split(separator: " ") { nameWords.insert(String(word)) }
        }
        let tokens = sentences.map { WordToken.tokenize($0.text) }
        var quoted = tokens.map { [Bool](repeating: false, count: $0.count) }

        struct Raw {
            var openS: Int, openT: Int, closeS: Int, closeT: Int?
            var paragraphStart: Int
        }
        var raws: [Raw] = []
        var s = 0
        while s < sentences.count {
            var e = s
            while e + 1 < sentences.count, sentences[e + 1].paragraph == sentences[s].paragraph { e += 1 }
            let doubleMode = (s...e).contains { k in tokens[k].contains(where: \.isDoubleQuoteMark) }
            var open: (Int, Int)?
            var sawMark = false
            for k in s...e {
                for (t, token) in tokens[k].enumerated() {
                    let isOpenMark = doubleMode ? token.isDoubleQuoteMark : token.kind == .symbol && token.text == "‘"
                    let isCloseMark = doubleMode ? token.isDoubleQuoteMark : token.kind == .symbol && token.text == "’"
                    if let (os, ot) = open {
                        quoted[k][t] = true
                        if isCloseMark {
                            raws.append(Raw(openS: os, openT: ot, closeS: k, closeT: t, paragraphStart: s))
                            open = nil
                        }
                    } else if isOpenMark, doubleMode, !sawMark, t > 0,
                              [",", ".", "?", "!"].contains(tokens[k][t - 1].text),
                              k > s || t > 2, Self.attributionFollows(tokens[k], after: t) {
                        // The paragraph continues a quotation opened in an earlier one (or lost
                        // its opening mark): `… fight," said Doganis.` The mark closes.
                        for m in s...k { for u in tokens[m].indices where m < k || u <= t { quoted[m][u] = true } }
                        raws.append(Raw(openS: s, openT: -1, closeS: k, closeT: t, paragraphStart: s))
                    } else if isOpenMark {
                        quoted[k][t] = true
                        open = (k, t)
                    }
                    if isOpenMark || isCloseMark { sawMark = true }
                }
            }
            if let (os, ot) = open { raws.append(Raw(openS: os, openT: ot, closeS: e, closeT: nil, paragraphStart: s)) }
            s = e + 1
        }

        var attributions = (0..<sentences.count).map {
            Attribution(tokens: tokens[$0], quoted: quoted[$0], nameWords: nameWords)
        }
        var people: [String: String] = [:]
        var lastSpeaker: String?
        var lastPerson: String?
        var result: [FoundQuote] = []
        var previous: (raw: Raw, speaker: String?)?
        var nextRaw = 0
        let bytes = Array(article.article.text.utf8)

        for k in 0..<sentences.count {
            for full in attributions[k].fullNames() {
                let surname = full.split(separator: " ").last.map { $0.lowercased() } ?? ""
                if people[surname] == nil { people[surname] = full }
            }
            attributions[k].lastPerson = lastPerson
            while nextRaw < raws.count, raws[nextRaw].openS == k {
                let raw = raws[nextRaw]
                nextRaw += 1
                var speaker: Attribution.Speaker?
                var direct = false
                var introduced = false
                // A named speaker earlier in the sentence is the one a pronoun after the
                // quotation refers to (`Blakely said … . "…," he said.` in one sentence).
                for v in attributions[k].speechVerbIndices() where v < raw.openT {
                    if let found = attributions[k].speaker(ofVerbAt: v, lastSpeaker: lastSpeaker, people: people), found.isName {
                        lastSpeaker = found.name
                    }
                }
                // 1. Right after the closing mark, when the quotation ends an utterance
                //    (`,` `.` `?` `!` before or right after the mark).
                if let closeT = raw.closeT, closeT > 0,
                   [",", ".", "?", "!", "—", "–"].contains(tokens[raw.closeS][closeT - 1].text)
                    || (closeT + 1 < tokens[raw.closeS].count && tokens[raw.closeS][closeT + 1].text == ",") {
                    let after = attributions[raw.closeS]
                    let toks = tokens[raw.closeS]
                    var v = closeT + 1
                    while v < toks.count, v - closeT <= 7, !toks[v].isQuoteMark,
                          !(toks[v].kind == .word && !after.quoted[v] && !toks[v].isCapitalized && Attribution.speechVerbs.contains(toks[v].lower)) {
                        if toks[v].kind == .symbol, toks[v].text == "." { v = toks.count; break }
                        v += 1
                    }
                    if v < toks.count, v - closeT <= 7, toks[v].kind == .word, !toks[v].isCapitalized,
                       Attribution.speechVerbs.contains(toks[v].lower) {
                        var first = closeT + 1
                        while first < v, toks[first].kind == .symbol { first += 1 }
                        if first == v {
                            speaker = after.nameAfter(v + 1, people: people)
                        } else {
                            speaker = after.subject(afterQuoteClosingAt: closeT, verb: v, lastSpeaker: lastSpeaker, people: people)
                        }
                        direct = speaker != nil
                    } else {
                        // `"…," Ben Riley.`: a bare name ends the sentence.
                        var first = closeT + 1
                        while first < toks.count, toks[first].kind == .symbol, toks[first].text == "," { first += 1 }
                        var last = first
                        while last < toks.count, after.isNameWord(last) { last += 1 }
                        if last > first, last == toks.count || (last + 1 == toks.count && toks[last].text == "."),
                           let found = after.nameAfter(first, people: people), found.isName {
                            speaker = found
                            direct = true
                        }
                    }
                }
                // 2. The nearest speech verb before the opening mark.
                if speaker == nil {
                    let verbs = attributions[k].speechVerbIndices().filter { $0 < raw.openT }
                    if let v = verbs.last {
                        speaker = attributions[k].speaker(ofVerbAt: v, lastSpeaker: lastSpeaker, people: people)
                        direct = speaker != nil && tokens[k][(v + 1)..<raw.openT].allSatisfy { $0.kind == .symbol }
                        introduced = speaker != nil
                    }
                }
                // 3. Any other speech verb in the sentences holding the quotation.
                if speaker == nil {
                    for m in Set([k, raw.closeS]).sorted() where speaker == nil {
                        for v in attributions[m].speechVerbIndices() where speaker == nil {
                            speaker = attributions[m].speaker(ofVerbAt: v, lastSpeaker: lastSpeaker, people: people)
                        }
                    }
                }
                var name = speaker?.name
                // 4. Continuation of the previous quotation of the paragraph.
                if name == nil, let prior = previous, prior.raw.paragraphStart == raw.paragraphStart,
                   raw.openS - prior.raw.closeS <= 1 {
                    name = prior.speaker
                }
                if let speaker, speaker.isName { lastSpeaker = speaker.name }
                previous = (raw, name)

                // Text and words.
                let startByte = raw.openT < 0 ? sentences[k].range.start : sentences[k].range.start + tokens[k][raw.openT].end
                let endByte = raw.closeT.map { sentences[raw.closeS].range.start + tokens[raw.closeS][$0].start }
                    ?? sentences[raw.closeS].range.end
                guard startByte < endByte, endByte <= bytes.count else { continue }
                let text = clean(String(decoding: bytes[startByte..<endByte], as: UTF8.self))
                let words = WordToken.tokenize(text).filter { $0.kind != .symbol }.map(\.lower)
                guard !words.isEmpty else { continue }
                // Short quotations are kept when a speaker introduces them (a partial quote:
                // `Hutchinson said he was "deeply saddened"`); a lone word needs a direct
                // attribution (`replied: "Yes."`), else it is a scare quote (`a "killer"`).
                if words.count < minimumWords, !direct, !(introduced && words.count >= 2) { continue }
                // The sentence holding most of the quotation.
                var best = k, bestCount = -1
                for m in k...raw.closeS {
                    let count = zip(tokens[m], quoted[m]).filter { $0.1 && $0.0.kind != .symbol }.count
                    if count > bestCount { best = m; bestCount = count }
                }
                result.append(FoundQuote(text: text, speaker: name, ref: SentenceRef(article: articleIndex, sentence: best), words: words))
            }
            // Speakers of this sentence's other speech verbs become the most recent speaker.
            for v in attributions[k].speechVerbIndices() {
                if let found = attributions[k].speaker(ofVerbAt: v, lastSpeaker: lastSpeaker, people: people), found.isName {
                    lastSpeaker = found.name
                }
            }
            // The last person the sentence names, for pronouns before anyone is quoted.
            if let full = attributions[k].fullNames().last {
                lastPerson = full
            } else if let first = tokens[k].first, tokens[k].count > 1, attributions[k].isNameWord(0),
                      nameWords.contains(first.lower), tokens[k][1].kind == .word, !tokens[k][1].isCapitalized {
                lastPerson = people[first.lower] ?? first.text
            }
        }
        return result
    }

    /// Whether a speech verb follows the mark at `t` within a few words (`," said …`,
    /// `," King said`, `," the chief said`), so the mark closes a quotation.
    static func attributionFollows(_ tokens: [WordToken], after t: Int) -> Bool {
        var i = t + 1
        while i < tokens.count, i - t <= 5, tokens[i].kind == .word {
            if !tokens[i].isCapitalized, Attribution.speechVerbs.contains(tokens[i].lower), tokens[i].lower != "according" { return true }
            i += 1
        }
        return false
    }

    /// Collapses whitespace and trims marks and trailing `,;:`.
    static func clean(_ raw: String) -> String {
        var words = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let strip: Set<Character> = [",", ";", ":", " ", "\"", "“", "”", "‘", "’", "—", "–"]
        while let last = words.last, strip.contains(last) { words.removeLast() }
        while let first = words.first, strip.contains(first) || first == "." { words.removeFirst() }
        return words
    }
}
