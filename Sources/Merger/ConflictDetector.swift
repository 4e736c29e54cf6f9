internal import StoryModel

/// Finds numbers, dates, times and names that differ between sentences fused as the same fact.
///
/// Names are compared only in roles one person holds (`Kremlin spokesman Dmitry Peskov` vs
/// `Kremlin spokesman Sergei Ivanov`): two full names for the same role in the same fact.
///
/// Only sentences of one fused group are compared, and only values of the same slot (same kind
/// and, for numbers, the same noun or unit after them: `5 injured` vs `7 injured`, never
/// `5 injured` vs `7 arrested`). A sentence stating two values of one slot is ambiguous and
/// left out of that slot. Values are compared normalised (`five` = `5`, `Feb. 6` = `February 6`,
/// `$1.2 million` = `$1,200,000`); a date with a year and one without agree when day and month do.
/// Sentences with fewer than three content terms besides values (datelines, bylines) are not
/// compared: publication stamps of different outlets differ without disagreeing.
/// Two values of a slot are played against each other only when their cue words overlap (the
/// words around them: `killing 10 people` vs `killing at least three people`, not `killed six
/// people` vs `23,000 people live`) and no hedge reconciles them (`about 4 a.m.` vs `4:15 a.m.`).
/// A conflict needs two or more articles and two or more distinct values.
///
/// ``conflicts(alignment:order:)`` adds, after the groups' conflicts, those
/// ``ClusterConflictDetector`` finds across the cluster in sentences that were not fused, for
/// slots no group reported, then people's names two outlets spell differently
/// (``ClusterConflictDetector/nameConflicts(alignment:)``).
enum ConflictDetector {
    /// The conflicts inside one fused group.
    ///
    /// - Parameters:
    ///   - group: the fused sentences.
    ///   - alignment: their alignment (for centrality and spans).
    /// - Returns: conflicts in slot order of the most central sentence.
    static func conflicts(in group: [SentenceRef], alignment: SentenceAlignment) -> [Conflict] {
        slotConflicts(in: group, alignment: alignment).map(\.conflict)
    }

    /// The conflicts of a whole story: those inside each fused group, in `order`, then those
    /// across the cluster (``ClusterConflictDetector``) for slots no group reported.
    ///
    /// - Parameters:
    ///   - alignment: the story's alignment.
    ///   - order: the fused groups in reading order.
    /// - Returns: the conflicts, group ones first.
    static func conflicts(alignment: SentenceAlignment, order: [Int]) -> [Conflict] {
        let inGroups = order.flatMap { slotConflicts(in: alignment.groups[$0], alignment: alignment) }
        let across = ClusterConflictDetector.conflicts(alignment: alignment, excluding: Set(inGroups.map(\.slot)))
        return inGroups.map(\.conflict) + across + ClusterConflictDetector.nameConflicts(alignment: alignment)
    }

