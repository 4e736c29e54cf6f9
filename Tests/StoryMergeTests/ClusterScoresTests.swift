import Foundation
import Testing
import StoryMerge

@Suite struct ClusterScoresTests {
    // Gold: {a,b,c} {d,e}. Predicted: {a,b} {c,d,e}.
    // BCubed P = (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15; R = (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15.
    // Pairs: predicted 1 + 3 = 4, gold 3 + 1 = 4, true 1 (a-b) + 1 (d-e) = 2 → P = R = 0.5.
    @Test func scoresAHandComputedExample() {
        let gold = ["a": "x", "b": "x", "c": "x", "d": "y", "e": "y"]
        let scores = ClusterScores(predicted: [["a", "b"], ["c", "d", "e"]], gold: gold)
        #expect(abs(scores.bcubedPrecision - 11.0 / 15) < 1e-12)
        #expect(abs(scores.bcubedRecall - 11.0 / 15) < 1e-12)
        #expect(abs(scores.pairwisePrecision - 0.5) < 1e-12)
        #expect(abs(scores.pairwiseRecall - 0.5) < 1e-12)
        #expect(scores.items == 5)
    }

    @Test func missingItemsAreSingletonsAndUnlabelledItemsIgnored() {
        let gold = ["a": "x", "b": "x", "c": "y"]
        let scores = ClusterScores(predicted: [["a", "zzz"]], gold: gold)
        #expect(scores.bcubedPrecision == 1)
        #expect(abs(scores.bcubedRecall - (0.5 + 0.5 + 1) / 3) < 1e-12)
        #expect(scores.pairwisePrecision == 1)
        #expect(scores.pairwiseRecall == 0)
    }

    @Test func oneClusterOfEverythingHasFullRecallAndLowPrecision() {
        // Gold {a,b} {c} {d}: one true pair among the six predicted.
        let gold = ["a": "1", "b": "1", "c": "2", "d": "3"]
        let scores = ClusterScores(predicted: [["a", "b", "c", "d"]], gold: gold)
        #expect(scores.pairwisePrecision == 1.0 / 6)
        #expect(scores.pairwiseRecall == 1)
        #expect(scores.bcubedPrecision == 0.375)
        #expect(scores.bcubedRecall == 1)
    }

    @Test func perfectPredictionScoresOne() {
        let gold = ["a": "x", "b": "x", "c": "y"]
        let scores = ClusterScores(predicted: [["c"], ["b", "a"]], gold: gold)
        #expect(scores.bcubedF1 == 1)
        #expect(scores.pairwiseF1 == 1)
    }

    @Test func evaluationListsMergesAndSplitsWithTitles() throws {
        let articles = ["a", "b", "c", "d"].map { ArticleSummary(id: "dir/\($0).txt", file: "dir/\($0).txt", title: "Title \($0)", source: "S", date: nil, url: nil, sentenceCount: 1) }
        let report = RunReport(generator: "test", inputs: [], articles: articles, clusters: [
            EventCluster(id: "E1", articleIDs: ["dir/a.txt", "dir/c.txt"]),
            EventCluster(id: "E2", articleIDs: ["dir/b.txt"]),
            EventCluster(id: "E3", articleIDs: ["dir/d.txt"]),
        ])
        let evaluation = Evaluation(report: report, labels: ["a.txt": "x", "b.txt": "x", "c.txt": "y", "d.txt": "y"])
        #expect(evaluation.merges.map(\.cluster) == ["E1"])
        #expect(evaluation.merges.first?.parts["y"] == ["Title c"])
        #expect(Set(evaluation.splits.map(\.label)) == ["x", "y"])
        #expect(evaluation.summary.contains("Title a"))
    }

    @Test func duplicateFilesScoreInTheirOriginalsClusters() throws {
        let articles = ["dir/a.txt", "dir/b.txt", "dir/feed.rss#1", "dir/feed.rss#2"].map {
            ArticleSummary(id: $0, file: $0, title: nil, source: "S", date: nil, url: nil, sentenceCount: 1)
        }
        let skipped = SkipReason(.duplicate, "same bytes as …")
        let report = RunReport(generator: "test", inputs: [
            InputRecord(path: "dir/a.txt", format: .text, status: .clustered, articleIDs: ["dir/a.txt"]),
            InputRecord(path: "dir/b.txt", format: .text, status: .clustered, articleIDs: ["dir/b.txt"]),
            InputRecord(path: "dir/feed.rss", format: .rss, status: .clustered, articleIDs: ["dir/feed.rss#1", "dir/feed.rss#2"]),
            InputRecord(path: "other/a-copy.txt", format: .text, status: .skipped, reason: skipped, duplicateOf: "dir/a.txt"),
            InputRecord(path: "other/feed-copy.rss", format: .rss, status: .skipped, reason: skipped, duplicateOf: "dir/feed.rss"),
        ], articles: articles, clusters: [
            EventCluster(id: "E1", articleIDs: ["dir/a.txt", "dir/feed.rss#2"]),
            EventCluster(id: "E2", articleIDs: ["dir/b.txt", "dir/feed.rss#1"]),
        ])
        #expect(Evaluation.predictedFiles(report) == [
            ["a.txt", "feed.rss#2", "a-copy.txt", "feed-copy.rss#2"], ["b.txt", "feed.rss#1", "feed-copy.rss#1"],
        ])
        let labels = ["a.txt": "x", "a-copy.txt": "x", "b.txt": "y", "feed.rss#1": "y", "feed.rss#2": "x",
                      "feed-copy.rss#1": "y", "feed-copy.rss#2": "x"]
        let evaluation = Evaluation(report: report, labels: labels)
        #expect(evaluation.scores.bcubedF1 == 1)
        #expect(evaluation.duplicatesScored == 3)
        #expect(evaluation.summary.contains("items scored: 7 (3 from duplicate files, scored in their originals’ clusters)"))
    }

    @Test func labelsFileErrorsNameTheLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("labels-\(UUID().uuidString).tsv")
        try "file\tcluster\na.txt\tx\nbroken line\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: EvaluationError.self) { try Evaluation.readLabels(url.path) }
        do {
            _ = try Evaluation.readLabels(url.path)
        } catch {
            #expect("\(error)".contains(":3:"))
        }
    }
}
