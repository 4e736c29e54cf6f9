package import StoryModel

/// The clusterer's pair score over one corpus, built once and queried many times (for `diff`,
/// `--explain` and cluster tables).
///
/// `EventClusterer.similarity(_:_:corpus:)` answers one question and rebuilds the corpus
/// statistics each time; a scorer keeps them.
package struct EventScorer: Sendable {
    private let features: CorpusFeatures
    private let index: [String: Int]

    /// Builds term statistics, near-duplicate groups and vectors for a corpus.
    ///
    /// - Parameters:
    ///   - corpus: the articles; with repeated ids the first in id order wins.
    ///   - configuration: the clusterer's configuration.
    /// - Complexity: the feature extraction of `EventClusterer.cluster`, without the clustering.
    package init(corpus: [NormalizedArticle], configuration: ClusteringConfiguration = ClusteringConfiguration()) {
        let ordered = EventClusterer.canonicalOrder(corpus)
        features = CorpusFeatures(ordered, configuration: configuration)
        var index: [String: Int] = [:]
        for (position, article) in ordered.enumerated() where index[article.id] == nil {
            index[article.id] = position
        }
        self.index = index
    }

    /// The event similarity (0…1) of two articles of the corpus, as the clusterer scores it;
    /// `nil` when an id is not in the corpus.
    package func similarity(_ a: String, _ b: String) -> Double? {
        guard let x = index[a], let y = index[b] else { return nil }
        return x == y ? 1 : features.similarity(x, y)
    }

    /// The exact word-shingle Jaccard similarity of two articles (how much text they share);
    /// `nil` when an id is not in the corpus.
    package func shingleJaccard(_ a: String, _ b: String) -> Double? {
        guard let x = index[a], let y = index[b] else { return nil }
        return features.shingleJaccard(x, y)
    }
}
