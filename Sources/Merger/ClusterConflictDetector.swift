internal import StoryModel
internal import Foundation

/// Finds values that different outlets of one story state differently in sentences the aligner
/// did not fuse (`12 people were hurt` in one article's lead, `injured 14 people` deep in
/// another's), flagged only on strong evidence:
///
/// - **Same context, clearly.** Two statements are compared when their cue words overlap
///   (``ValueExtractor/cueSynonyms`` folds `hurt`, `wounded` and `injured` into one cue): for
///   counts, one shared cue saying what is counted (``countCues``: `injured`, `killed`,
///   `arrested`…) or two other shared cues; for dates and times three shared cues; a named
///   person's age needs only the person (ages more than ``maximumAgeRatio`` apart are two
///   people). Names in roles, weekdays and ``looseUnits`` (`three weeks`, `15 miles`, `two
///   times`) are never compared across the cluster; people's names spelled two ways are, by
///   ``nameConflicts(alignment:)``.
/// - **One value per article in that context.** Every statement of the slot in either article
///   whose cues meet the shared ones must give the same value (repeating it is fine): an
///   article that gives two values in one context (several incidents, victims and suspects) is
///   ambiguous and left out.
/// - **Lead counts, one tally.** Counts (not named ages) are taken from an article's first
///   ``leadSentences`` sentences, must be counted by the same verb when both name one
///   (`killed two` is not `shot three`), and be within a factor ``maximumRatio`` of each other.
/// - **Whole tallies only.** Counts that are parts or shares (`four other people`, `two of the
///   family`, a sentence with `another`, `also`, `a fifth`, `including`, `himself`) and counts
///   in inventories (more than ``maximumNumbers`` numbers in the sentence) are skipped.
/// - **Statements only.** Datelines and bylines (see ``ConflictDetector/isStatement(_:)``) are
///   skipped: publication stamps differ without disagreeing.
/// - **Not updates.** A value reported as changing (`rose to 14`, `now 14`, an `updated` toll)
///   takes its article out of the slot; reports more than ``maximumDayGap`` days apart are not
///   compared.
/// - **Different outlets.** Two articles of one outlet (an update and its first version) are
///   never played against each other.
/// - **No hedge reconciles them** (``ConflictDetector/agree(_:_:)``: `at least 12` with 14).
/// - **No money.** Amounts (offers, damages, bails) are many per story: compared only when fused.
/// - **Not fused.** Sentences of one fused group were compared by
///   ``ConflictDetector/slotConflicts(in:alignment:)``; slots a group already reported are left
///   out here, so one disagreement is reported once.
///
/// Disagreeing statements are linked into components (one per disagreement); each component is
/// one conflict whose claims are its distinct values, with every outlet and sentence stating them.
enum ClusterConflictDetector {
    /// One statement of a slot's value.
    struct Statement {
        var ref: SentenceRef
        var value: ExtractedValue
        var key: String { ClusterConflictDetector.key(value) }
    }

    /// One article's usable statements of one slot.
    struct Entry {
        var article: Int
        var source: String
        var statements: [Statement]
    }

    /// Cue stems that say what a count counts (`injured 14 people`, `12 arrested`): one shared
    /// is enough for two counts; other counts need two shared cues.
    static let countCues: Set<String> = ["injur", "kille", "arres", "charg", "hospi", "evacu", "rescu", "hosta"]

    /// Nouns whose numbers describe many different things in one story (`three weeks`, `two
    /// times`, `15 miles`, `two others`): never compared across sentences that were not fused.
    static let looseUnits: Set<String> = [
        "time", "year", "day", "week", "month", "decade", "hour", "minute", "second", "season", "century",
        "mile", "kilometer", "km", "foot", "feet", "yard", "inch", "meter", "block", "dozen", "other", "them",
        "more", "former", "consecutive", "group", "one", "two", "percent", "point", "shot", "round", "bullet",
        "count", "charge", "usd", "eur", "gbp", "jpy",
    ]

