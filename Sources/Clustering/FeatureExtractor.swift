package import StoryModel
internal import Similarity

/// Turns normalized articles into the compact features clustering works on.
///
/// A large run extracts features as articles are read and lets each article's text go, so
/// memory holds hashed shingles and terms, not sentences and words:
///
/// ```swift
/// let extractor = FeatureExtractor(configuration: configuration)
/// let features = articles.map { extractor.features(of: $0) }
/// let clusters = EventClusterer(configuration: configuration).cluster(features: features)
/// ```
package struct FeatureExtractor: Sendable {
    private let shingler: WordShingler
    private let hasher: OnePermutationHasher
    private let banding: LSHBanding
    /// Articles with fewer content terms (and a headline) keep full shingle hashes for the
    /// template-page check; 0 when that check is off.
    private let templateMaximumTerms: Int

    /// Creates an extractor for the clusterer configured by `configuration`.
    package init(configuration: ClusteringConfiguration) {
        shingler = WordShingler(size: configuration.shingleSize, seed: configuration.seed)
        hasher = OnePermutationHasher(count: configuration.signatureSize, seed: configuration.seed)
        banding = LSHBanding(signatureSize: configuration.signatureSize, bands: configuration.bands, seed: configuration.seed)
        templateMaximumTerms = configuration.templateMinimumArticles > 0 ? configuration.templateMaximumTerms : 0
    }

    /// The features of one article.
    package func features(of article: NormalizedArticle) -> ArticleFeatures {
        ArticleFeatures(article, shingler: shingler, hasher: hasher, banding: banding, templateMaximumTerms: templateMaximumTerms)
    }
}
