/// An inverted index over each document's top-weighted terms, for candidate generation.
///
/// Each document contributes its `topTerms` heaviest terms; terms whose posting lists grow
/// longer than `maxPostings` are dropped as too common to tell events apart. Documents that
/// share a posting list become candidate pairs.
package struct InvertedIndex: Sendable {
    /// Posting lists: `(termID, documents ascending)`, by ascending term id.
    package private(set) var postings: [(term: Int32, documents: [Int])]

    /// Builds the index.
    ///
    /// - Parameters:
    ///   - vectors: one weighted vector per document.
    ///   - topTerms: terms kept per document (heaviest first, ties by smaller id).
    ///   - maxPostings: posting lists longer than this are dropped.
    /// - Complexity: O(N·(t log t) + P log P) for N documents, t terms each, P postings.
    package init(vectors: [SparseVector], topTerms: Int, maxPostings: Int) {
        var entries: [(term: Int32, document: Int)] = []
        for (document, vector) in vectors.enumerated() {
            let order = vector.ids.indices.sorted { a, b in
                vector.weights[a] != vector.weights[b] ? vector.weights[a] > vector.weights[b] : vector.ids[a] < vector.ids[b]
            }
            for index in order.prefix(max(0, topTerms)) {
                entries.append((vector.ids[index], document))
            }
        }
        entries.sort { ($0.term, $0.document) < ($1.term, $1.document) }
        var postings: [(term: Int32, documents: [Int])] = []
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end].term == entries[start].term { end += 1 }
            if end - start <= maxPostings {
                postings.append((entries[start].term, entries[start..<end].map(\.document)))
            }
            start = end
        }
        self.postings = postings
    }

    /// Pairs of documents sharing at least one indexed term, sorted and unique.
    ///
    /// - Complexity: O(Σ |posting|² ) before deduplication.
    package func candidatePairs() -> [CandidatePair] {
        var pairs: [CandidatePair] = []
        for posting in postings where posting.documents.count > 1 {
            let documents = posting.documents
            for i in 0..<(documents.count - 1) {
                for j in (i + 1)..<documents.count {
                    pairs.append(CandidatePair(documents[i], documents[j]))
                }
            }
        }
        return CandidatePair.normalized(pairs)
    }
}
