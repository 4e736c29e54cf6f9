public import StoryModel
internal import Normalizer

/// One article as the normalizer sees it: metadata, the rule behind each field, and the body.
public struct ExtractedInput: Sendable, Hashable, Codable {
    /// `path`, or `path#N` for item N of a feed, JSON Lines or WARC file.
    public var id: String
    /// The file name without its extensions (`page` for `dir/page.html.gz`), `#N` added for items:
    /// the key of `--format json-object`.
    public var key: String
    /// The input file.
    public var path: String
    /// The 1-based item in a multi-article input.
    public var item: Int?
    /// The format the article was read as.
    public var format: InputFormat
    /// The container it came in (`gzip`, `warc`, `warc.gz`), when any.
    public var container: String?
    /// The headline.
    public var title: String?
    /// The outlet.
    public var outlet: String
    /// The publication day.
    public var date: CalendarDay?
    /// The authors, in order.
    public var authors: [String]
    /// The article's URL.
    public var url: String?
    /// The page's language tag, when stated.
    public var language: String?
    /// The body's paragraphs in reading order.
    public var paragraphs: [String]
    /// The rule that produced each field, by field name (`title`, `date`, `authors`, `url`,
    /// `outlet`, `language`, `charset`), e.g. `"date": "json-ld:datePublished"`.
    public var rules: [String: String]

    /// The body as one text, paragraphs separated by blank lines.
    public var articleBody: String { paragraphs.joined(separator: "\n\n") }
}

/// What `Pipeline.extract` found: the articles, and every input's fate.
public struct ExtractionResult: Sendable, Hashable {
    /// The articles, sorted by path then item.
    public var articles: [ExtractedInput]
    /// One record per input path, sorted by path.
    public var inputs: [InputRecord]
}

extension Pipeline {
    /// Reads inputs the way `read(_:)` does (gzip, WARC and every format included) and returns
    /// what the normalizer sees, without clustering: for checking and scoring extraction.
    ///
    /// Unlike `read(_:)`, short articles are kept (any article with text is shown) and
    /// duplicate files are not dropped.
    /// - Parameter paths: files and folders (folders are walked recursively).
    /// - Returns: the articles and one record per input.
    public func extract(_ paths: [String]) -> ExtractionResult {
        let discovered = InputDiscovery().discover(paths)
        let (items, records) = PageExtraction.extract(discovered.files, maxFileSize: configuration.maxFileSize, threads: configuration.threads)
        let articles = items.map { item in
            var rules = item.page.rules
            rules["outlet"] = item.outletRule
            return ExtractedInput(
                id: item.id, key: Self.key(path: item.path, item: item.item), path: item.path, item: item.item,
                format: item.format, container: item.container?.rawValue, title: item.page.title, outlet: item.outlet,
                date: item.page.date, authors: item.page.authors, url: item.page.url, language: item.page.language,
                paragraphs: item.page.paragraphs, rules: rules)
        }
        var inputs = discovered.skipped + records
        inputs.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return ExtractionResult(articles: articles, inputs: inputs)
    }

    /// The file name without known extensions (`.gz`, `.warc`, `.html`, …), `#N` for items.
    static func key(path: String, item: Int?) -> String {
        var name = String(path.split(separator: "/").last ?? Substring(path))
        let known: Set<String> = ["gz", "warc", "html", "htm", "xhtml", "txt", "text", "md", "xml", "rss", "atom", "rdf", "jsonl", "ndjson"]
        while let dot = name.lastIndex(of: "."), dot != name.startIndex,
              known.contains(name[name.index(after: dot)...].lowercased()) {
            name = String(name[..<dot])
        }
        return item.map { "\(name)#\($0)" } ?? name
    }
}

extension Pipeline {
    /// Compresses bytes as a gzip file (one member), the way `.gz` inputs are stored; for tools
    /// and tests that write compressed pages or WARC.gz archives.
    public static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        Gzip.compress(bytes)
    }
}
