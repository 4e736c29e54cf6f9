

/// BCubed and pairwise precision, recall and F1 of predicted clusters against gold labels.
///
/// Items are matched by name; gold items missing from the prediction count as singletons,
/// predicted items without a gold label are ignored (the convention of `score_clusters.py`).
public struct ClusterScores: Sendable, Hashable, Codable {
    /// BCubed precision: for each item, the share of its predicted cluster that shares its gold label.
    public var bcubedPrecision: Double
    /// BCubed recall: for each item, the share of its gold cluster found in its predicted cluster.
    public var bcubedRecall: Double
    /// Harmonic mean of BCubed precision and recall.
    public var bcubedF1: Double
    /// Share of predicted same-cluster pairs that are gold same-cluster pairs.
    public var pairwisePrecision: Double
    /// Share of gold same-cluster pairs that are predicted together.
    public var pairwiseRecall: Double
    /// Harmonic mean of pairwise precision and recall.
    public var pairwiseF1: Double
    /// The number of gold-labelled items scored.
    public var items: Int

    /// Scores a prediction.
    ///
    /// - Parameters:
    ///   - predicted: clusters as lists of item names.
    ///   - gold: item name → gold cluster label.
    /// - Complexity: O(n) in the number of items.
    public init(predicted: [[String]], gold: [String: String]) {
        var predictedLabel: [String: Int] = [:]
        for (index, cluster) in predicted.enumerated() {
            for item in cluster { predictedLabel[item] = index }
        }
        var next = predicted.count
        var goldMembers: [String: Int] = [:]
        var predictedMembers: [Int: Int] = [:]
        var both: [PairKey: Int] = [:]
        let items = gold.keys.sorted()
        var labels: [(Int, String)] = []
        for item in items {
            let label: Int
            if let known = predictedLabel[item] { label = known } else { label = next; next += 1 }
            let goldLabel = gold[item]!
            labels.append((label, goldLabel))
            goldMembers[goldLabel, default: 0] += 1
            predictedMembers[label, default: 0] += 1
            both[PairKey(predicted: label, gold: goldLabel), default: 0] += 1
        }
        var precision = 0.0, recall = 0.0
        for (label, goldLabel) in labels {
            let overlap = Double(both[PairKey(predicted: label, gold: goldLabel)]!)
            precision += overlap / Double(predictedMembers[label]!)
            recall += overlap / Double(goldMembers[goldLabel]!)
        }
        let n = Double(max(labels.count, 1))
        bcubedPrecision = precision / n
        bcubedRecall = recall / n
        bcubedF1 = Self.f1(bcubedPrecision, bcubedRecall)
        func pairs(_ count: Int) -> Double { Double(count) * Double(count - 1) / 2 }
        let truePairs = both.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = predictedMembers.values.reduce(0) { $0 + pairs($1) }
        let goldPairs = goldMembers.values.reduce(0) { $0 + pairs($1) }
        pairwisePrecision = predictedPairs > 0 ? truePairs / predictedPairs : 1
        pairwiseRecall = goldPairs > 0 ? truePairs / goldPairs : 1
        pairwiseF1 = Self.f1(pairwisePrecision, pairwiseRecall)
        self.items = labels.count
    }

    private static func f1(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }

    private struct PairKey: Hashable {
        var predicted: Int
        var gold: String
    }
}
