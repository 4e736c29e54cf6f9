import ArgumentParser
import StoryMerge

/// `storymerge merge`: write one merged story per event.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge each event into one story in which every sentence, quote and number names its sources.",
        discussion: """
            Writes a report folder: an index of all stories (with a coverage matrix and every \
            input's status) and one page per story with the fused sentences and their outlets, \
            quotes with speakers, and numbers or dates on which outlets disagree.

            EXAMPLES
              storymerge merge seeds --output out
              storymerge merge Samples --output report --format html
              storymerge merge feeds/ --output stories --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, json
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var clustering: ClusteringOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the report into (created when missing).", valueName: "folder"))
    var output: String = "storymerge-report"

    @Option(help: "Report format.")
    var format: Format = .markdown

    func run() throws {
        let pipeline = Pipeline(configuration: try clustering.configuration(input: input))
        let paths = input.resolvedPaths()
        let bar = ProgressBar(quiet: input.quiet)
        // Streamed: clustering keeps compact features; each batch of events reads its files again.
        let report = pipeline.merge(paths: paths, progress: bar.handler)
        bar.finish()
        Console.reportSkipped(report.inputs, verbose: input.verbose || report.articles.isEmpty, quiet: input.quiet)
        guard !report.articles.isEmpty else {
            if !input.quiet { Console.error("storymerge: no input held a usable article; nothing to merge (run with --verbose for reasons)") }
            throw ExitStatus.noArticles
        }
        let outputFormat: OutputFormat = switch format {
        case .markdown: .markdown
        case .html: .html
        case .json: .json
        }
        let written: [String]
        do {
            written = try ReportWriter.write(report, as: outputFormat, to: output, protecting: report.inputs.map(\.path))
        } catch {
            Console.error("storymerge: cannot write \(error.description)")
            throw ExitStatus.outputFailed
        }
        if !input.quiet {
            let clustered = report.inputs.count - report.skippedInputs.count
            func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
            let stories = report.stories.count == 1 ? "1 story" : "\(report.stories.count) stories"
            Console.error("storymerge: \(stories) from \(count(report.articles.count, "article")) (\(clustered) of \(count(report.inputs.count, "input")) read); wrote \(count(written.count, "file")) to \(output)/ — start at \(written.first { $0.hasSuffix("/index.md") || $0.hasSuffix("/index.html") || $0.hasSuffix(".json") } ?? output)")
        }
        throw ExitCode(Console.status(for: report.inputs))
    }
}