    /// The conflicts inside one fused group, each with its slot.
    static func slotConflicts(in group: [SentenceRef], alignment: SentenceAlignment) -> [(slot: String, conflict: Conflict)] {
        guard group.count > 1 else { return [] }
        let members = group.sorted { l, r in
            let rl = alignment.centralRank[l.article], rr = alignment.centralRank[r.article]
            return rl != rr ? rl < rr : l < r
        }
        // slot → [(sentence, value)], in member order; slots in order of first appearance.
        var slots: [String: [(SentenceRef, ExtractedValue)]] = [:]
        var slotOrder: [String] = []
        for ref in members {
            let sentence = alignment.articles[ref.article].sentences[ref.sentence]
            guard isStatement(sentence) else { continue }
            let text = sentence.text
            let values = ValueExtractor.values(in: text)
            var counts: [String: Int] = [:]
            for value in values { counts[value.slot, default: 0] += 1 }
            for value in values where counts[value.slot] == 1 {
                if slots[value.slot] == nil { slotOrder.append(value.slot) }
                slots[value.slot, default: []].append((ref, value))
            }
        }
        var conflicts: [(slot: String, conflict: Conflict)] = []
        for slot in slotOrder {
            let entries = slots[slot]!
            guard Set(entries.map(\.0.article)).count > 1 else { continue }
            // Dates: drop the year when not every entry states one.
            let everyYear = entries.allSatisfy { $0.1.normalized.contains("#") }
            func key(_ value: ExtractedValue) -> String {
                if value.slot == "date", !everyYear { return String(value.normalized.prefix(5)) }
                return value.normalized
            }
            // Two entries disagree when they come from different articles, their cues overlap
            // (they are about the same thing), and their values differ beyond a hedge.
            var disagreeing: Set<Int> = []
            for l in entries.indices {
                for r in entries.indices where r > l && entries[l].0.article != entries[r].0.article {
                    let a = entries[l].1, b = entries[r].1
                    guard key(a) != key(b), !a.cues.isDisjoint(with: b.cues), !agree(a, b) else { continue }
                    // `killed three` and `one wounded` count different tallies.
                    if !a.namedPerson, let v = a.verb, let w = b.verb, v != w { continue }
                    disagreeing.insert(l)
                    disagreeing.insert(r)
                }
            }
            guard !disagreeing.isEmpty else { continue }
            let disagreeingKeys = Set(disagreeing.map { key(entries[$0].1) })
            var claimOrder: [String] = []
            var claims: [String: [(SentenceRef, ExtractedValue)]] = [:]
            for entry in entries where disagreeingKeys.contains(key(entry.1)) {
                let k = key(entry.1)
                if claims[k] == nil { claimOrder.append(k) }
                claims[k, default: []].append(entry)
            }
            guard claimOrder.count > 1 else { continue }
            let built: [Conflict.Claim] = claimOrder.map { k in
                let list = claims[k]!
                let spans = list.map { alignment.span($0.0) }
                let sources = Array(Set(spans.map(\.source))).sorted()
                return Conflict.Claim(value: list[0].1.written, sources: sources, provenance: [spans[0]] + spans.dropFirst().sorted(by: spanOrder))
            }
            let sortedClaims = built.enumerated().sorted { l, r in
                if l.element.sources.count != r.element.sources.count { return l.element.sources.count > r.element.sources.count }
                return l.offset < r.offset
            }.map(\.element)
            let first = entries[0].1
            conflicts.append((slot, Conflict(kind: first.kind, context: first.context.isEmpty ? first.kind.rawValue : first.context, claims: sortedClaims)))
        }
        return conflicts
    }

    /// Whether two values of one slot, stated by different articles, disagree: different values,
    /// overlapping cues, and no hedge reconciling them.
    static func disagree(_ a: ExtractedValue, _ b: ExtractedValue) -> Bool {
        guard a.slot == b.slot, a.normalized != b.normalized else { return false }
        if a.slot == "date", a.normalized.prefix(5) == b.normalized.prefix(5) { return false }
        if !a.namedPerson, let v = a.verb, let w = b.verb, v != w { return false }
        return !a.cues.isDisjoint(with: b.cues) && !agree(a, b)
    }