    /// Counts of a tally are stated in an article's lead: a count in sentence `leadSentences` or
    /// later is compared only inside its fused group (later counts are often of other incidents).
    static let leadSentences = 6

    /// Two counts of one tally are of one magnitude: counts further apart than this factor are
    /// of different things (`killing 10 people` vs an older quake `killing 612`).
    static let maximumRatio = 5.0

    /// A sentence stating more numbers than this is an inventory or a tally of parts; its counts
    /// are compared only inside their fused group.
    static let maximumNumbers = 3

    /// Two ages of one surname are compared only when the larger is at most this factor of the
    /// smaller: further apart, they are of two people (a parent and a child).
    static let maximumAgeRatio = 1.5

    /// Reports of one story published further apart than this (in days) are not compared.
    static let maximumDayGap = 30

    /// Whether a slot can be compared across sentences that were not fused: counts, amounts,
    /// ages, dates and times, but not names in roles (a story names several judges and chiefs)
    /// nor ``looseUnits``.
    static func comparable(_ slot: String) -> Bool {
        if slot.hasPrefix("name:") || slot == "weekday" { return false }
        guard slot.hasPrefix("number:") else { return true }
        let unit = slot.dropFirst("number:".count).split(separator: "-").first.map(String.init) ?? ""
        return !looseUnits.contains(unit)
    }

    /// A value's comparable form inside one article: dates by day and month.
    static func key(_ value: ExtractedValue) -> String {
        value.slot == "date" ? String(value.normalized.prefix(5)) : value.normalized
    }

    /// Whether a value can stand for a whole tally across the cluster.
    static func isWhole(_ value: ExtractedValue) -> Bool {
        guard value.kind == .number, !value.namedPerson else { return true }
        return !value.relative && !value.compound && value.numbersInSentence <= maximumNumbers
    }

