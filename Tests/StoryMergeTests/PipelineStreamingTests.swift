import Foundation
import Testing
@testable import StoryMerge

/// The streamed `cluster(paths:)` and `merge(paths:)` give the reports of the in-memory
/// `read` + `cluster` / `merge`, whatever the batch size.
@Suite struct PipelineStreamingTests {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Samples/` and `seeds/`: every input format, several multi-source events, a feed of many items.
    static var inputs: [String] { ["Samples", "seeds"].map { root.appendingPathComponent($0).path } }

    @Test(arguments: [1, 3, Pipeline.filesPerBatch])
    func streamedClustersEqualInMemoryClusters(filesPerBatch: Int) {
        let pipeline = Pipeline()
        let expected = pipeline.cluster(pipeline.read(Self.inputs))
        let (streamed, files) = pipeline.streamedClusters(Self.inputs, filesPerBatch: filesPerBatch, keepsFiles: false, progress: nil)
        #expect(expected.clusters.count > 1 && expected.clusters.contains { $0.articleIDs.count > 2 })
        #expect(streamed == expected)
        // Clustering alone keeps no file list; merging keeps every file read, by path.
        #expect(files.isEmpty)
        let kept = pipeline.streamedClusters(Self.inputs, filesPerBatch: filesPerBatch, keepsFiles: true, progress: nil).files
        #expect(Set(kept.keys) == Set(expected.articles.map(\.file)))
    }

    @Test(arguments: [1, 4])
    func streamedMergeEqualsInMemoryMerge(filesPerBatch: Int) {
        let pipeline = Pipeline()
        let expected = pipeline.merge(pipeline.read(Self.inputs))
        let streamed = pipeline.merge(paths: Self.inputs, filesPerBatch: filesPerBatch, progress: nil)
        #expect(expected.stories.contains { $0.sources.count > 2 })
        #expect(streamed == expected)
    }

    @Test func duplicatesInLaterBatchesAreSkippedAndEveryInputIsListed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storymerge-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try Data(contentsOf: Self.root.appendingPathComponent("seeds/000_dbf54c5fa3be2ae1.txt"))
        try seed.write(to: folder.appendingPathComponent("a.txt"))
        try Data("not an article".utf8).write(to: folder.appendingPathComponent("b.txt"))
        try seed.write(to: folder.appendingPathComponent("c.txt"))  // same bytes as a.txt, two batches later
        let pipeline = Pipeline()
        let report = pipeline.streamedClusters([folder.path], filesPerBatch: 1, keepsFiles: false, progress: nil).report
        #expect(report.inputs.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["a.txt", "b.txt", "c.txt"])
        #expect(report.inputs[0].status == .clustered)
        #expect(report.inputs[1].reason?.code == .tooShort)
        #expect(report.inputs[2].reason?.code == .duplicate)
        #expect(report.articles.count == 1 && report.clusters.count == 1)
        #expect(report == pipeline.cluster(pipeline.read([folder.path])))
    }
}
