package import StoryModel

/// Loads discovered files into articles, recording every file's fate.
package struct InputLoader: Sendable {
    /// What loading produced.
    package struct Result: Sendable, Hashable {
        /// The articles read, sorted by id.
        package var articles: [Article]
        /// One record per file, sorted by path.
        package var records: [InputRecord]

        /// Creates a result.
        package init(articles: [Article], records: [InputRecord]) {
            self.articles = articles
            self.records = records
        }
    }

    /// The largest file read, in bytes.
    package var maxFileSize: Int

    /// Creates a loader.
    package init(maxFileSize: Int = 64 << 20) {
        self.maxFileSize = maxFileSize
    }

    /// Loads every file; a file that cannot be read is recorded as skipped, never thrown.
    package func load(_ files: [InputFile]) -> Result {
        Result(articles: [], records: [])
    }
}