    /// The cross-article conflicts of a story.
    ///
    /// - Parameters:
    ///   - alignment: the story's alignment.
    ///   - excluding: slots already reported inside a fused group.
    /// - Returns: conflicts in order of their first statement in the most central article that
    ///   takes part (articles by centrality, sentences in order).
    /// - Complexity: O(n) value extraction over all sentences, O(s²) comparisons per slot for s
    ///   statements.
    static func conflicts(alignment: SentenceAlignment, excluding: Set<String>) -> [Conflict] {
        var bySlot: [String: [Entry]] = [:]
        var slotOrder: [String] = []
        for a in alignment.centralOrder {
            let article = alignment.articles[a]
            var statements: [String: [Statement]] = [:]
            var order: [String] = []
            var ruledOut: Set<String> = []
            for sentence in article.sentences.indices {
                let s = article.sentences[sentence]
                guard ConflictDetector.isStatement(s) else { continue }
                for value in ValueExtractor.values(in: s.text) where comparable(value.slot) && !excluding.contains(value.slot) {
                    if value.changing { ruledOut.insert(value.slot) }
                    guard isWhole(value), value.kind != .number || value.namedPerson || sentence < leadSentences else { continue }
                    if statements[value.slot] == nil { order.append(value.slot) }
                    statements[value.slot, default: []].append(Statement(ref: SentenceRef(article: a, sentence: sentence), value: value))
                }
            }
            for slot in order where !ruledOut.contains(slot) {
                if bySlot[slot] == nil { slotOrder.append(slot) }
                bySlot[slot, default: []].append(Entry(article: a, source: article.article.source, statements: statements[slot]!))
            }
        }

        var conflicts: [Conflict] = []
        for slot in slotOrder {
            let entries = bySlot[slot]!
            guard Set(entries.map(\.source)).count > 1 else { continue }
            let everyYear = entries.allSatisfy { $0.statements.allSatisfy { $0.value.normalized.contains("#") } }
            // Statements, numbered in entry order; disagreeing pairs link them (union-find).
            var all: [(entry: Int, statement: Statement)] = []
            for (e, entry) in entries.enumerated() { for statement in entry.statements { all.append((e, statement)) } }
            var parent = Array(all.indices)
            func root(_ i: Int) -> Int { var i = i; while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }; return i }
            var involved = [Bool](repeating: false, count: all.count)
            for i in all.indices {
                for j in all.indices where j > i && entries[all[i].entry].source != entries[all[j].entry].source {
                    guard disagree(all[i].statement, in: entries[all[i].entry], all[j].statement, in: entries[all[j].entry],
                                   alignment: alignment, everyYear: everyYear) else { continue }
                    involved[i] = true
                    involved[j] = true
                    let ri = root(i), rj = root(j)
                    if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
                }
            }
            var components: [Int: [Int]] = [:]
            var componentOrder: [Int] = []
            for i in all.indices where involved[i] {
                let r = root(i)
                if components[r] == nil { componentOrder.append(r) }
                components[r, default: []].append(i)
            }
            for r in componentOrder {
                let members = components[r]!
                func fullKey(_ s: Statement) -> String { everyYear ? s.value.normalized : s.key }
                var claimOrder: [String] = []
                var claims: [String: [Int]] = [:]
                for i in members {
                    let k = fullKey(all[i].statement)
                    if claims[k] == nil { claimOrder.append(k) }
                    claims[k, default: []].append(i)
                }
                guard claimOrder.count > 1 else { continue }
                let built: [Conflict.Claim] = claimOrder.map { k in
                    let list = claims[k]!
                    let spans = list.map { alignment.span(all[$0].statement.ref) }
                    return Conflict.Claim(
                        value: all[list[0]].statement.value.written,
                        sources: Array(Set(list.map { entries[all[$0].entry].source })).sorted(),
                        provenance: [spans[0]] + spans.dropFirst().sorted(by: spanOrder))
                }
                let sortedClaims = built.enumerated().sorted { l, r in
                    if l.element.sources.count != r.element.sources.count { return l.element.sources.count > r.element.sources.count }
                    return l.offset < r.offset
                }.map(\.element)
                let first = all[members[0]].statement.value
                conflicts.append(Conflict(kind: first.kind, context: first.context.isEmpty ? first.kind.rawValue : first.context, claims: sortedClaims))
            }
        }
        return conflicts
    }

    /// The cues two statements share, when they share enough to be about the same thing.
    static func sharedCues(_ a: ExtractedValue, _ b: ExtractedValue) -> Set<String>? {
        let shared = a.cues.intersection(b.cues)
        if a.namedPerson || b.namedPerson {
            // A named age's cue is the person.
            return shared.isEmpty ? nil : shared
        }
        if a.kind == .number {
            return shared.count >= 2 || !shared.isDisjoint(with: countCues) ? shared : nil
        }
        return shared.count >= 3 ? shared : nil
    }

    /// Whether statement `x` of article `l` and `y` of article `r` disagree on strong evidence.
    static func disagree(_ x: Statement, in l: Entry, _ y: Statement, in r: Entry, alignment: SentenceAlignment, everyYear: Bool) -> Bool {
        let a = x.value, b = y.value
        guard (everyYear ? a.normalized != b.normalized : x.key != y.key) else { return false }
        // Sentences fused together were compared in their group, with their group's verdict.
        if alignment.groupOf[x.ref.article][x.ref.sentence] == alignment.groupOf[y.ref.article][y.ref.sentence] { return false }
        // Reports far apart in time (a first report and the trial a year later) differ by design.
        if let p = alignment.articles[l.article].article.date, let q = alignment.articles[r.article].article.date,
           abs(p.ordinal - q.ordinal) > maximumDayGap { return false }
        guard let shared = sharedCues(a, b), !ConflictDetector.agree(a, b) else { return false }
        if !a.namedPerson, let v = a.verb, let w = b.verb, v != w { return false }
        if a.kind == .number, !a.namedPerson, let p = Double(a.normalized), let q = Double(b.normalized),
           max(p, q) > maximumRatio * max(1, min(p, q)) { return false }
        // Each article gives one value in this context: any statement of it whose cues meet the
        // shared ones states the same value (or agrees with it through a hedge).
        for (entry, own) in [(l, x), (r, y)] {
            for other in entry.statements where !other.value.cues.isDisjoint(with: shared) {
                if other.key != own.key, !ConflictDetector.agree(other.value, own.value) { return false }
            }
        }
        return true
    }
}