    /// Whether two differing values still agree because one is hedged: `about` numbers within a
    /// quarter of each other and hedged times within 20 minutes; `at least 7` with 20; `up to
    /// 120` with 100; a time without a.m./p.m. with the same time in either half of the day.
    ///
    /// Counts one apart agree when only one sentence says whom it includes (`including the
    /// shooter`, `himself`). Ages agree too when they are of two people (given names differ: `Antoine Smelley, 32`,
    /// `Cleveland Smelley, 30`; or one is more than ``ClusterConflictDetector/maximumAgeRatio``
    /// times the other: `Hoffman, 49` and `5-year-old Hoffman`), or differ by at most two years in sentences of different stages
    /// of a case (`charged` at 26, `pleaded guilty` at 27).
    static func agree(_ a: ExtractedValue, _ b: ExtractedValue) -> Bool {
        switch a.kind {
        case .number:
            guard let x = Double(a.normalized), let y = Double(b.normalized) else { return false }
            // One count names who it includes (`seven dead, including the shooter`) and the other
            // does not (`killed six before taking his own life`): one apart is the same tally.
            if a.inclusive != b.inclusive || a.perpetrator != b.perpetrator, abs(x - y) == 1 { return true }
            if a.namedPerson, b.namedPerson {
                // Ages far apart are of two people of one surname (a parent and a child).
                if max(x, y) > ClusterConflictDetector.maximumAgeRatio * min(x, y) { return true }
                if let g = a.givenName, let h = b.givenName, g != h { return true }
                if abs(x - y) <= 2, a.stages != b.stages { return true }
            }
            return within(x, a.hedge, y) || within(y, b.hedge, x)
        case .time:
            func minutes(_ v: String) -> Int? {
                let parts = v.split(separator: ":")
                guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
                return h * 60 + m
            }
            guard var x = minutes(a.normalized), var y = minutes(b.normalized) else { return false }
            // `10:30` without a.m./p.m. is either half of the day.
            func hasMeridiem(_ v: ExtractedValue) -> Bool { v.written.lowercased().contains("m") }
            if !hasMeridiem(a) || !hasMeridiem(b) { x %= 720; y %= 720 }
            if x == y { return true }
            func fits(_ v: Int, _ hedge: Hedge, _ other: Int) -> Bool {
                switch hedge {
                case .exact: return false
                case .approximate: return abs(v - other) <= 20
                case .atLeast: return other >= v && other - v <= 60
                case .atMost: return other <= v && v - other <= 60
                }
            }
            return fits(x, a.hedge, y) || fits(y, b.hedge, x)
        case .date:
            guard a.slot == "weekday" else { return false }
            // `since Friday`, `until Monday`: a bound, not the day.
            if a.hedge != .exact || b.hedge != .exact { return true }
            guard let x = ValueExtractor.weekdayNames.firstIndex(of: a.normalized),
                  let y = ValueExtractor.weekdayNames.firstIndex(of: b.normalized) else { return false }
            // `late Friday` and `early Saturday` can be one night.
            let gap = (x - y + 7) % 7
            return (gap == 1 || gap == 6) && (a.nearMidnight || b.nearMidnight)
        case .name:
            // `Peskov` and `Dmitry Peskov`, `Dmitry S. Peskov`: one name's words within the other's.
            let x = Set(ValueExtractor.foldApostrophes(a.written.lowercased()).split(separator: " "))
            let y = Set(ValueExtractor.foldApostrophes(b.written.lowercased()).split(separator: " "))
            return x.isSubset(of: y) || y.isSubset(of: x)
        }
    }

    /// Whether `other` is consistent with `value` stated with `hedge`.
    static func within(_ value: Double, _ hedge: Hedge, _ other: Double) -> Bool {
        switch hedge {
        case .exact: return false
        case .approximate: return abs(value - other) <= 0.25 * max(abs(value), abs(other))
        case .atLeast: return other >= value
        case .atMost: return other <= value
        }
    }

    /// Content terms a sentence needs besides numbers and month names to state a fact whose
    /// values can be compared; datelines (`May 3, 2013 | 8:20 am`) and bylines have fewer.
    static let minimumStatementTerms = 3

    /// Whether a sentence says something beyond a date or a number.
    static func isStatement(_ sentence: Sentence) -> Bool {
        let words = Set(sentence.terms.filter { term in
            !term.isEmpty && !term.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "," || $0 == "." || $0 == ":" }
                && ValueExtractor.months[term] == nil && !ValueExtractor.weekdays.contains(term)
                && term != "am" && term != "pm"
        })
        return words.count >= minimumStatementTerms
    }
}
