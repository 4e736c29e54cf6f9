import Foundation
@testable import Merger
import Normalizer
import StoryModel
import Testing

/// Loads real article folders through the real normalizer, and checks merged stories for the
/// merger's two contracts: lossless (every source sentence is in exactly one merged sentence)
/// and faithful (every span slices back to its sentence, verbatim).
enum RealData {
    /// The package root, found from this file's path.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The labelled data folder, when `STORYMERGE_DATA` names one that exists.
    static var dataRoot: String? {
        guard let path = ProcessInfo.processInfo.environment["STORYMERGE_DATA"],
              FileManager.default.fileExists(atPath: path) else { return nil }
        return path
    }

    /// The labelled corpora for the fixture tests: the folder named by `STORYMERGE_DATA` when set
    /// and present, else `../shared/data` beside the package root (where CI checks it out), else
    /// `nil` (the tests that need it are then disabled, with ``corpusMissing`` as the reason).
    static let corpusRoot: String? = {
        if let root = dataRoot { return root }
        let sibling = URL(fileURLWithPath: packageRoot).deletingLastPathComponent()
            .appendingPathComponent("shared/data").standardizedFileURL.path
        return FileManager.default.fileExists(atPath: sibling) ? sibling : nil
    }()

    /// Why the corpus-backed fixture tests are disabled when ``corpusRoot`` is `nil`.
    static let corpusMissing: Comment =
        "labelled corpora not found: set STORYMERGE_DATA or put shared/data beside the package root"

    /// The article `origin` (`<corpus>/<file>`, a file of `<corpus>/articles/` under
    /// ``corpusRoot``), loaded as plain text by the real loader; `nil` when it cannot be read.
    static func corpusArticle(_ origin: String) -> Article? {
        guard let root = corpusRoot, let slash = origin.firstIndex(of: "/") else { return nil }
        let path = root + "/" + origin[..<slash] + "/articles" + origin[slash...]
        return InputLoader().load([InputFile(path: path, format: .text)]).articles.first
    }

    /// Every article under `paths`, normalized.
    static func load(_ paths: [String]) -> [NormalizedArticle] {
        let files = InputDiscovery().discover(paths).files
        let normalizer = TextNormalizer()
        return InputLoader().load(files).articles.map(normalizer.normalize)
    }

    /// Gold clusters of a dev corpus (`clusters.tsv`) under `root`: cluster id → articles, clusters sorted by id.
    static func goldClusters(corpus: String, root: String? = dataRoot) -> [(id: String, articles: [NormalizedArticle])] {
        guard let root else { return [] }
        let folder = root + "/" + corpus
        guard let tsv = try? String(contentsOfFile: folder + "/clusters.tsv", encoding: .utf8) else { return [] }
        var clusterOf: [String: String] = [:]
        for line in tsv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count >= 2 { clusterOf[String(fields[0])] = String(fields[1]) }
        }
        var byCluster: [String: [NormalizedArticle]] = [:]
        for article in load([folder + "/articles"]) {
            let name = String(article.article.file.split(separator: "/").last ?? "")
            if let cluster = clusterOf[name] { byCluster[cluster, default: []].append(article) }
        }
        return byCluster.keys.sorted().map { ($0, byCluster[$0]!.sorted { $0.id < $1.id }) }
    }

    /// Merges `articles` as one cluster.
    static func merge(_ articles: [NormalizedArticle], id: String = "E1") -> MergedStory {
        StoryMerger().merge(EventCluster(id: id, articleIDs: articles.map(\.id)), articles: articles)
    }

    /// A contract violation, described.
    struct Problem: CustomStringConvertible {
        var description: String
    }

    /// Every violation of the lossless and faithful contracts in `story`.
    static func problems(in story: MergedStory, articles: [NormalizedArticle]) -> [Problem] {
        var problems: [Problem] = []
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: [String: Int] = [:]
        func check(_ span: SourceSpan, _ what: String) {
            guard let article = byID[span.articleID] else {
                problems.append(Problem(description: "\(what): unknown article \(span.articleID)")); return
            }
            let sliced = article.article.text.slice(span.range)
            if sliced != span.text { problems.append(Problem(description: "\(what): range \(span.range) of \(span.articleID) slices \(sliced.debugDescription), not \(span.text.debugDescription)")) }
            if span.sentenceIndex >= article.sentences.count || article.sentences[span.sentenceIndex].text != span.text
                || article.sentences[span.sentenceIndex].range != span.range {
                problems.append(Problem(description: "\(what): sentence \(span.sentenceIndex) of \(span.articleID) is not the span"))
            }
            if span.file != article.article.file || span.source != article.article.source {
                problems.append(Problem(description: "\(what): file/source of \(span.articleID) differ"))
            }
        }
        for sentence in story.sentences {
            guard let first = sentence.provenance.first else { problems.append(Problem(description: "merged sentence without provenance")); continue }
            if sentence.text != first.text { problems.append(Problem(description: "merged text rewritten: \(sentence.text)")) }
            if Set(sentence.provenance.map(\.articleID)).count != sentence.provenance.count {
                problems.append(Problem(description: "two sentences of one article fused: \(sentence.text)"))
            }
            for span in sentence.provenance {
                check(span, "sentence")
                seen["\(span.articleID)#\(span.sentenceIndex)", default: 0] += 1
            }
        }
        for article in articles {
            for sentence in article.sentences where seen["\(article.id)#\(sentence.index)"] != 1 {
                problems.append(Problem(description: "lost or repeated: \(article.id)#\(sentence.index) (\(seen["\(article.id)#\(sentence.index)"] ?? 0)×)"))
            }
        }
        for quote in story.quotes { for span in quote.provenance { check(span, "quote") } }
        for conflict in story.conflicts { for claim in conflict.claims { for span in claim.provenance { check(span, "conflict") } } }
        return problems
    }
}
