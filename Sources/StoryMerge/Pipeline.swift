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
    /// - Parameter paths: files and folders (folders are walked recursively).
    /// - Returns: the normalized articles and one record per input.
    public func read(_ paths: [String]) -> Corpus {
        let discovered = InputDiscovery().discover(paths)
        let loaded = InputLoader(maxFileSize: configuration.maxFileSize).load(discovered.files)
        let normalizer = TextNormalizer()
        let articles = loaded.articles.concurrentMap { normalizer.normalize($0) }
        var inputs = discovered.skipped + loaded.records
        inputs.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return Corpus(articles: articles.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }, inputs: inputs)
    }

    /// Clusters a corpus into events.
    ///
    /// - Returns: a report with clusters and no stories.
    public func cluster(_ corpus: Corpus) -> RunReport {
        let clusters = EventClusterer(configuration: configuration.clustering).cluster(corpus.articles)
        return RunReport(
            generator: "storymerge \(StoryMergeVersion.current)", inputs: corpus.inputs,
            articles: corpus.articles.map(ArticleSummary.init), clusters: clusters)
    }

    /// Clusters a corpus and merges every event into one story.
    ///
    /// - Returns: a report with clusters and one story per cluster, in cluster order.
    public func merge(_ corpus: Corpus) -> RunReport {
        var report = cluster(corpus)
        let byID = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0) })
        let merger = StoryMerger(configuration: configuration.merging)
        report.stories = report.clusters.concurrentMap { cluster in
            merger.merge(cluster, articles: cluster.articleIDs.compactMap { byID[$0] })
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
        let clusters = EventClusterer(configuration: configuration.clustering).cluster(corpus.articles)
        return CoverageComparer().compare(
            clusters: clusters, articles: corpus.articles,
            sideA: CoverageSide(name: sideA.name, outlets: sideA.outlets),
            sideB: CoverageSide(name: sideB.name, outlets: sideB.outlets))
    }
}
