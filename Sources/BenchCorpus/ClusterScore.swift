/// BCubed and pairwise precision, recall and F1 of predicted clusters against gold labels, the
/// same metric as `score_clusters.py` (items missing from the prediction count as singletons).
package struct ClusterScore: Sendable, CustomStringConvertible {
    /// BCubed precision, recall, F1.
    package var bcubed: (precision: Double, recall: Double, f1: Double) { (bP, bR, bF) }
    /// Pairwise precision, recall, F1.
    package var pairwise: (precision: Double, recall: Double, f1: Double) { (pP, pR, pF) }
    private var bP = 0.0, bR = 0.0, bF = 0.0, pP = 0.0, pR = 0.0, pF = 0.0

    /// Scores `predicted` (lists of item names) against `gold` (name → label).
    package init(gold: [String: Int], predicted: [[String]]) {
        var label: [String: Int] = [:]
        for (index, cluster) in predicted.enumerated() {
            for name in cluster where gold[name] != nil { label[name] = index }
        }
        var next = predicted.count
        let names = gold.keys.sorted()
        for name in names where label[name] == nil {
            label[name] = next
            next += 1
        }
        var goldSize: [Int: Int] = [:], predictedSize: [Int: Int] = [:], joint: [Int64: Int] = [:]
        for name in names {
            let g = gold[name]!, p = label[name]!
            goldSize[g, default: 0] += 1
            predictedSize[p, default: 0] += 1
            joint[Int64(p) << 32 | Int64(g), default: 0] += 1
        }
        var precision = 0.0, recall = 0.0
        for name in names {
            let g = gold[name]!, p = label[name]!
            let both = Double(joint[Int64(p) << 32 | Int64(g)]!)
            precision += both / Double(predictedSize[p]!)
            recall += both / Double(goldSize[g]!)
        }
        let n = Double(max(1, names.count))
        bP = precision / n
        bR = recall / n
        bF = bP + bR > 0 ? 2 * bP * bR / (bP + bR) : 0
        func pairs(_ c: Int) -> Double { Double(c) * Double(c - 1) / 2 }
        let truePairs = joint.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = predictedSize.values.reduce(0) { $0 + pairs($1) }
        let goldPairs = goldSize.values.reduce(0) { $0 + pairs($1) }
        pP = predictedPairs > 0 ? truePairs / predictedPairs : 1
        pR = goldPairs > 0 ? truePairs / goldPairs : 1
        pF = pP + pR > 0 ? 2 * pP * pR / (pP + pR) : 0
    }

    /// `bcubed P=… R=… F1=… | pairwise P=… R=… F1=…`, three decimals.
    package var description: String {
        "bcubed P=\(Self.f3(bP)) R=\(Self.f3(bR)) F1=\(Self.f3(bF)) | pairwise P=\(Self.f3(pP)) R=\(Self.f3(pR)) F1=\(Self.f3(pF))"
    }

    /// Formats with three decimals.
    package static func f3(_ x: Double) -> String {
        let scaled = Int((x * 1000).rounded())
        let fraction = String(scaled % 1000)
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
