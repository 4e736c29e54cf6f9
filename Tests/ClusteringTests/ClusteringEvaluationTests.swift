import Foundation
import Testing
import StoryModel
@testable import Clustering

/// Measures clustering quality on a labelled corpus folder (`articles/` + `clusters.tsv`) named
/// by `STORYMERGE_EVAL_DATA`; skipped when it is not set. Uses the crude test normalizer, so the
/// figures are a lower bound for the real pipeline. `STORYMERGE_EVAL_DATES=1` reads dates from
/// `clusters.tsv`; `STORYMERGE_EVAL_THRESHOLDS=0.2,0.3` sweeps event thresholds.
@Suite struct ClusteringEvaluationTests {
    static let folder = ProcessInfo.processInfo.environment["STORYMERGE_EVAL_DATA"]

    @Test(.enabled(if: folder != nil)) func bcubedOnLabelledCorpus() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = try #require(Self.folder)
        let useDates = environment["STORYMERGE_EVAL_DATES"] == "1"
        let table = try String(contentsOfFile: folder + "/clusters.tsv", encoding: .utf8)
        var gold: [String: String] = [:]
        var articles: [NormalizedArticle] = []
        for line in table.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            gold[fields[0]] = fields[1]
            let text = try String(contentsOfFile: folder + "/articles/" + fields[0], encoding: .utf8)
            let parts = text.components(separatedBy: "\n\n")
            let title = parts.first ?? ""
            let body = parts.dropFirst().joined(separator: "\n\n")
            let date = useDates && fields.count > 3 ? CalendarDay(iso: fields[3]) : nil
            articles.append(TestArticle.make(id: fields[0], title: title, body: body, date: date, source: fields[2]))
        }
        let thresholds = (environment["STORYMERGE_EVAL_THRESHOLDS"] ?? "")
            .split(separator: ",").compactMap { Double($0) }
        var configuration = ClusteringConfiguration()
        if let share = environment["STORYMERGE_EVAL_NAMESHARE"].flatMap(Double.init) { configuration.nameSimilarityShare = share }
        if let boost = environment["STORYMERGE_EVAL_TITLEBOOST"].flatMap(Double.init) { configuration.titleBoost = boost }
        if let boost = environment["STORYMERGE_EVAL_NAMEBOOST"].flatMap(Double.init) { configuration.nameBoost = boost }
        if let value = environment["STORYMERGE_EVAL_BOILER"].flatMap(Int.init) { configuration.boilerplateMinimumArticles = value }
        if let value = environment["STORYMERGE_EVAL_PHRASEBOOST"].flatMap(Double.init) { configuration.phraseNameBoost = value }
        if let value = environment["STORYMERGE_EVAL_NUMBOOST"].flatMap(Double.init) { configuration.numberBoost = value }
        if let value = environment["STORYMERGE_EVAL_WINDOW"].flatMap(Int.init) { configuration.dateWindowDays = value }
        if let value = environment["STORYMERGE_EVAL_PAIRBOOST"].flatMap(Double.init) { configuration.termPairBoost = value }
        if let value = environment["STORYMERGE_EVAL_SRCBOILER"].flatMap(Int.init) { configuration.sourceBoilerplateMinimumArticles = value }
        if let value = environment["STORYMERGE_EVAL_SAMESRC"].flatMap(Double.init) { configuration.sameSourceFactor = value }
        if environment["STORYMERGE_EVAL_PROFILE"] == "1" {
            var clock = Date()
            var features = CorpusFeatures(articles.sorted { $0.id < $1.id }, configuration: configuration)
            print("PROFILE features \(Date().timeIntervalSince(clock))s"); clock = Date()
            let lshCount = features.lshPairs.count
            let pairs = features.takeCandidatePairs()
            print("PROFILE candidates \(pairs.count) lsh \(lshCount) \(Date().timeIntervalSince(clock))s"); clock = Date()
            var total = 0.0
            for pair in pairs { total += features.similarity(pair.first, pair.second) }
            print("PROFILE scoring \(Date().timeIntervalSince(clock))s \(total)")
        }
        for threshold in thresholds.isEmpty ? [configuration.eventThreshold] : thresholds {
            configuration.eventThreshold = threshold
            let start = Date()
            var clusterer = EventClusterer(configuration: configuration)
            clusterer.exhaustiveCandidates = environment["STORYMERGE_EVAL_ALLPAIRS"] == "1"
            let clusters = clusterer.cluster(articles)
            let elapsed = Date().timeIntervalSince(start)
            let score = Self.bcubed(gold: gold, predicted: clusters.map(\.articleIDs))
            let duplicates = clusters.reduce(0) { $0 + $1.nearDuplicateGroups.count }
            print(String(
                format: "EVAL %@ t=%.2f bcubed P=%.3f R=%.3f F1=%.3f clusters=%d dupGroups=%d %.1fs",
                (folder as NSString).lastPathComponent, threshold, score.precision, score.recall, score.f1,
                clusters.count, duplicates, elapsed))
            if environment["STORYMERGE_EVAL_SHUFFLE"] == "1" {
                var generator = TestRandom(seed: 7)
                #expect(clusterer.cluster(articles.shuffled(using: &generator)) == clusters)
            }
            if let out = environment["STORYMERGE_EVAL_OUT"] {
                let data = try JSONSerialization.data(withJSONObject: clusters.map(\.articleIDs))
                try data.write(to: URL(fileURLWithPath: out))
            }
        }
    }

    static func bcubed(gold: [String: String], predicted: [[String]]) -> (precision: Double, recall: Double, f1: Double) {
        var predictedLabel: [String: Int] = [:]
        for (index, cluster) in predicted.enumerated() { for id in cluster { predictedLabel[id] = index } }
        var goldMembers: [String: Set<String>] = [:]
        for (id, label) in gold { goldMembers[label, default: []].insert(id) }
        var precision = 0.0, recall = 0.0
        for (id, label) in gold {
            let cluster = Set(predicted[predictedLabel[id]!])
            let shared = Double(cluster.intersection(goldMembers[label]!).count)
            precision += shared / Double(cluster.count)
            recall += shared / Double(goldMembers[label]!.count)
        }
        precision /= Double(gold.count)
        recall /= Double(gold.count)
        return (precision, recall, 2 * precision * recall / (precision + recall))
    }
}

/// Prints the similarity of every pair of files in `STORYMERGE_EVAL_PAIR` (a folder) as a
/// corpus of their own, and checks they form one cluster; skipped when it is not set.
@Suite struct SeedPairEvaluationTests {
    static let folder = ProcessInfo.processInfo.environment["STORYMERGE_EVAL_PAIR"]

    @Test(.enabled(if: folder != nil)) func folderFormsOneEvent() throws {
        let folder = try #require(Self.folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        var articles: [NormalizedArticle] = []
        for file in files {
            var text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            var date: CalendarDay?
            if text.hasPrefix("date ") {
                date = CalendarDay(iso: text.dropFirst(5))
                text = String(text.drop { $0 != "\n" })
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            let title = lines.first.map(String.init) ?? ""
            articles.append(TestArticle.make(id: file, title: title, body: lines.dropFirst().joined(separator: "\n\n"), date: date))
        }
        let clusterer = EventClusterer()
        for i in articles.indices {
            for j in articles.indices where j > i {
                print("PAIR \(articles[i].id) \(articles[j].id) similarity=\(clusterer.similarity(articles[i], articles[j], corpus: articles))")
            }
        }
        let clusters = clusterer.cluster(articles)
        print("PAIR clusters=\(clusters.map(\.articleIDs))")
        #expect(clusters.count == 1)
    }
}
