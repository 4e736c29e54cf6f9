package import StoryModel

/// What the normalizer sees in each input, for `storymerge extract`: every article's metadata
/// with the rule behind each field, and its body as paragraphs, before normalization.
package enum PageExtraction {
    /// One article found in an input.
    package struct Item: Sendable, Hashable {
        /// `path`, or `path#N` for item N of a feed, JSON Lines file or WARC file.
        package var id: String
        /// The input file.
        package var path: String
        /// The 1-based item in a multi-article input.
        package var item: Int?
        /// The format the article was read as.
        package var format: InputFormat
        /// The container it came in (`gzip`, `warc`, `warc.gz`), when any.
        package var container: InputContainer.Kind?
        /// The page's metadata, paragraphs and rules.
        package var page: ExtractedPage
        /// The outlet, as the pipeline infers it.
        package var outlet: String
        /// The rule that inferred the outlet.
        package var outletRule: String
    }

    /// Extracts every article of the files, concurrently, in file order.
    ///
    /// - Parameters:
    ///   - files: discovered files.
    ///   - maxFileSize: the size limit (decompressed data may be `InputContainer.expansionFactor` times more).
    ///   - threads: how many files are extracted at once.
    /// - Returns: the items (sorted by path, then item) and one record per file.
    package static func extract(_ files: [InputFile], maxFileSize: Int, threads: ThreadCount = .allCores) -> (items: [Item], records: [InputRecord]) {
        let sorted = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        // Workers take the largest files first, so one big page does not finish alone at the
        // end; results go back to path order, so the output is the same.
        let sizes = sorted.map { FileReader.size($0.path) }
        let largestFirst = sorted.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        let extracted = largestFirst.parallelMap(threads: threads) { extract(sorted[$0], maxFileSize: maxFileSize) }
        var done = extracted
        for (position, index) in largestFirst.enumerated() { done[index] = extracted[position] }
        return (done.flatMap(\.items), done.map(\.record))
    }

    /// Extracts the articles of one file.
    package static func extract(_ file: InputFile, maxFileSize: Int) -> (items: [Item], record: InputRecord) {
        func skipped(_ reason: SkipReason, _ items: [SkippedItem] = []) -> (items: [Item], record: InputRecord) {
            ([], InputRecord(path: file.path, format: file.format, status: .skipped, reason: reason, skippedItems: items))
        }
        guard file.format == .html else { return viaLoader(file, maxFileSize: maxFileSize) }
        let raw: [UInt8]
        switch FileReader.readAll(file.path, maxSize: maxFileSize) {
        case .failure(let failure): return skipped(failure.reason)
        case .success(let bytes): raw = bytes
        }
        if raw.isEmpty { return skipped(SkipReason(.empty, "the file is empty (0 bytes)")) }
        let container: InputContainer
        do throws(LoadFailure) { container = try InputContainer.open(raw, maxFileSize: maxFileSize) } catch { return skipped(error.reason) }
        var items: [Item] = []
        var skippedItems: [SkippedItem] = []
        if container.isArchive {
            for response in container.responses {
                do throws(LoadFailure) {
                    let page = try WARCPage.extract(response)
                    items.append(item(page, file: file, position: response.position, container: container.kind))
                } catch {
                    skippedItems.append(SkippedItem(position: response.position, reason: error.reason))
                }
            }
            guard !items.isEmpty else {
                return skipped(SkipReason(.empty, "none of its \(container.responses.count) responses is an HTML page with text"), skippedItems)
            }
        } else {
            if let kind = ContentSniffer.binaryKind(container.bytes) { return skipped(SkipReason(.binary, "the file is \(kind), not text")) }
            do throws(LoadFailure) {
                let page = try HTMLExtractor.extract(container.bytes)
                items.append(item(page, file: file, position: nil, container: container.kind))
            } catch {
                return skipped(error.reason)
            }
        }
        let record = InputRecord(path: file.path, format: file.format, status: .clustered, articleIDs: items.map(\.id), skippedItems: skippedItems)
        return (items, record)
    }

    /// Extracts one HTML page already in memory and decompressed: what `extract(_:maxFileSize:)`
    /// does for a page once its file is read and unpacked. Benchmarks time extraction alone
    /// with it, the scope other extractors are timed on.
    ///
    /// - Returns: the item, or nil when the bytes are binary or hold no article text.
    package static func extractPage(_ bytes: [UInt8], path: String) -> Item? {
        guard ContentSniffer.binaryKind(bytes) == nil, let page = try? HTMLExtractor.extract(bytes) else { return nil }
        return item(page, file: InputFile(path: path, format: .html), position: nil, container: nil)
    }

    /// An item from an extracted page; the outlet inferred as the loader does.
    private static func item(_ page: ExtractedPage, file: InputFile, position: Int?, container: InputContainer.Kind?) -> Item {
        let paragraphs = page.paragraphs.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        var page = page
        page.paragraphs = paragraphs
        let (outlet, rule) = SourceInference.infer(.init(
            metadata: page.siteName, paragraphs: paragraphs, url: page.url, folderHint: file.folderHint, path: file.path))
        return Item(
            id: position.map { "\(file.path)#\($0)" } ?? file.path, path: file.path, item: position, format: .html,
            container: container, page: page, outlet: outlet, outletRule: rule)
    }

    /// Text, feeds and JSON Lines: the loader's articles, their text split into paragraphs.
    private static func viaLoader(_ file: InputFile, maxFileSize: Int) -> (items: [Item], record: InputRecord) {
        let loaded = InputLoader(maxFileSize: maxFileSize, minimumWords: 1).load([file])
        let record = loaded.records.first ?? InputRecord(path: file.path, format: file.format, status: .skipped, reason: SkipReason(.empty, "no articles found"))
        let items = loaded.articles.map { article in
            var page = ExtractedPage(
                title: article.title, date: article.date, authors: article.authors, url: article.url,
                paragraphs: article.text.split(separator: "\n\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty })
            page.rules = ["loader": article.format.rawValue]
            return Item(id: article.id, path: file.path, item: article.item, format: article.format, container: nil,
                        page: page, outlet: article.source, outletRule: article.sourceRule)
        }
        return (items, record)
    }
}
