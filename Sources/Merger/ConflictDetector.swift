internal import StoryModel

/// Finds numbers, dates and times that differ between sentences fused as the same fact.
///
/// Only sentences of one fused group are compared, and only values of the same slot (same kind
/// and, for numbers, the same noun or unit after them: `5 injured` vs `7 injured`, never
/// `5 injured` vs `7 arrested`). A sentence stating two values of one slot is ambiguous and
/// left out of that slot. Values are compared normalised (`five` = `5`, `Feb. 6` = `February 6`,
/// `$1.2 million` = `$1,200,000`); a date with a year and one without agree when day and month do.
/// Sentences with fewer than three content terms besides values (datelines, bylines) are not
/// compared: publication stamps of different outlets differ without disagreeing.
/// A conflict needs two or more articles and two or more distinct values.
enum ConflictDetector {
    /// The conflicts inside one fused group.
    ///
    /// - Parameters:
    ///   - group: the fused sentences.
    ///   - alignment: their alignment (for centrality and spans).
    /// - Returns: conflicts in slot order of the most central sentence.
    static func conflicts(in group: [SentenceRef], alignment: SentenceAlignment) -> [Conflict] {
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
        var conflicts: [Conflict] = []
        for slot in slotOrder {
            let entries = slots[slot]!
            guard Set(entries.map(\.0.article)).count > 1 else { continue }
            // Dates: drop the year when not every entry states one.
            let everyYear = entries.allSatisfy { $0.1.normalized.contains("#") }
            func key(_ value: ExtractedValue) -> String {
                if value.kind == .date, !everyYear { return String(value.normalized.prefix(5)) }
                return value.normalized
            }
            var claimOrder: [String] = []
            var claims: [String: [(SentenceRef, ExtractedValue)]] = [:]
            for entry in entries {
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
            conflicts.append(Conflict(kind: first.kind, context: first.context.isEmpty ? first.kind.rawValue : first.context, claims: sortedClaims))
        }
        return conflicts
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
