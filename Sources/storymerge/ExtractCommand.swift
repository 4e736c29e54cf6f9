import ArgumentParser
import Foundation
import StoryMerge

/// `storymerge extract`: show what the normalizer sees in each input.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show what StoryMerge reads from each input: title, outlet, date, authors, URL, language and the cleaned body.",
        discussion: """
            Reads inputs as `cluster` and `merge` do — HTML pages (also .html.gz), WARC and \
            WARC.gz archives (each HTML response an article, id path#N), feeds, JSON Lines and \
            text — and prints each article instead of clustering. Use it to check a page, or to \
            score extraction: `--format json-object` writes {"<file name without extension>": \
            {"articleBody": …, "title": …, …}}, the shape of article-extraction benchmarks. \
            `--explain` names the rule behind every field (json-ld:datePublished, meta:og:title, \
            byline:class, url-pattern, warc:WARC-Date, …).

            EXAMPLES
              storymerge extract page.html --explain
              storymerge extract crawl.warc.gz --format jsonl
              storymerge extract pages/ --format json-object > predictions.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
        case jsonObject = "json-object"
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text, jsonl (one JSON object per article), json-object (keyed by file name without extension).")
    var format: Format = .text

    @Flag(help: "Name the rule that produced each field.")
    var explain = false

    /// One article in JSON output.
    struct Record: Encodable {
        var id: String
        var key: String
        var path: String
        var item: Int?
        var format: String
        var container: String?
        var title: String?
        var outlet: String
        var date: String?
        var authors: [String]
        var url: String?
        var language: String?
        var paragraphs: [String]
        var articleBody: String
        var rules: [String: String]?

        init(_ article: ExtractedInput, explain: Bool) {
            id = article.id
            key = article.key
            path = article.path
            item = article.item
            format = article.format.rawValue
            container = article.container
            title = article.title
            outlet = article.outlet
            date = article.date?.description
            authors = article.authors
            url = article.url
            language = article.language
            paragraphs = article.paragraphs
            articleBody = article.articleBody
            rules = explain ? article.rules : nil
        }
    }

    func run() throws {
        let pipeline = Pipeline(configuration: input.baseConfiguration)
        let result = pipeline.extract(input.resolvedPaths())
        Console.reportSkipped(result.inputs, verbose: input.verbose || result.articles.isEmpty, quiet: input.quiet)
        guard !result.articles.isEmpty else {
            if !input.quiet { Console.error("storymerge: no input held an article (run with --verbose for reasons)") }
            throw ExitStatus.noArticles
        }
        switch format {
        case .text:
            Console.output(result.articles.map(text).joined(separator: "\n"))
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var lines = ""
            for article in result.articles {
                let data = (try? encoder.encode(Record(article, explain: explain))) ?? Data("{}".utf8)
                lines += String(decoding: data, as: UTF8.self) + "\n"
            }
            Console.output(lines)
        case .jsonObject:
            var keyed: [String: Record] = [:]
            for article in result.articles {
                var key = article.key
                // Two files with the same name in different folders: keep both, the later by path.
                if keyed[key] != nil { key = article.id }
                keyed[key] = Record(article, explain: explain)
            }
            // Written by hand in the encoder's own layout and key order (JSONEncoder was slow).
            var writer = JSONObjectWriter()
            writer.write(JSONObjectWriter.encoderOrder(Array(keyed.keys)).map { ($0, keyed[$0]!) })
            Console.output(String(decoding: writer.bytes, as: UTF8.self) + "\n")
        }
        throw ExitCode(Console.status(for: result.inputs))
    }

    /// An article as text: a header of fields (with rules under `--explain`), then the body.
    private func text(_ article: ExtractedInput) -> String {
        var lines = ["== \(article.id)"]
        func field(_ name: String, _ value: String?, rule: String? = nil) {
            var line = "\(name): \(value ?? "—")"
            if explain, let rule = rule.flatMap({ article.rules[$0] }) { line += "   [\(rule)]" }
            lines.append(line)
        }
        field("title", article.title, rule: "title")
        field("outlet", article.outlet, rule: "outlet")
        field("date", article.date?.description, rule: "date")
        field("authors", article.authors.isEmpty ? nil : article.authors.joined(separator: "; "), rule: "authors")
        field("url", article.url, rule: "url")
        field("language", article.language, rule: "language")
        if let container = article.container { field("container", container) }
        if explain, let charset = article.rules["charset"] { lines.append("charset: \(charset)") }
        let words = article.paragraphs.reduce(0) { $0 + $1.split(separator: " ").count }
        lines.append("body: \(article.paragraphs.count) paragraphs, \(words) words")
        lines.append("")
        for paragraph in article.paragraphs { lines.append(paragraph); lines.append("") }
        return lines.joined(separator: "\n")
    }
}
