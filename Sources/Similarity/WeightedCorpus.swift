/// Term statistics and weighted, unit-length vectors for a set of documents.
package struct WeightedCorpus: Sendable {
    /// The dictionary of every feature key in the corpus.
    package var dictionary: TermDictionary
    /// Documents containing each term, indexed by term id.
    package var documentFrequencies: [Int]
    /// The inverse document frequency of each term, indexed by term id.
    package var inverseDocumentFrequencies: [Double]
    /// One L2-normalised vector per document, in input order.
    package var vectors: [SparseVector]

    /// Creates a corpus from its parts.
    package init(
        dictionary: TermDictionary, documentFrequencies: [Int], inverseDocumentFrequencies: [Double],
        vectors: [SparseVector]
    ) {
        self.dictionary = dictionary
        self.documentFrequencies = documentFrequencies
        self.inverseDocumentFrequencies = inverseDocumentFrequencies
        self.vectors = vectors
    }

    /// The number of documents.
    package var documentCount: Int { vectors.count }
}
