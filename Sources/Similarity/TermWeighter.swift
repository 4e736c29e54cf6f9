package import StoryModel

/// Turns feature bags into L2-normalised tf-idf vectors: sublinear tf (1 + ln tf) × smoothed
/// idf × the feature's boost.
///
/// The idf is computed over the input corpus, blended with a prior so tiny corpora still get
/// sensible weights: the corpus is extended by `pseudoDocuments` imaginary documents in which
/// every term occurs at rate `priorDocumentRate`,
///
///     idf(t) = ln((N + P + 1) / (df(t) + P·q + 1)) + 1
///
/// With two documents a shared term is then weighted almost like an unshared one (two articles
/// about the same event are not penalised for agreeing); with thousands the prior vanishes and
/// this is the usual smoothed idf.
package struct TermWeighter: Sendable {
    /// P: imaginary documents added to the corpus.
    package var pseudoDocuments: Double
    /// q: the rate at which a term is assumed to occur in the imaginary documents.
    package var priorDocumentRate: Double

    /// Creates a weighter.
    package init(pseudoDocuments: Double = 8, priorDocumentRate: Double = 0.1) {
        self.pseudoDocuments = pseudoDocuments
        self.priorDocumentRate = priorDocumentRate
    }

    /// The idf of a term with document frequency `df` in a corpus of `n` documents.
    package func inverseDocumentFrequency(documentFrequency df: Int, documentCount n: Int) -> Double {
        let numerator = Double(n) + pseudoDocuments + 1
        let denominator = Double(df) + pseudoDocuments * priorDocumentRate + 1
        return logarithm(numerator / denominator) + 1
    }

    /// Weighs every document of a corpus.
    ///
    /// Repeated keys in one document are merged: counts add up, the largest boost wins.
    ///
    /// - Parameters:
    ///   - documents: one feature list per document.
    ///   - threads: how many threads merge and weigh documents; the result does not depend on it.
    /// - Returns: the dictionary, frequencies and one unit vector per document, in order.
    /// - Complexity: O(F log f) for F features in total, f per document.
    package func weigh(_ documents: consuming [[WeightedFeature]], threads: ThreadCount = .allCores) -> WeightedCorpus {
        var lists = consume documents
        lists.parallelUpdate(threads: threads, blockSize: 256) { _, features in features = Self.merge(features) }
        let n = lists.count
        var documentOffsets = [Int](repeating: 0, count: n + 1)
        for (index, features) in lists.enumerated() { documentOffsets[index + 1] = documentOffsets[index] + features.count }
        let offsets = documentOffsets, total = documentOffsets[n]

        // The lists move into three columns of one entry per feature, in document order: keys
        // (numbered in place, then the ids), counts, and boosts (scaled in place into the
        // weights). A range of documents' lists is let go as it is copied, so the columns'
        // pages are filled while the lists' pages go back to the system, and a million
        // documents hold 16 bytes a feature at most, never also a separate buffer of ids.
        var keys: [UInt64] = [], counts: [Int32] = [], values: [Float] = []
        keys.reserveCapacity(total)
        counts.reserveCapacity(total)
        values.reserveCapacity(total)
        for rangeStart in stride(from: 0, to: n, by: Self.documentsPerRelease) {
            let rangeEnd = min(rangeStart + Self.documentsPerRelease, n)
            for document in rangeStart..<rangeEnd {
                for feature in lists[document] {
                    keys.append(feature.key)
                    counts.append(Int32(feature.count))
                    values.append(Float(feature.boost))
                }
                lists[document] = []
            }
            if rangeEnd < n { FreedMemory.returnToSystem() }
        }
        _ = consume lists

        let numbered = TermDictionary.numbering(&keys, documentOffsets: offsets, threads: threads)
        let idf = numbered.documentFrequencies.map { inverseDocumentFrequency(documentFrequency: $0, documentCount: n) }
        // Each document's unit-length weights in place of its boosts.
        let (numberedKeys, featureCounts) = (keys, counts)
        values.withUnsafeMutableBufferPointer { buffer in
            let slots = SharedSlots(buffer.baseAddress)
            let blockSize = 1024
            _ = Array(stride(from: 0, to: n, by: blockSize)).parallelMap(threads: threads) { first -> Bool in
                // Each document's weights in double precision, computed once, then scaled.
                var weights: [Double] = []
                for document in first..<min(first + blockSize, n) {
                    let range = offsets[document]..<offsets[document + 1]
                    let target = slots.pointer! + range.lowerBound
                    weights.removeAll(keepingCapacity: true)
                    var sum = 0.0
                    for (offset, position) in range.enumerated() {
                        let tf = 1 + logarithm(Double(featureCounts[position]))
                        let weight = tf * idf[Int(numberedKeys[position])] * Double(target[offset])
                        weights.append(weight)
                        sum += weight * weight
                    }
                    // As `SparseVector.normalized()` scales: by the Euclidean length, in
                    // double precision, each weight rounded once.
                    let length = sum.squareRoot()
                    for (offset, weight) in weights.enumerated() {
                        target[offset] = Float(length > 0 ? weight / length : weight)
                    }
                }
                return true
            }
        }
        _ = consume featureCounts
        counts = []
        // Ids ascend with keys, and each document's features are sorted by key.
        let ids = numberedKeys.map { Int32(truncatingIfNeeded: $0) }
        _ = consume numberedKeys
        keys = []
        let weights = values
        let vectors = (0..<n).map { document in
            let range = offsets[document]..<offsets[document + 1]
            return SparseVector(ascendingIDs: ids[range], weights: weights[range])
        }
        return WeightedCorpus(
            dictionary: numbered.dictionary, documentFrequencies: numbered.documentFrequencies,
            inverseDocumentFrequencies: idf, vectors: vectors)
    }

    /// How many documents' feature lists are let go at once while they are copied into columns.
    static let documentsPerRelease = 65_536

    /// Sorts a document's features by key and merges repeated keys; features with no
    /// occurrences are dropped.
    private static func merge(_ features: [WeightedFeature]) -> [WeightedFeature] {
        // Features counted by the caller usually arrive sorted and unique: keep them as they are.
        if features.allSatisfy({ $0.count > 0 }), zip(features, features.dropFirst()).allSatisfy({ $0.key < $1.key }) {
            return features
        }
        var sorted = features.filter { $0.count > 0 }
        if !zip(sorted, sorted.dropFirst()).allSatisfy({ $0.key < $1.key }) {
            sorted.sort { $0.key < $1.key }
        }
        var result: [WeightedFeature] = []
        result.reserveCapacity(sorted.count)
        for feature in sorted {
            if result.last?.key == feature.key {
                result[result.count - 1].count += feature.count
                result[result.count - 1].boost = max(result[result.count - 1].boost, feature.boost)
            } else {
                result.append(feature)
            }
        }
        return result
    }
}

/// The natural logarithm without Foundation: range reduction to [1, 2) then an atanh series.
///
/// Accurate to about 1e-15 relative, deterministic on every platform.
package func logarithm(_ x: Double) -> Double {
    guard x > 0, x.isFinite else { return x == 0 ? -Double.infinity : Double.nan }
    let ln2 = 0.693_147_180_559_945_309_417_232
    let exponent = x.exponent
    let mantissa = x.significand  // in [1, 2)
    // ln(m) = 2·atanh((m−1)/(m+1)), |z| ≤ 1/3.
    let z = (mantissa - 1) / (mantissa + 1)
    let z2 = z * z
    var term = z
    var sum = 0.0
    var k = 1.0
    while k < 80 {
        sum += term / k
        term *= z2
        k += 2
        if term < 1e-20 { break }
    }
    return 2 * sum + Double(exponent) * ln2
}
