internal import StoryModel

/// Finds values that different outlets of one story state differently in sentences the aligner
/// did not fuse (`12 people were hurt` in one article's lead, `injured 14 people` deep in
/// another's), flagged only on strong evidence:
///
/// - **Same context, clearly.** Two statements are compared when their cue words overlap
///   (``ValueExtractor/cueSynonyms`` folds `hurt`, `wounded` and `injured` into one cue): for
///   counts, one shared cue saying what is counted (``countCues``: `injured`, `killed`,
///   `arrested`…) or two other shared cues; for dates and times three shared cues; a named
///   person's age needs only the person. Names in roles and ``looseUnits`` (`three weeks`,
///   `15 miles`, `two times`) are never compared across the cluster.
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

    /// Reports of one story published further apart than this (in days) are not compared.
    static let maximumDayGap = 30

    /// Whether a slot can be compared across sentences that were not fused: counts, amounts,
    /// ages, dates and times, but not names in roles (a story names several judges and chiefs)
    /// nor ``looseUnits``.
    static func comparable(_ slot: String) -> Bool {
        if slot.hasPrefix("name:") { return false }
        guard slot.hasPrefix("number:") else { return true }
        let unit = slot.dropFirst("number:".count).split(separator: "-").first.map(String.init) ?? ""
        return !looseUnits.contains(unit)
    }

    /// A value's comparable form inside one article: dates by day and month.
    static func key(_ value: ExtractedValue) -> String {
        value.kind == .date ? String(value.normalized.prefix(5)) : value.normalized
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
        if let v = a.verb, let w = b.verb, v != w { return false }
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
