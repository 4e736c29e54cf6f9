import ArgumentParser
import StoryMerge

/// `storymerge diff`: compare two articles, or two outlets' coverage across a folder.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two articles (shared facts, only in A, only in B, conflicts), or two outlets' coverage.",
        discussion: """
            With two article paths and no --source or --group: aligns the two articles sentence \
            by sentence. A file holding several articles (a feed, JSON Lines) is named as \
            PATH#N for its N-th item.

            With --source or --group: clusters every article under the paths into events and \
            lists the stories both sides covered, and those only one side covered. A side is an \
            outlet (--source "Fox News") or a named group of outlets (--group left=a.com,b.com).

            EXAMPLES
              storymerge diff seeds/000_dbf54c5fa3be2ae1.txt seeds/004_284d4ab945c64d04.txt
              storymerge diff a.html b.html --format markdown > diff.md
              storymerge diff corpus --source AP --source "Fox News"
              storymerge diff corpus --group wires=AP,Reuters --group tv=CNN,"Fox News"
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, json
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var clustering: ClusteringOptions

    @Option(name: .customLong("source"), help: ArgumentHelp("An outlet to compare (give two).", valueName: "outlet"))
    var sources: [String] = []

    @Option(name: .customLong("group"), help: ArgumentHelp("A named group of outlets to compare (give two): NAME=OUTLET,OUTLET…", valueName: "name=outlets"))
    var groups: [String] = []

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    mutating func validate() throws {
        let sides = sides()
        if sources.isEmpty && groups.isEmpty {
            guard input.paths.count == 2 else {
                throw ValidationError("Name two articles to compare, or use --source/--group twice to compare outlets across folders.")
            }
        } else {
            guard sides.count == 2 else {
                throw ValidationError("Give exactly two sides: --source twice, --group twice, or one of each (got \(sides.count)).")
            }
            for group in groups where !group.contains("=") {
                throw ValidationError("--group takes NAME=OUTLET,OUTLET… (got '\(group)').")
            }
        }
    }

    private func sides() -> [(name: String, outlets: [String])] {
        let named = groups.compactMap { group -> (String, [String])? in
            guard let equals = group.firstIndex(of: "=") else { return nil }
            let outlets = group[group.index(after: equals)...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return (String(group[..<equals]), outlets)
        }
        return sources.map { ($0, [$0]) } + named
    }

    func run() throws {
        let pipeline = Pipeline(configuration: try clustering.configuration(input: input))
        let rendered: String
        let inputs: [InputRecord]
        if sources.isEmpty && groups.isEmpty {
            let (a, b, corpus) = try loadPair(pipeline)
            rendered = ReportWriter.render(pipeline.diff(a, b), as: outputFormat)
            inputs = corpus.inputs
        } else {
            let corpus = pipeline.read(input.resolvedPaths())
            guard !corpus.articles.isEmpty else {
                Console.reportSkipped(corpus.inputs, verbose: true, quiet: input.quiet)
                if !input.quiet { Console.error("storymerge: no input held a usable article; nothing to compare") }
                throw ExitStatus.noArticles
            }
            let sides = sides()
            let coverage = pipeline.coverage(corpus, sideA: sides[0], sideB: sides[1])
            let known = Set(corpus.articles.map { $0.article.source.lowercased() })
            for side in sides where !side.outlets.contains(where: { known.contains($0.lowercased()) }) && !input.quiet {
                Console.error("storymerge: warning: no article is from \(side.outlets.joined(separator: ", ")); outlets found: \(known.sorted().joined(separator: ", "))")
            }
            rendered = ReportWriter.render(coverage, as: outputFormat)
            inputs = corpus.inputs
        }
        try emit(rendered, protecting: inputs.map(\.path))
        Console.reportSkipped(inputs, verbose: input.verbose, quiet: input.quiet)
        throw ExitCode(Console.status(for: inputs))
    }

    private var outputFormat: OutputFormat {
        switch format {
        case .text: .text
        case .markdown: .markdown
        case .html: .html
        case .json: .json
        }
    }

    /// Loads the two named articles (`PATH` or `PATH#N`).
    private func loadPair(_ pipeline: Pipeline) throws -> (NormalizedArticle, NormalizedArticle, Corpus) {
        let references = input.paths.map(ArticleReference.init)
        let corpus = pipeline.read(Array(Set(references.map(\.path))).sorted())
        var picked: [NormalizedArticle] = []
        for reference in references {
            let candidates = corpus.articles.filter { $0.article.file == reference.path }
            if let item = reference.item {
                guard let match = candidates.first(where: { $0.article.item == item }) else {
                    Console.error("storymerge: \(reference.path) has no usable item \(item) (it holds \(candidates.count) usable articles)")
                    throw ExitStatus.noArticles
                }
                picked.append(match)
            } else if candidates.count == 1 {
                picked.append(candidates[0])
            } else if candidates.isEmpty {
                let reason = corpus.inputs.first { $0.path == reference.path }?.reason?.description ?? "no article found"
                Console.error("storymerge: \(reference.path): \(reason)")
                throw ExitStatus.noArticles
            } else {
                Console.error("storymerge: \(reference.path) holds \(candidates.count) articles; name one as \(reference.path)#N (N from 1 to \(candidates.count))")
                throw ExitStatus.usage
            }
        }
        return (picked[0], picked[1], corpus)
    }

    private func emit(_ text: String, protecting inputs: [String]) throws {
        guard let output else {
            Console.output(text)
            return
        }
        do {
            try ReportWriter.writeAtomically(text, to: output, protecting: inputs)
        } catch {
            Console.error("storymerge: cannot write \(error.description)")
            throw ExitStatus.outputFailed
        }
    }
}

/// An article named on the command line: a path, optionally `#N` for the N-th item of a file.
struct ArticleReference {
    var path: String
    var item: Int?

    init(_ argument: String) {
        if let hash = argument.lastIndex(of: "#"), let item = Int(argument[argument.index(after: hash)...]), item > 0 {
            path = String(argument[..<hash])
            self.item = item
        } else {
            path = argument
            item = nil
        }
    }
}
