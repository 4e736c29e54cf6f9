package import StoryModel

/// Loads discovered files into articles, recording every file's fate.
///
/// Three phases: read every file concurrently (size limit, empty and binary checks, content
/// fingerprint); drop later paths whose bytes equal an earlier path's (`.duplicate`); parse the
/// rest concurrently by format. Results are collected by index, so the output does not depend
/// on thread timing.
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
    /// The fewest words an article's body needs to be kept.
    package var minimumWords: Int
    /// How many files are read and parsed at once.
    package var threads: ThreadCount
    /// The most articles one file may hold (feed items, JSON lines, WARC pages); later ones are
    /// passed over with one `.tooLarge` note, so a hostile feed cannot flood the clustering.
    package var maxItemsPerFile: Int

    /// The default `maxItemsPerFile`: far above any real feed or day of a news crawl per file.
    package static let defaultMaxItemsPerFile = 10_000
    /// The longest article text kept, in UTF-8 bytes; longer ones are skipped as `.tooLarge`.
    package var maxArticleBytes: Int
    /// The default `maxArticleBytes` (1 MiB, about 170,000 words: ten times the longest news
    /// features); a longer "article" is a log, a dump or an attack, and aligning it would cost
    /// minutes and gigabytes in the merge.
    package static let defaultMaxArticleBytes = 1 << 20

    /// The fewest words an article needs: a headline-only item ("Esther Williams, swimming
    /// star, dies at 91", a feed item without a description) is an article that can join its
    /// event (see `ClusteringConfiguration.shortArticleWords`); "Too short to compare." or a
    /// file holding "tiny 12" is not.
    package static let defaultMinimumWords = 5

    /// Creates a loader.
    ///
    /// - Parameters:
    ///   - maxFileSize: files above this many bytes are skipped as `.tooLarge`.
    ///   - minimumWords: articles with fewer body words are skipped as `.tooShort`.
    ///   - threads: how many files are read and parsed at once.
    ///   - maxItemsPerFile: the most articles read from one feed, JSON Lines or WARC file.
    ///   - maxArticleBytes: the longest article text kept, in UTF-8 bytes.
    package init(
        maxFileSize: Int = 64 << 20, minimumWords: Int = defaultMinimumWords, threads: ThreadCount = .allCores,
        maxItemsPerFile: Int = InputLoader.defaultMaxItemsPerFile,
        maxArticleBytes: Int = InputLoader.defaultMaxArticleBytes
    ) {
        self.maxArticleBytes = max(1, maxArticleBytes)
        self.maxFileSize = maxFileSize
        self.minimumWords = minimumWords
        self.threads = threads
        self.maxItemsPerFile = max(1, maxItemsPerFile)
    }

    /// The outcome of one file.
    private struct Outcome: Sendable {
        var articles: [Article] = []
        var record: InputRecord
        /// The fingerprint of the file's bytes, when they were read.
        var hash: ContentHash?
    }

    /// Whether two files hold the same bytes (read again: only for equal fingerprints).
    private static func sameBytes(_ a: String, _ b: String, maxSize: Int) -> Bool {
        guard case .success(let left) = FileReader.readAll(a, maxSize: maxSize),
            case .success(let right) = FileReader.readAll(b, maxSize: maxSize) else { return false }
        return left == right
    }

    /// The files read by earlier calls, by fingerprint, so a run that loads its
    /// files in batches still skips a later file whose bytes equal an earlier one's.
    package struct LoadedContents: Sendable {
        /// The paths read, by their bytes. fingerprint.
        fileprivate var pathsByHash: [ContentHash: [String]] = [:]

        /// Creates an empty record.
        package init() {}
    }

    /// Starts reading `files` into the system's file cache in the background, so that loading
    /// them next does not wait for the disk (a cold folder of a million small files).
    package func prefetch(_ files: [InputFile]) {
        FileReader.prefetch(files.map(\.path))
    }

    /// Loads every file; a file that cannot be read is recorded as skipped, never thrown.
    ///
    /// - Parameter files: discovered files (any order; the same path twice is read once).
    /// - Returns: articles sorted by id and one record per distinct path, sorted by path.
    package func load(_ files: [InputFile]) -> Result {
        var loaded = LoadedContents()
        return load(files, after: &loaded)
    }

    /// Loads one batch of a run's files, skipping as duplicates the files whose bytes equal
    /// those of a file of this batch or of an earlier one (`loaded`, updated).
    ///
    /// Batches given in path order skip the same files as one call with all of them.
    /// - Parameters:
    ///   - files: discovered files (any order; the same path twice is read once).
    ///   - loaded: the files of earlier batches; this batch's kept files are added.
    /// - Returns: articles sorted by id and one record per distinct path, sorted by path.
    package func load(_ files: [InputFile], after loaded: inout LoadedContents) -> Result {
        let result = load(files, after: &loaded) { $0 }
        let articles = result.items.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        return Result(articles: articles, records: result.records)
    }

    /// Loads one batch of a run's files like `load(_:after:)`, and turns each article into an
    /// item on the worker that parsed its file, so reading, parsing and `transform` (normalizing,
    /// extracting features) share the cores without a pause between them.
    ///
    /// - Parameters:
    ///   - files: discovered files (any order; the same path twice is read once).
    ///   - loaded: the files of earlier batches; this batch's files are added.
    ///   - transform: the work for one article; it must not depend on which thread runs it.
    /// - Returns: the items in path order (a file's articles in item order), without those of
    ///   duplicate files, and one record per distinct path, sorted by path.
    package func load<Item: Sendable>(
        _ files: [InputFile], after loaded: inout LoadedContents, each transform: @Sendable (Article) -> Item
    ) -> (items: [Item], records: [InputRecord]) {
        var unique: [InputFile] = []
        var seen = Set<String>()
        for file in files.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) where seen.insert(file.path).inserted {
            unique.append(file)
        }

        // Phase 1: read, fingerprint, parse and transform each file's articles.
        let maxFileSize = self.maxFileSize
        let minimumWords = self.minimumWords
        let files = unique
        let threads = self.threads
        let maxItems = self.maxItemsPerFile
        let maxArticleBytes = self.maxArticleBytes
        var outcomes: [(outcome: Outcome, items: [Item])] = files.parallelMap(threads: threads) { file in
            var outcome = Self.read(file, maxFileSize: maxFileSize, minimumWords: minimumWords, maxItems: maxItems, maxArticleBytes: maxArticleBytes)
            let items = outcome.articles.map(transform)
            outcome.articles = []
            return (outcome, items)
        }

        // Phase 2: duplicates, in path order (the first path keeps its articles). Equal
        // fingerprints are confirmed by comparing the files' bytes.
        for index in outcomes.indices {
            guard let hash = outcomes[index].outcome.hash else { continue }
            let earlier = loaded.pathsByHash[hash, default: []]
            if let match = earlier.first(where: { Self.sameBytes($0, files[index].path, maxSize: maxFileSize) }) {
                let file = files[index]
                outcomes[index] = (Outcome(record: InputRecord(
                    path: file.path, format: file.format, status: .skipped, reason: SkipReason(.duplicate, "same bytes as \(match)"),
                    duplicateOf: match)), [])
            } else {
                loaded.pathsByHash[hash, default: []].append(files[index].path)
            }
        }
        return (outcomes.flatMap(\.items), outcomes.map(\.outcome.record))
    }

    /// Reads, fingerprints and parses one file; its bytes are dropped once parsed, so memory
    /// stays bounded by the files in flight.
    private static func read(
        _ file: InputFile, maxFileSize: Int, minimumWords: Int, maxItems: Int, maxArticleBytes: Int
    ) -> Outcome {
        switch FileReader.readAll(file.path, maxSize: maxFileSize) {
        case .failure(let failure):
            return Outcome(record: InputRecord(path: file.path, format: file.format, status: .skipped, reason: failure.reason))
        case .success(let raw):
            if raw.isEmpty {
                return Outcome(record: InputRecord(path: file.path, format: file.format, status: .skipped, reason: SkipReason(.empty, "the file is empty (0 bytes)")))
            }
            var outcome: Outcome
            let container: InputContainer
            do throws(LoadFailure) {
                container = try InputContainer.open(raw, maxFileSize: maxFileSize)
            } catch {
                return Outcome(record: InputRecord(path: file.path, format: file.format, status: .skipped, reason: error.reason), hash: ContentHash(raw))
            }
            let bytes = container.bytes
            if container.isArchive {
                outcome = Self.parse([], file: file, minimumWords: minimumWords, maxItems: maxItems, maxArticleBytes: maxArticleBytes, responses: container.responses)
            } else if bytes.isEmpty {
                outcome = Outcome(record: InputRecord(path: file.path, format: file.format, status: .skipped, reason: SkipReason(.empty, "the file is empty once decompressed")))
            } else if let kind = ContentSniffer.binaryKind(bytes) {
                let inside = container.kind == .gzip ? "a gzip file holding \(kind)" : kind
                outcome = Outcome(record: InputRecord(path: file.path, format: file.format, status: .skipped, reason: SkipReason(.binary, "the file is \(inside), not text")))
            } else {
                outcome = Self.parse(bytes, file: file, minimumWords: minimumWords, maxItems: maxItems, maxArticleBytes: maxArticleBytes)
            }
            outcome.hash = ContentHash(raw)
            return outcome
        }
    }

    /// Parses one file's bytes by its format and applies the length rule.
    /// - Parameter responses: a WARC file's responses (then `bytes` is unused): each response
    ///   with an HTML page is an article `path#N`.
    /// - Parameters:
    ///   - maxItems: the most articles kept from one file; the rest get one `.tooLarge` note.
    ///   - maxArticleBytes: articles with longer text are skipped as `.tooLarge`.
    private static func parse(
        _ bytes: [UInt8], file: InputFile, minimumWords: Int, maxItems: Int = defaultMaxItemsPerFile,
        maxArticleBytes: Int = defaultMaxArticleBytes, responses: [WARCReader.Response]? = nil
    ) -> Outcome {
        func skip(_ reason: SkipReason, items: [SkippedItem] = []) -> Outcome {
            Outcome(record: InputRecord(path: file.path, format: file.format, status: .skipped, reason: reason, skippedItems: items))
        }
        var candidates: [Article] = []
        var skippedItems: [SkippedItem] = []
        let multiItem = file.format == .jsonLines || file.format == .rss || file.format == .atom || responses != nil
        do throws(LoadFailure) {
            if let responses {
                let built = articles(from: responses, file: file)
                candidates = built.articles
                skippedItems = built.skipped
            } else {
            switch file.format {
            case .text:
                // One text file is one article: far past the article limit it is refused before
                // any line or paragraph work (4×: white space collapses, headers are dropped).
                if bytes.count > maxArticleBytes.multipliedReportingOverflow(by: 4).partialValue {
                    throw LoadFailure(.tooLarge, "the text file holds \((bytes.count + 1023) >> 10) KB of text; one article may hold at most \(maxArticleBytes >> 10) KB (not a news article: a log, a dump or a generated file)")
                }
                candidates = [try PlainTextLoader.load(try TextDecoding.decode(bytes), file: file)]
            case .jsonLines:
                let output = JSONLinesLoader.load(try TextDecoding.decode(bytes), file: file)
                candidates = output.articles
                skippedItems = output.skipped
            case .html:
                candidates = [try article(from: try HTMLExtractor.extract(bytes), file: file)]
            case .rss, .atom:
                let feed = try FeedParser.parse(bytes)
                let built = articles(from: feed, file: file)
                candidates = built.articles
                skippedItems = built.skipped
            }
            }
        } catch {
            return skip(error.reason)
        }

        // The item limit: one note for everything past it, not one per item.
        if candidates.count > maxItems {
            let first = candidates[maxItems].item ?? maxItems + 1
            let last = candidates[candidates.count - 1].item ?? candidates.count
            candidates.removeLast(candidates.count - maxItems)
            skippedItems.removeAll { $0.position > first }
            skippedItems.append(SkippedItem(position: first, reason: SkipReason(
                .tooLarge, "items \(first)–\(last) not read: the file holds more than \(maxItems) articles, the limit per file")))
        }

        // The length rule.
        var kept: [Article] = []
        for article in candidates {
            let length = article.text.utf8.count
            if length > maxArticleBytes {
                let reason = SkipReason(.tooLarge, "the article text is \((length + 1023) >> 10) KB, above the limit of \(maxArticleBytes >> 10) KB for one article (not a news article: a log, a dump or a generated page)")
                if multiItem { skippedItems.append(SkippedItem(position: article.item ?? 0, reason: reason)); continue } else { return skip(reason) }
            }
            let words = wordCount(article.text)
            if words >= minimumWords {
                kept.append(article)
            } else {
                let reason = SkipReason(.tooShort, "the article has \(words) words; at least \(minimumWords) are needed")
                if multiItem { skippedItems.append(SkippedItem(position: article.item ?? 0, reason: reason)) } else { return skip(reason) }
            }
        }
        skippedItems.sort { $0.position < $1.position }
        guard !kept.isEmpty else {
            let codes = Set(skippedItems.map(\.reason.code))
            let reason: SkipReason
            if skippedItems.isEmpty {
                reason = SkipReason(.empty, "no articles found")
            } else if codes.count == 1, let only = skippedItems.first {
                reason = SkipReason(only.reason.code, "none of its \(skippedItems.count) items could be used (\(only.reason.message))")
            } else {
                reason = SkipReason(.malformed, "none of its \(skippedItems.count) items could be used")
            }
            return skip(reason, items: skippedItems)
        }
        let record = InputRecord(
            path: file.path, format: file.format, status: .clustered,
            articleIDs: kept.map(\.id).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, skippedItems: skippedItems)
        return Outcome(articles: kept, record: record)
    }

    /// An article from an extracted HTML page (item `N` of a WARC file when `item` is set).
    private static func article(from page: ExtractedPage, file: InputFile, item: Int? = nil) throws(LoadFailure) -> Article {
        let paragraphs = page.paragraphs.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !paragraphs.isEmpty else { throw LoadFailure(.empty, "no article text found in the page") }
        let (source, rule) = SourceInference.infer(.init(
            metadata: page.siteName, paragraphs: paragraphs, url: page.url, folderHint: file.folderHint, path: file.path))
        return Article(
            id: item.map { "\(file.path)#\($0)" } ?? file.path, file: file.path, item: item, format: .html, title: page.title,
            source: source, sourceRule: rule, date: page.date, authors: page.authors, url: page.url,
            text: paragraphs.joined(separator: "\n\n"))
    }

    /// The articles of a WARC file, one per HTML response (`path#N`, N the 1-based response).
    private static func articles(from responses: [WARCReader.Response], file: InputFile) -> (articles: [Article], skipped: [SkippedItem]) {
        var articles: [Article] = []
        var skipped: [SkippedItem] = []
        for response in responses {
            do throws(LoadFailure) {
                let page = try WARCPage.extract(response)
                articles.append(try article(from: page, file: file, item: response.position))
            } catch {
                skipped.append(SkippedItem(position: response.position, reason: error.reason))
            }
        }
        return (articles, skipped)
    }

    /// The articles of a feed, one per item with text (`path#N`, N the 1-based item).
    private static func articles(from feed: Feed, file: InputFile) -> (articles: [Article], skipped: [SkippedItem]) {
        var articles: [Article] = []
        var skipped: [SkippedItem] = []
        for (offset, item) in feed.items.enumerated() {
            let position = offset + 1
            let paragraphs = item.paragraphs.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            guard !paragraphs.isEmpty else {
                skipped.append(SkippedItem(position: position, reason: SkipReason(.empty, "item \(position) has no text")))
                continue
            }
            let (source, rule) = SourceInference.infer(.init(
                feedTitle: feed.title, paragraphs: paragraphs, url: item.url ?? feed.url, folderHint: file.folderHint, path: file.path))
            articles.append(Article(
                id: "\(file.path)#\(position)", file: file.path, item: position, format: feed.format, title: item.title,
                source: source, sourceRule: rule, date: item.date, authors: item.authors, url: item.url,
                text: paragraphs.joined(separator: "\n\n")))
        }
        return (articles, skipped)
    }

    /// The number of letter-or-digit runs in a text.
    ///
    /// - Complexity: O(n) in the text's bytes.
    package static func wordCount(_ text: String) -> Int {
        let bytes = Array(text.utf8)
        var count = 0
        var inWord = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                // ASCII: letters and digits make words; an apostrophe continues one.
                let isWordByte = (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122)
                if isWordByte, !inWord { count += 1 }
                inWord = isWordByte || (inWord && byte == UInt8(ascii: "'"))
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: index)
            let isWordScalar = UTF8Scanner.isAlphanumeric(scalar)
            if isWordScalar, !inWord { count += 1 }
            inWord = isWordScalar || (inWord && (scalar == "'" || scalar == "’"))
            index += length
        }
        return count
    }
}

