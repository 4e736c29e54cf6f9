package import StoryModel
internal import Foundation

/// Renders why two articles were or were not put in the same event, for a terminal.
package enum PairExplanationRenderer {
    /// The explanation as plain text: the verdict, the score against the threshold, dates,
    /// shared text, and the shared terms and names that weigh most.
    package static func render(_ explanation: PairExplanation) -> String {
        func f(_ value: Double) -> String { String(format: "%.3f", value) }
        func line(_ label: String, _ article: ArticleSummary) -> String {
            "\(label): \(article.id) — \(article.source) — \(article.displayTitle) (\(article.date?.description ?? "undated"))"
        }
        var lines = [line("A", explanation.a), line("B", explanation.b), ""]
        let verdict: String
        if explanation.sameEvent {
            verdict = explanation.nearDuplicates
                ? "same event (\(explanation.events[0])): near-duplicates, which always share an event"
                : "same event (\(explanation.events[0]))"
        } else {
            verdict = "different events (\(explanation.events.joined(separator: " and ")))"
        }
        lines.append("Verdict: \(verdict)")
        let comparison = explanation.score >= explanation.threshold ? "≥" : "<"
        lines.append("Score: \(f(explanation.score)) \(comparison) threshold \(f(explanation.threshold)) (events join when the average score between their articles reaches it)")
        let faded = explanation.dateFactor > explanation.dateDecay
            ? ", decay \(f(explanation.dateDecay)) faded: a match this strong is a follow-up more than a look-alike" : ""
        lines.append("  term/name cosine \(f(explanation.cosine)) × date factor \(f(explanation.dateFactor))"
            + (explanation.daysApart.map { " (\($0) days apart\(faded))" } ?? " (a date is unknown)")
            + explanation.adjustments.map { " × \(f($0.factor)) for \($0.reason)" }.joined())
        lines.append("Shared text: word-shingle Jaccard \(f(explanation.shingleJaccard))" + (explanation.nearDuplicates ? " — near-duplicates" : ""))
        let names = explanation.sharedTerms.filter(\.isName)
        let terms = explanation.sharedTerms.filter { !$0.isName }
        lines.append("Shared names: " + (names.isEmpty ? "none" : names.map { "\($0.term) (\(f($0.contribution)))" }.joined(separator: ", ")))
        lines.append("Shared terms: " + (terms.isEmpty ? "none" : terms.map { "\($0.term) (\(f($0.contribution)))" }.joined(separator: ", ")))
        return lines.joined(separator: "\n") + "\n"
    }
}
