public import StoryModel
internal import Normalizer
internal import Clustering
internal import Merger
internal import Dispatch

/// The StoryMerge pipeline: read inputs, cluster them into events, merge each event, diff coverage.
///
/// Every stage is a pure function of its input and the configuration; only `read(_:)` touches
/// files. The same inputs give the same output, whatever the number of threads.
///
/// ```swift
/// let pipeline = Pipeline()
/// let corpus = pipeline.read(["seeds"])
/// let report = pipeline.merge(corpus)
/// print(report.stories.first?.headline ?? "")
/// ```
public struct Pipeline: Sendable {
    /// The parameters of every stage.
    public var configuration: Configuration

    /// Creates a pipeline.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Finds, loads and normalizes every input below `paths`.
    ///
    /// Inputs that cannot be used are recorded in `Corpus.inputs` with their reason; this never throws.
    /// - Parameters:
    ///   - paths: files and folders (folders are walked recursively).
    ///   - progress: called as files are loaded and articles normalized (see `Pipeline.Progress`).
    /// - Returns: the normalized articles and one record per input.
    public func read(_ paths: [String], progress: (@Sendable (Progress) -> Void)? = nil) -> Corpus {
        StageTimer.start()
        let discovered = InputDiscovery().discover(paths)
        StageTimer.finished("discover")
        progress?(Progress(stage: .loading, completed: 0, total: discovered.files.count))
        let loaded = InputLoader(
            maxFileSize: configuration.maxFileSize, threads: configuration.threads,
            maxItemsPerFile: configuration.maxItemsPerFile).load(discovered.files)
        progress?(Progress(stage: .loading, completed: discovered.files.count, total: discovered.files.count))
        StageTimer.finished("load")
        let normalizer = TextNormalizer()
        let counter = ProgressCounter(stage: .normalizing, total: loaded.articles.count, report: progress)
        let articles = loaded.articles.parallelMap(threads: configuration.threads) { article in
            defer { counter.advance() }
            return normalizer.normalize(article)
        }
        StageTimer.finished("normalize")
        var inputs = discovered.skipped + loaded.records
        inputs.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return Corpus(articles: articles.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }, inputs: inputs)
    }

    /// How many files a streamed run reads at once (`cluster(paths:progress:)`): enough to keep
    /// every core busy, few enough that only their texts are in memory at a time.
    static let filesPerBatch = 1024

    /// Reads and clusters every input below `paths` in one pass, keeping each article's text
    /// only while its features are extracted.
    ///
    /// The report is the one `cluster(read(paths))` gives, but memory holds compact features
    /// (hashed shingles, terms and names) and summaries instead of the whole corpus's text, so
    /// a day of a large crawl fits. Files are read in batches of `filesPerBatch`, in path order.
    /// - Parameters:
    ///   - paths: files and folders (folders are walked recursively).
    ///   - progress: called as files are read (`.loading`) and when clustering starts.
    /// - Returns: a report with inputs, article summaries and clusters, and no stories.
    public func cluster(paths: [String], progress: (@Sendable (Progress) -> Void)? = nil) -> RunReport {
        streamedClusters(paths, filesPerBatch: Self.filesPerBatch, keepsFiles: false, progress: progress).report
    }

    /// `cluster(paths:progress:)` reading `filesPerBatch` files at a time; with `keepsFiles`,
    /// also the files read (by path) for reading them again, else an empty dictionary (a
    /// million files' descriptions are not held through clustering for nothing).
    func streamedClusters(
        _ paths: [String], filesPerBatch: Int, keepsFiles: Bool, progress: (@Sendable (Progress) -> Void)?
    ) -> (report: RunReport, files: [String: InputFile]) {
        StageTimer.start()
        var (files, skipped) = Self.discoverFiles(paths)
        StageTimer.finished("discover")
        let loader = InputLoader(
            maxFileSize: configuration.maxFileSize, threads: configuration.threads,
            maxItemsPerFile: configuration.maxItemsPerFile)
        // Clustering reads no mentioned days; `merge(paths:)` normalizes its articles again in full.
        let normalizer = TextNormalizer(findsMentionedDays: false)
        let extractor = FeatureExtractor(configuration: configuration.clustering)
        var loaded = InputLoader.LoadedContents()
        // Records and summaries are held packed through clustering, which never reads them (see
        // `PackedInputRecords`, `PackedSummaries`).
        var inputs = PackedInputRecords()
        inputs.append(contentsOf: skipped)
        // One article a file is the common case: room for it up front, so a million articles'
        // features are not copied into an array twice the size as they arrive.
        var features: [ArticleFeatures] = []
        features.reserveCapacity(files.count)
        var summaries = PackedSummaries()
        progress?(Progress(stage: .loading, completed: 0, total: files.count))
        let batchSize = max(1, filesPerBatch)
        let prefetching = DispatchGroup()
        for start in stride(from: 0, to: files.count, by: batchSize) {
            let batch = Array(files[start..<min(start + batchSize, files.count)])
            // While this batch is parsed, the disk already reads the next one.
            let next = Array(files[min(start + batchSize, files.count)..<min(start + 2 * batchSize, files.count)])
            if !next.isEmpty {
                DispatchQueue.global().async(group: prefetching) { loader.prefetch(next) }
            }
            // Each article is normalized and reduced to features on the worker that read it.
            let result = loader.load(batch, after: &loaded) { article in
                let normalized = normalizer.normalize(article)
                return (extractor.features(of: normalized), ArticleSummary(normalized))
            }
            inputs.append(contentsOf: result.records)
            var batchFeatures = result.items.map(\.0)
            ArticleFeatures.pack(&batchFeatures)
            features += batchFeatures
            for item in result.items { summaries.append(item.1) }
            StageTimer.add(to: "load, normalize, shingles and signatures")
            progress?(Progress(stage: .loading, completed: start + batch.count, total: files.count))
        }
        prefetching.wait()
        if !keepsFiles { files = [] }
        StageTimer.printSums()
        StageTimer.start()
        progress?(Progress(stage: .clustering, completed: 0, total: 1))
        let clusters = EventClusterer(configuration: configuration.clustering, threads: configuration.threads)
            .cluster(features: consume features)
        progress?(Progress(stage: .clustering, completed: 1, total: 1))
        var records = inputs.records
        inputs = PackedInputRecords()
        records.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        var articles = summaries.summaries
        summaries = PackedSummaries()
        articles.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        let report = RunReport(
            generator: "storymerge \(StoryMergeVersion.current)", inputs: records, articles: articles, clusters: clusters)
        return (report, Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The files below `paths`, sorted by path and each once, and the inputs skipped while
    /// looking (unreadable folders and files).
    private static func discoverFiles(_ paths: [String]) -> (files: [InputFile], skipped: [InputRecord]) {
        // Discovery lists each path once, sorted by its bytes.
        let discovered = InputDiscovery().discover(paths)
        return (discovered.files, discovered.skipped)
    }

    /// Reads, clusters and merges every input below `paths`, holding texts a batch at a time.
    ///
    /// The report is the one `merge(read(paths))` gives. Clustering streams the inputs (see
    /// `cluster(paths:progress:)`); then the events are merged in batches, each batch reading
    /// again the files its articles came from, so only one batch's texts are in memory.
    /// - Parameters:
    ///   - paths: files and folders (folders are walked recursively).
    ///   - progress: called as files are read, when clustering starts and as events are merged.
    /// - Returns: a report with clusters and one story per cluster, in cluster order.
    public func merge(paths: [String], progress: (@Sendable (Progress) -> Void)? = nil) -> RunReport {
        merge(paths: paths, filesPerBatch: Self.filesPerBatch, progress: progress)
    }

    /// `merge(paths:progress:)` reading `filesPerBatch` files at a time.
    func merge(paths: [String], filesPerBatch: Int, progress: (@Sendable (Progress) -> Void)?) -> RunReport {
        var (report, files) = streamedClusters(paths, filesPerBatch: filesPerBatch, keepsFiles: true, progress: progress)
        let fileOf = Dictionary(report.articles.map { ($0.id, $0.file) }, uniquingKeysWith: { first, _ in first })
        let loader = InputLoader(
            maxFileSize: configuration.maxFileSize, threads: configuration.threads,
            maxItemsPerFile: configuration.maxItemsPerFile)
        let normalizer = TextNormalizer()
        let merger = StoryMerger(configuration: configuration.merging)
        let counter = ProgressCounter(stage: .merging, total: report.clusters.count, report: progress)
        var stories: [MergedStory] = []
        stories.reserveCapacity(report.clusters.count)
        var start = 0
        while start < report.clusters.count {
            // A batch: whole events, until their articles come from `filesPerBatch` files.
            var end = start
            var batchFiles = Set<String>()
            while end < report.clusters.count, batchFiles.count < max(1, filesPerBatch) {
                for id in report.clusters[end].articleIDs { if let file = fileOf[id] { batchFiles.insert(file) } }
                end += 1
            }
            let clusters = Array(report.clusters[start..<end])
            let wanted = Set(clusters.flatMap(\.articleIDs))
            let loaded = loader.load(batchFiles.compactMap { files[$0] }).articles.filter { wanted.contains($0.id) }
            let articles = loaded.parallelMap(threads: configuration.threads) { normalizer.normalize($0) }
            let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            stories += clusters.parallelMap(threads: configuration.threads) { cluster in
                defer { counter.advance() }
                return merger.merge(cluster, articles: cluster.articleIDs.compactMap { byID[$0] })
            }
            start = end
        }
        report.stories = stories
        return report
    }

    /// Clusters a corpus into events.
    ///
    /// - Returns: a report with clusters and no stories.
    public func cluster(_ corpus: Corpus) -> RunReport {
        let clusters = EventClusterer(configuration: configuration.clustering, threads: configuration.threads).cluster(corpus.articles)
        return RunReport(
            generator: "storymerge \(StoryMergeVersion.current)", inputs: corpus.inputs,
            articles: corpus.articles.map(ArticleSummary.init), clusters: clusters)
    }

    /// Clusters a corpus and merges every event into one story.
    ///
    /// - Parameters:
    ///   - corpus: the articles to cluster and merge.
    ///   - progress: called when clustering starts and as each event is merged (see `Pipeline.Progress`).
    /// - Returns: a report with clusters and one story per cluster, in cluster order.
    public func merge(_ corpus: Corpus, progress: (@Sendable (Progress) -> Void)? = nil) -> RunReport {
        progress?(Progress(stage: .clustering, completed: 0, total: 1))
        var report = cluster(corpus)
        progress?(Progress(stage: .clustering, completed: 1, total: 1))
        let byID = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0) })
        let merger = StoryMerger(configuration: configuration.merging)
        let counter = ProgressCounter(stage: .merging, total: report.clusters.count, report: progress)
        report.stories = report.clusters.parallelMap(threads: configuration.threads) { cluster in
            defer { counter.advance() }
            return merger.merge(cluster, articles: cluster.articleIDs.compactMap { byID[$0] })
        }
        return report
    }

    /// Compares two articles: shared facts, facts only one carries, quotes, conflicts.
    ///
    /// - Parameters:
    ///   - a: the first article.
    ///   - b: the second article.
    ///   - corpus: articles that give term statistics for the similarity score (defaults to the pair).
    public func diff(_ a: NormalizedArticle, _ b: NormalizedArticle, corpus: [NormalizedArticle]? = nil) -> ArticleDiff {
        let similarity = EventClusterer(configuration: configuration.clustering)
            .similarity(a, b, corpus: corpus ?? [a, b])
        return ArticleDiffer(configuration: configuration.merging).diff(a, b, similarity: similarity)
    }

    /// Compares which stories two sides (outlets or groups of outlets) covered.
    ///
    /// - Parameters:
    ///   - corpus: the articles to cluster.
    ///   - sideA: the first side's name and outlets.
    ///   - sideB: the second side's name and outlets.
    public func coverage(_ corpus: Corpus, sideA: (name: String, outlets: [String]), sideB: (name: String, outlets: [String])) -> CoverageDiff {
        let clusters = EventClusterer(configuration: configuration.clustering, threads: configuration.threads).cluster(corpus.articles)
        return CoverageComparer().compare(
            clusters: clusters, articles: corpus.articles,
            sideA: CoverageSide(name: sideA.name, outlets: sideA.outlets),
            sideB: CoverageSide(name: sideB.name, outlets: sideB.outlets))
    }
}