extension ClusterConflictDetector {
    /// A person's full name as one article writes it.
    struct FullName: Hashable {
        /// The given name, folded (`jeremy`).
        var given: String
        /// The surname, folded (`contreras`).
        var surname: String
        /// As written (`Jeremy Contreras`, `Jeremy A. Contreras`).
        var written: String
        /// Whether the article shows the name is a person's: its surname stands alone
        /// (`Contreras said`), or a title, an age or a verb of speech goes with it.
        var person = false
    }

    /// The names an article writes in full (two or three capitalised words), each with the
    /// sentences naming it, keyed by folded `given surname`, and the article's words. A name is
    /// marked a person's when its last word also stands alone in the article (`Contreras said`:
    /// news names a person in full once and by surname after, places and firms are not shortened
    /// that way), or a title, an age or a verb of speech goes with it.
    static func fullNames(in article: NormalizedArticle) -> (names: [String: (name: FullName, sentences: [Int])], words: Set<String>) {
        var runs: [(FullName, Int)] = []
        var alone: Set<String> = []
        var evidenced: Set<String> = []
        var words: Set<String> = []
        for (index, sentence) in article.sentences.enumerated() {
            let tokens = WordToken.tokenize(sentence.text)
            func isNameWord(_ k: Int) -> Bool {
                guard k >= 0, k < tokens.count else { return false }
                let t = tokens[k]
                return t.kind == .word && t.isCapitalized && !Attribution.notNames.contains(t.lower) && !Attribution.titles.contains(t.lower)
                    && ValueExtractor.months[t.lower] == nil && !ValueExtractor.weekdays.contains(t.lower)
            }
            var k = 0
            while k < tokens.count {
                if tokens[k].kind == .word { words.insert(fold(tokens[k].lower)) }
                guard isNameWord(k) else { k += 1; continue }
                var end = k
                while end + 1 < tokens.count, isNameWord(end + 1), !tokens[end].isPossessive { end += 1 }
                let run = Array(k...end)
                // A surname alone: one name word, not after a capitalised word nor before one.
                if run.count == 1, k > 0, !(tokens[k - 1].kind == .word && tokens[k - 1].isCapitalized && !Attribution.titles.contains(tokens[k - 1].lower)) {
                    alone.insert(fold(tokens[k].lower))
                }
                // A full name: two or three words (`Jeremy Contreras`, `Jeremy A. Contreras`), given name and surname.
                let initial = run.count == 3 && tokens[run[1]].text.count == 2 && tokens[run[1]].text.hasSuffix(".")
                if k > 0, run.count == 2 || run.count == 3,
                   run.allSatisfy({ $0 == run[1] && initial || (tokens[$0].text.count >= 2 && tokens[$0].text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "’" }) }) {
                    let given = fold(tokens[run[0]].lower), surname = fold(tokens[run.last!].lower)
                    let last = tokens[run.last!]
                    let written = String(decoding: Array(sentence.text.utf8)[tokens[run[0]].start..<(last.start + last.text.utf8.count)], as: UTF8.self)
                    // A person by the words around the name: a title before it (`Officer`), an
                    // age before or after it (`22-year-old John Smith`, `John Smith, 22,`).
                    let before = tokens[k - 1].lower
                    let person = Attribution.titles.contains(before) || before.hasSuffix("old")
                        || (before == "as" && k > 1 && ["identified", "named"].contains(tokens[k - 2].lower))
                        || (end + 2 < tokens.count && tokens[end + 1].text == "," && tokens[end + 2].kind == .number)
                        || (end + 1 < tokens.count && ["said", "says", "told"].contains(tokens[end + 1].lower))
                    if person { evidenced.insert(surname) }
                    runs.append((FullName(given: given, surname: surname, written: written), index))
                }
                k = end + 1
            }
        }
        var names: [String: (name: FullName, sentences: [Int])] = [:]
        for (name, sentence) in runs {
            let key = name.given + " " + name.surname
            if names[key] == nil { names[key] = (name, []) }
            if alone.contains(name.surname) || evidenced.contains(name.surname) { names[key]!.name.person = true }
            if names[key]!.sentences.last != sentence { names[key]!.sentences.append(sentence) }
        }
        return (names, words)
    }

    /// Lowercased, without diacritics, apostrophes and hyphens: `José O’Neil`, `Jose ONeil` and
    /// `De’Shaun`, `DeShaun` are one name each, written two ways.
    static func fold(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.canonicalCombiningClass == .notReordered && !["'", "’", "‘", "-", "‐"].contains(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Whether two different spellings are close enough to be one name spelled two ways
    /// (`Jeremy`/`Jeremey`, `Contreras`/`Contrearas`): same first letter, one edit apart (two
    /// for names of six letters or more), and not a plural or possessive of each other.
    static func spelledAlike(_ a: String, _ b: String) -> Bool {
        guard a != b, a.first == b.first, a + "s" != b, b + "s" != a else { return false }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        // Long names whose endings alone differ are one name's forms (`Charles`/`Charlie`,
        // `Gurbanguly`/`Gurbanguli`): nicknames and romanisations vary the ending. Swapped
        // letters (`Malijha`/`Malijah`) are a typo, not a form.
        let common = zip(x, y).prefix { $0 == $1 }.count
        if min(x.count, y.count) >= 6, x.count - common <= 2, y.count - common <= 2,
           x[common...].sorted() != y[common...].sorted() { return false }
        // `Heidar`/`Heydar`: `i` for `y` is how romanisations differ, not a misspelling.
        if x.count == y.count, zip(x, y).filter({ $0 != $1 }).allSatisfy({ Set([$0, $1]) == Set(["i", "y"]) }) { return false }
        let limit = min(x.count, y.count) >= 6 ? 2 : 1
        guard min(x.count, y.count) >= 3, abs(x.count - y.count) <= limit else { return false }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + [Int](repeating: 0, count: y.count)
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count] <= limit
    }

    /// People whose name two outlets spell differently: the same given name with a surname
    /// spelled alike but not the same (`Jeremy Contreras` / `Jeremy Contrearas`), or the same
    /// surname with a given name spelled alike (`Steven Price` / `Stephen Price`). Each article
    /// must spell the name one way only (it never writes the other spelling), and the two
    /// articles come from different outlets.
    ///
    /// - Returns: one conflict per set of linked spellings, claims by how many outlets write them.
    /// - Complexity: O(n) tokenization of the cluster's sentences, then O(k²) spelling tests
    ///   inside each bucket of names sharing a given name or a surname.
    static func nameConflicts(alignment: SentenceAlignment) -> [Conflict] {
        let order = alignment.centralOrder
        let found = order.map { fullNames(in: alignment.articles[$0]) }
        // Spellings (`given surname`), in order of first appearance, linked when two outlets
        // write them for one person; each linked set is one conflict.
        var spellings: [String] = []
        var index: [String: Int] = [:]
        var parent: [Int] = []
        var context: [Int: String] = [:]
        func id(_ key: String) -> Int {
            if let i = index[key] { return i }
            index[key] = spellings.count
            spellings.append(key)
            parent.append(parent.count)
            return parent.count - 1
        }
        func root(_ i: Int) -> Int { var i = i; while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }; return i }
        // Candidate spellings: pairs of distinct names sharing a given name or a surname whose
        // other part is spelled alike (compared once each, not once per pair of articles).
        var holders: [String: [Int]] = [:]
        var byGiven: [String: Set<String>] = [:], bySurname: [String: Set<String>] = [:]
        for (x, entry) in found.enumerated() {
            for (key, value) in entry.names {
                holders[key, default: []].append(x)
                byGiven[value.name.given, default: []].insert(key)
                bySurname[value.name.surname, default: []].insert(key)
            }
        }
        func parts(_ key: String) -> (given: Substring, surname: Substring) {
            let space = key.firstIndex(of: " ")!
            return (key[..<space], key[key.index(after: space)...])
        }
        var candidates: [(String, String)] = []
        for bucket in [byGiven, bySurname] {
            for keys in bucket.values where keys.count > 1 {
                let sorted = keys.sorted()
                for (n, p) in sorted.enumerated() {
                    for q in sorted[(n + 1)...] {
                        let (l, r) = (parts(p), parts(q))
                        if (l.given == r.given && spelledAlike(String(l.surname), String(r.surname)))
                            || (l.surname == r.surname && spelledAlike(String(l.given), String(r.given))) {
                            candidates.append((p, q))
                        }
                    }
                }
            }
        }
        // The article pairs that write a candidate's two spellings, in the order articles
        // (by centrality) and spellings (sorted) are read.
        var edges: [(x: Int, y: Int, key: String, other: String)] = []
        for (p, q) in candidates {
            for (key, other) in [(p, q), (q, p)] {
                for x in holders[key]! {
                    for y in holders[other]! where y > x { edges.append((x, y, key, other)) }
                }
            }
        }
        edges.sort { ($0.x, $0.y, $0.key, $0.other) < ($1.x, $1.y, $1.key, $1.other) }
        for (x, y, key, other) in edges {
            guard alignment.articles[order[x]].article.source != alignment.articles[order[y]].article.source else { continue }
            let left = found[x].names[key]!.name, right = found[y].names[other]!.name
            let sameGiven = left.given == right.given
                && !found[x].words.contains(right.surname) && !found[y].words.contains(left.surname)
            let sameSurname = left.surname == right.surname
                && found[x].names[other] == nil && found[y].names[key] == nil
                && !found[x].words.contains(right.given) && !found[y].words.contains(left.given)
            // One of the two at least is shown to be a person's name: places and firms spelled
            // alike (`Sacramento County`) are not compared.
            guard sameGiven || sameSurname, left.person || right.person else { continue }
            let i = id(key), j = id(other)
            let (ri, rj) = (root(i), root(j))
            if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
            if context[i] == nil {
                context[i] = sameGiven ? "surname of " + right.written.split(separator: " ")[0] : "given name of " + (right.written.split(separator: " ").last.map(String.init) ?? "")
            }
        }
        var conflicts: [Conflict] = []
        var members: [Int: [Int]] = [:]
        var rootOrder: [Int] = []
        for i in spellings.indices {
            let r = root(i)
            if members[r] == nil { rootOrder.append(r) }
            members[r, default: []].append(i)
        }
        for r in rootOrder {
            let list = members[r]!
            guard list.count > 1 else { continue }
            // Every article of the cluster that writes a spelling takes part.
            var claims: [Conflict.Claim] = []
            for i in list {
                var spans: [SourceSpan] = []
                var written = ""
                for (z, c) in order.enumerated() {
                    guard let entry = found[z].names[spellings[i]] else { continue }
                    if written.isEmpty { written = entry.name.written }
                    spans += entry.sentences.map { alignment.span(SentenceRef(article: c, sentence: $0)) }
                }
                claims.append(Conflict.Claim(value: written, sources: Array(Set(spans.map(\.source))).sorted(),
                                             provenance: [spans[0]] + spans.dropFirst().sorted(by: spanOrder)))
            }
            // One spelling per outlet: an outlet writing two is not a second account.
            let sources = claims.flatMap(\.sources)
            guard Set(sources).count == sources.count else { continue }
            let sorted = claims.enumerated().sorted { l, r in
                l.element.sources.count != r.element.sources.count ? l.element.sources.count > r.element.sources.count : l.offset < r.offset
            }.map(\.element)
            conflicts.append(Conflict(kind: .name, context: list.lazy.compactMap { context[$0] }.first ?? "name", claims: sorted))
        }
        return conflicts
    }
}
