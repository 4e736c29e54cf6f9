internal import Foundation

/// A clustering run scored against gold labels, with the mistakes a person should look at.
public struct Evaluation: Sendable, Hashable, Codable {
    /// A predicted cluster that joins articles of different gold events.
    public struct Merge: Sendable, Hashable, Codable {
        /// The predicted cluster's id.
        public var cluster: String
        /// Gold label → the member titles (or ids) carrying it.
        public var parts: [String: [String]]
        /// Pairs of articles wrongly put together.
        public var wrongPairs: Int
    }

    /// A gold event cut across several predicted clusters.
    public struct Split: Sendable, Hashable, Codable {
        /// The gold label.
        public var label: String
        /// Predicted cluster id → the member titles (or ids) in it.
        public var parts: [String: [String]]
        /// Pairs of articles wrongly kept apart.
        public var missedPairs: Int
    }

    /// The scores.
    public var scores: ClusterScores
    /// The worst merges, most wrong pairs first.
    public var merges: [Merge]
    /// The worst splits, most missed pairs first.
    public var splits: [Split]
    /// Items of files skipped as byte-identical copies, scored in their originals' clusters.
    public var duplicatesScored: Int

    /// Reads a labels file: a header line, then `file<TAB>cluster_id[<TAB>…]` lines.
    ///
    /// - Returns: file name (without folders) → gold label.
    /// - Throws: an error naming the file and the line when it cannot be read or parsed.
    public static func readLabels(_ path: String) throws -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError(message: "\(path): cannot read the labels file; check the path")
        }
        var labels: [String: String] = [:]
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw EvaluationError(message: "\(path):\(number + 1): expected 'file<TAB>cluster_id', got '\(line.prefix(80))'")
            }
            labels[(String(fields[0]) as NSString).lastPathComponent] = String(fields[1])
        }
        guard !labels.isEmpty else { throw EvaluationError(message: "\(path): no labels after the header line") }
        return labels
    }

    /// Scores a run's clusters against gold labels (matched by file name, as `score_clusters.py` does).
    ///
    /// - Parameters:
    ///   - report: the clustering run.
    ///   - labels: file name → gold label.
    ///   - worst: how many merges and splits to keep.
    public init(report: RunReport, labels: [String: String], worst: Int = 10) {
        let titles = Dictionary(uniqueKeysWithValues: report.articles.map { ($0.id, $0.displayTitle) })
        let name = Self.fileName
        let predicted = Self.predictedFiles(report)
        scores = ClusterScores(predicted: predicted, gold: labels)
        duplicatesScored = predicted.reduce(0) { $0 + $1.count } - report.clusters.reduce(0) { $0 + $1.articleIDs.count }
        func pairs(_ count: Int) -> Int { count * (count - 1) / 2 }

        var merges: [Merge] = []
        var goldParts: [String: [String: [String]]] = [:]
        for cluster in report.clusters {
            var parts: [String: [String]] = [:]
            for id in cluster.articleIDs {
                guard let label = labels[name(id)] else { continue }
                parts[label, default: []].append(titles[id] ?? id)
                goldParts[label, default: [:]][cluster.id, default: []].append(titles[id] ?? id)
            }
            if parts.count > 1 {
                let total = parts.values.reduce(0) { $0 + $1.count }
                let wrong = pairs(total) - parts.values.reduce(0) { $0 + pairs($1.count) }
                merges.append(Merge(cluster: cluster.id, parts: parts, wrongPairs: wrong))
            }
        }
        var splits: [Split] = []
        for (label, parts) in goldParts where parts.count > 1 {
            let total = parts.values.reduce(0) { $0 + $1.count }
            let missed = pairs(total) - parts.values.reduce(0) { $0 + pairs($1.count) }
            splits.append(Split(label: label, parts: parts, missedPairs: missed))
        }
        self.merges = Array(merges.sorted { ($0.wrongPairs, $1.cluster) > ($1.wrongPairs, $0.cluster) }.prefix(worst))
        self.splits = Array(splits.sorted { ($0.missedPairs, $1.label) > ($1.missedPairs, $0.label) }.prefix(worst))
    }

    /// Each cluster's members as file names without folders (with `#N` for items of
    /// multi-article files), and each input skipped as a duplicate in the clusters of the input
    /// with its bytes: the same article, under another name, belongs to the same events. These
    /// are the lists scored, and what `--predictions` writes for `score_clusters.py`.
    public static func predictedFiles(_ report: RunReport) -> [[String]] {
        let name = fileName
        var predicted = report.clusters.map { $0.articleIDs.map(name) }
        var clusterOf: [String: Int] = [:]
        for (index, cluster) in report.clusters.enumerated() { for id in cluster.articleIDs { clusterOf[id] = index } }
        let records = Dictionary(report.inputs.map { ($0.path, $0) }) { first, _ in first }
        for input in report.inputs {
            guard let original = input.duplicateOf, let source = records[original] else { continue }
            for id in source.articleIDs where id.hasPrefix(original) {
                // "orig.rss#2" stands for "copy.rss#2"; a one-article file's id is its path.
                guard let cluster = clusterOf[id] else { continue }
                predicted[cluster].append(name(input.path + id.dropFirst(original.count)))
            }
        }
        return predicted
    }

    /// An article id or path without its folders, as labels name files ("a.rss#2").
    private static func fileName(_ id: String) -> String { (id as NSString).lastPathComponent }

    /// A plain-text summary: the scores, then the worst merges and splits with titles.
    public var summary: String {
        func f(_ value: Double) -> String { String(format: "%.3f", value) }
        var lines = [
            "items scored: \(scores.items)"
                + (duplicatesScored > 0 ? " (\(duplicatesScored) from duplicate files, scored in their originals’ clusters)" : ""),
            "bcubed   P=\(f(scores.bcubedPrecision)) R=\(f(scores.bcubedRecall)) F1=\(f(scores.bcubedF1))",
            "pairwise P=\(f(scores.pairwisePrecision)) R=\(f(scores.pairwiseRecall)) F1=\(f(scores.pairwiseF1))",
        ]
        // One section per kind of mistake: a heading, then each mistake and its parts' titles.
        func section(_ heading: String, _ entries: [(name: String, count: String, parts: [String: [String]])], _ label: (String) -> String) {
            guard !entries.isEmpty else { return }
            lines += ["", heading]
            for entry in entries {
                lines.append("  \(entry.name): \(entry.count)")
                for (key, members) in entry.parts.sorted(by: { $0.key < $1.key }) {
                    let more = members.count > 3 ? " (+\(members.count - 3))" : ""
                    lines.append("    \(label(key)) " + members.prefix(3).joined(separator: " | ") + more)
                }
            }
        }
        section("Worst merges (one predicted cluster, several gold events):",
                merges.map { ($0.cluster, "\($0.wrongPairs) wrong pairs", $0.parts) }) { "[\($0)]" }
        section("Worst splits (one gold event, several predicted clusters):",
                splits.map { ($0.label, "\($0.missedPairs) missed pairs", $0.parts) }) { "\($0):" }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A labels file could not be read.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, naming the file.
    public var message: String
    /// The message.
    public var description: String { message }
}
