internal import StoryModel

/// The entry points the fuzzers drive: each takes arbitrary bytes and must return (never trap,
/// never hang) whatever the bytes are.
///
/// `storymerge-fuzz` selects one by name (`STORYMERGE_FUZZ_TARGET`); the regression tests replay
/// the kept inputs of `Tests/FuzzCorpus/<name>/` through the same function.
package enum FuzzTarget: String, Sendable, CaseIterable {
    /// `HTMLExtractor.extract`: libxml2's HTML parser, the tree copy, content finding, metadata.
    case html
    /// `FeedParser.parse` and the feed-to-article step: RSS, Atom, entity refusal.
    case feed
    /// `JSONLinesLoader.load` after `TextDecoding.decode`.
    case jsonLines = "jsonl"
    /// `InputContainer.open` (gzip, WARC) and every page in a WARC file.
    case warc
    /// `SentenceSplitter.split` over the whole text and over every paragraph.
    case sentences
    /// `PlainTextLoader.load`: the header lines (title, outlet, byline, date) and paragraphs.
    case plainText = "text"

    /// Runs the target over `bytes`; any failure the loaders report is a normal outcome.
    ///
    /// - Returns: how many items (articles, sentences, responses) the input produced, so the
    ///   work cannot be optimized away.
    @discardableResult
    package func run(_ bytes: [UInt8]) -> Int {
        let file = InputFile(path: "fuzz-input", format: .text)
        switch self {
        case .html:
            guard let page = try? HTMLExtractor.extract(bytes) else { return 0 }
            return page.paragraphs.count
        case .feed:
            guard let feed = try? FeedParser.parse(bytes) else { return 0 }
            return feed.items.reduce(0) { $0 + $1.paragraphs.count }
        case .jsonLines:
            guard let text = try? TextDecoding.decode(bytes) else { return 0 }
            let output = JSONLinesLoader.load(text, file: InputFile(path: "fuzz-input", format: .jsonLines))
            return output.articles.count + output.skipped.count
        case .warc:
            guard let container = try? InputContainer.open(bytes, maxFileSize: 1 << 20) else { return 0 }
            var count = container.bytes.count
            for response in container.responses where response.skip == nil {
                if let page = try? WARCPage.extract(response) { count += page.paragraphs.count }
            }
            return count
        case .sentences:
            var count = SentenceSplitter.split(bytes, in: 0..<bytes.count).count
            guard let text = try? TextDecoding.decode(bytes) else { return count }
            for paragraph in PlainTextLoader.paragraphs(of: text) {
                let utf8 = Array(paragraph.utf8)
                count += SentenceSplitter.split(utf8, in: 0..<utf8.count).count
            }
            return count
        case .plainText:
            guard let text = try? TextDecoding.decode(bytes), let article = try? PlainTextLoader.load(text, file: file) else { return 0 }
            return article.text.utf8.count
        }
    }
}
