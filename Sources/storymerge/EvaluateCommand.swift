import ArgumentParser
import StoryMerge

/// `storymerge evaluate`: score clustering against gold labels.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Cluster a folder and score the clusters against gold labels (BCubed and pairwise P/R/F1).",
        discussion: """
            The labels file is a TSV with a header line, then file<TAB>cluster_id per line; \
            files are matched by name. Prints the scores, then the worst merges (one cluster, \
            several gold events) and splits (one gold event cut apart) with titles.

            EXAMPLES
              storymerge evaluate data/articles --labels data/clusters.tsv
              storymerge evaluate data/articles --labels data/clusters.tsv --threshold 0.35 --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var clustering: ClusteringOptions

    @Option(help: ArgumentHelp("The gold labels: file<TAB>cluster_id lines after a header.", valueName: "tsv"))
    var labels: String

    @Option(help: ArgumentHelp("How many of the worst merges and splits to list.", valueName: "n"))
    var worst: Int = 10

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Also write the predicted clusters as a JSON list of lists of file names, each duplicate file beside its original (the input of score_clusters.py).", valueName: "file"))
    var predictions: String?

    func run() throws {
        let gold: [String: String]
        do {
            gold = try Evaluation.readLabels(labels)
        } catch {
            Console.error("storymerge: \(error)")
            throw ExitStatus.usage
        }
        let pipeline = Pipeline(configuration: try clustering.configuration(input: input))
        let report = pipeline.cluster(paths: input.resolvedPaths())
        Console.reportSkipped(report.inputs, verbose: input.verbose || report.articles.isEmpty, quiet: input.quiet)
        guard !report.articles.isEmpty else { throw ExitStatus.noArticles }
        let evaluation = Evaluation(report: report, labels: gold, worst: worst)
        switch format {
        case .text: Console.output(evaluation.summary)
        case .json: Console.output(ReportWriter.json(evaluation))
        }
        if let predictions {
            do { try ReportWriter.writeAtomically(ReportWriter.json(Evaluation.predictedFiles(report)), to: predictions) } catch {
                Console.error("storymerge: cannot write \(error.description)")
                throw ExitStatus.outputFailed
            }
        }
        throw ExitCode(Console.status(for: report.inputs))
    }
}
