/// One article of a generated corpus: an original or a wire copy of one.
package struct GeneratedArticle: Sendable, Hashable {
    /// The file name, unique in the corpus (`a0000042.txt`).
    package var name: String
    /// The wire-copy group: the original and all its copies share it.
    package var group: Int
    /// Whether this is the group's original.
    package var isOriginal: Bool
    /// The outlet that published it.
    package var outlet: String
    /// The headline.
    package var title: String
    /// The body paragraphs.
    package var paragraphs: [String]

    /// The file text: headline, blank line, paragraphs separated by blank lines, final newline.
    package var text: String {
        title + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }
}
