import ArgumentParser
import StoryMerge

/// `storymerge cluster`: group articles into events.
struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Group articles into events, with near-duplicates (wire copies) marked.",
        discussion: """
            Prints one row per event: its id, article count, outlets, dates and headline, then \
            the near-duplicate groups and every skipped input. --format json writes the full \
            report (inputs, articles, clusters) for scripts.

            EXAMPLES
              storymerge cluster seeds
              storymerge cluster Samples --format json > clusters.json
              storymerge cluster corpus --threshold 0.35 --date-window 2
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var clustering: ClusteringOptions

    @Option(help: "Output format: a table for people, or JSON.")
    var format: Format = .table

    func run() throws {
        let pipeline = Pipeline(configuration: try clustering.configuration(maxFileSizeMB: input.maxFileSize))
        let bar = ProgressBar(quiet: input.quiet)
        let corpus = pipeline.read(input.resolvedPaths(), progress: bar.handler)
        let report = pipeline.cluster(corpus)
        bar.finish()
        switch format {
        case .table where corpus.articles.isEmpty: break  // the reasons on standard error say it all
        case .table: Console.output(ReportWriter.clusterTable(report, width: Console.width))
        case .json: Console.output(ReportWriter.json(report))
        }
        Console.reportSkipped(corpus.inputs, verbose: input.verbose || corpus.articles.isEmpty, quiet: input.quiet)
        if corpus.articles.isEmpty {
            if !input.quiet { Console.error("storymerge: no input held a usable article; check the paths (run with --verbose for reasons)") }
            throw ExitStatus.noArticles
        }
        throw ExitCode(Console.status(for: corpus.inputs))
    }
}