extension Pipeline {
    /// How far a long-running `read` or `merge` has come, for progress displays.
    ///
    /// Calls to a progress handler are serialized (never two at once), and within a stage
    /// `completed` never decreases; the handler may run on any thread.
    public struct Progress: Sendable, Hashable {
        /// A step of the pipeline.
        public enum Stage: String, Sendable, Hashable {
            /// Reading and parsing input files (`total` = files).
            case loading
            /// Splitting articles into sentences and tokens (`total` = articles).
            case normalizing
            /// Grouping articles into events (`total` = 1).
            case clustering
            /// Merging each event into a story (`total` = events).
            case merging
        }

        /// The current step.
        public var stage: Stage
        /// Units of the step done so far.
        public var completed: Int
        /// Units the step has in all.
        public var total: Int

        /// Creates a progress value.
        public init(stage: Stage, completed: Int, total: Int) {
            self.stage = stage
            self.completed = completed
            self.total = total
        }
    }
}

/// Counts finished units across worker threads and reports each step to a handler, one call at a time.
private final class ProgressCounter: @unchecked Sendable {
    private let stage: Pipeline.Progress.Stage
    private let total: Int
    private let report: (@Sendable (Pipeline.Progress) -> Void)?
    private let queue = DispatchQueue(label: "storymerge.progress")
    private var completed = 0

