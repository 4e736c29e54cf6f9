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
              storymerge cluster seeds --explain 000_dbf54c5fa3be2ae1.txt 004_284d4ab945c64d04.txt
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var clustering: ClusteringOptions

    @Option(help: "Output format: a table for people, or JSON.")
    var format: Format = .table

    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Explain why two articles were or were not put in the same event (ids, paths or file names): shared names and terms, dates, score against the threshold.",
        valueName: "article"))
    var explain: [String] = []

    mutating func validate() throws {
        guard explain.isEmpty || explain.count == 2 else {
            throw ValidationError("--explain takes two articles (ids, paths or file names), got \(explain.count).")
        }
    }

    func run() throws {
        let pipeline = Pipeline(configuration: try clustering.configuration(input: input))
        let bar = ProgressBar(quiet: input.quiet)
        if explain.count == 2 {
            let corpus = pipeline.read(input.resolvedPaths(), progress: bar.handler)
            bar.finish()
            do {
                let explanation = try pipeline.explain(explain[0], explain[1], in: corpus)
                Console.output(ReportWriter.render(explanation, as: format == .json ? .json : .text))
            } catch {
                Console.error("storymerge: \(error.description)")
                throw ExitStatus.usage
            }
            return
        }
        // Streamed: only compact features of each article stay in memory, not its text.
        let report = pipeline.cluster(paths: input.resolvedPaths(), progress: bar.handler)
        bar.finish()
        switch format {
        case .table where report.articles.isEmpty: break  // the reasons on standard error say it all
        case .table: Console.output(ReportWriter.clusterTable(report, width: Console.width))
        case .json: ReportWriter.json(report) { Console.output(bytes: $0) }
        }
        Console.reportSkipped(
            report.inputs, verbose: input.verbose || report.articles.isEmpty, quiet: input.quiet,
            listedOnOutput: format == .table && !report.articles.isEmpty)
        if report.articles.isEmpty {
            if !input.quiet { Console.error("storymerge: no input held a usable article; check the paths (run with --verbose for reasons)") }
            throw ExitStatus.noArticles
        }
        throw ExitCode(Console.status(for: report.inputs))
    }
}
