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
        let indexed = TermDictionary.indexing(lists, key: { $0.key }, threads: threads)
        let n = lists.count
        let idf = indexed.documentFrequencies.map { inverseDocumentFrequency(documentFrequency: $0, documentCount: n) }
        // Every document's unit-length weights in one buffer, in the layout of its ids (each
        // document's ids are a slice of one buffer too): a million documents' vectors are two
        // large buffers, not two small arrays each. The feature lists are let go a range of
        // documents at a time as their weights are written, so the weights' pages are filled
        // while the lists' pages go back to the system.
        let total = indexed.ids.last.map(\.endIndex) ?? 0
        let weights = [Float](unsafeUninitializedCapacity: total) { buffer, initialized in
            let slots = SharedSlots(buffer.baseAddress)
            for rangeStart in stride(from: 0, to: n, by: Self.documentsPerRelease) {
                let rangeEnd = min(rangeStart + Self.documentsPerRelease, n)
                let documents = Array(lists[rangeStart..<rangeEnd])
                for document in rangeStart..<rangeEnd { lists[document] = [] }
                let blockSize = 1024
                _ = Array(stride(from: rangeStart, to: rangeEnd, by: blockSize)).parallelMap(threads: threads) { first -> Bool in
                    // Each document's weights in double precision, computed once, then scaled.
                    var values: [Double] = []
                    for document in first..<min(first + blockSize, rangeEnd) {
                        let ids = indexed.ids[document]
                        let target = slots.pointer! + ids.startIndex
                        // Ids ascend with keys, and each document's features are sorted by key.
                        values.removeAll(keepingCapacity: true)
                        var sum = 0.0
                        for (offset, feature) in documents[document - rangeStart].enumerated() {
                            let value = (1 + logarithm(Double(feature.count))) * idf[Int(ids[ids.startIndex + offset])] * feature.boost
                            values.append(value)
                            sum += value * value
                        }
                        // As `SparseVector.normalized()` scales: by the Euclidean length, in
                        // double precision, each weight rounded once.
                        let length = sum.squareRoot()
                        for (offset, value) in values.enumerated() {
                            (target + offset).initialize(to: Float(length > 0 ? value / length : value))
                        }
                    }
                    return true
                }
                _ = consume documents
                if rangeEnd < n { FreedMemory.returnToSystem() }
            }
            initialized = total
        }
        let vectors = indexed.ids.map { ids in
            SparseVector(ascendingIDs: ids, weights: weights[ids.startIndex..<ids.endIndex])
        }
        return WeightedCorpus(
            dictionary: indexed.dictionary, documentFrequencies: indexed.documentFrequencies,
            inverseDocumentFrequencies: idf, vectors: vectors)
    }

    /// How many documents' feature lists are let go at once while the weights are written.
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