    init(stage: Pipeline.Progress.Stage, total: Int, report: (@Sendable (Pipeline.Progress) -> Void)?) {
        self.stage = stage
        self.total = total
        self.report = report
        report?(Pipeline.Progress(stage: stage, completed: 0, total: total))
    }

    /// Marks one unit done (thread-safe; `completed` is only touched on `queue`).
    func advance() {
        guard let report else { return }
        queue.sync {
            completed += 1
            report(Pipeline.Progress(stage: stage, completed: completed, total: total))
        }
    }
}

extension Pipeline {
    /// Why two articles of a corpus were, or were not, put in the same event.
    ///
    /// - Parameters:
    ///   - a: the first article's id, or a path or file name that names exactly one article.
    ///   - b: the second article, likewise.
    ///   - corpus: the articles the run clusters (term statistics and clusters come from it).
    /// - Returns: the explanation.
    /// - Throws: `ExplanationError` when a name matches no article or several.
    public func explain(_ a: String, _ b: String, in corpus: Corpus) throws(ExplanationError) -> PairExplanation {
        let idA = try Self.resolve(a, in: corpus), idB = try Self.resolve(b, in: corpus)
        guard var explanation = EventScorer(corpus: corpus.articles, configuration: configuration.clustering).explain(idA, idB) else {
            throw ExplanationError(message: "cannot score \(a) and \(b)")
        }
        let clusters = EventClusterer(configuration: configuration.clustering, threads: configuration.threads).cluster(corpus.articles)
        let eventA = clusters.first { $0.articleIDs.contains(idA) }?.id ?? "?"
        let eventB = clusters.first { $0.articleIDs.contains(idB) }?.id ?? "?"
        explanation.events = [eventA, eventB]
        explanation.sameEvent = eventA == eventB
        return explanation
    }

    /// The id of the one article an argument names: an id, a path, or a file name.
    static func resolve(_ name: String, in corpus: Corpus) throws(ExplanationError) -> String {
        if corpus.article(id: name) != nil { return name }
        let matches = corpus.articles.filter {
            $0.article.file == name || $0.article.file.hasSuffix("/" + name) || $0.id.hasSuffix("/" + name)
        }
        guard matches.count == 1 else {
            throw ExplanationError(message: matches.isEmpty
                ? "no article is named '\(name)'; give an article id as listed by `storymerge cluster --format json`"
                : "'\(name)' names \(matches.count) articles; give one id (PATH#N for an item of a feed or JSON Lines file)")
        }
        return matches[0].id
    }
}

/// Two articles could not be explained.
public struct ExplanationError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and what to do.
    public var message: String
    /// The message.
    public var description: String { message }
}
