import Foundation
import StoryMerge

/// Paths of the repository's own inputs, found relative to this file.
enum Fixtures {
    /// The package root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `seeds/`: AP and Fox News on the same day's Russia–US story.
    static var seeds: String { root.appendingPathComponent("seeds").path }
    /// The AP seed.
    static var apSeed: String { root.appendingPathComponent("seeds/000_dbf54c5fa3be2ae1.txt").path }
    /// The Fox News seed.
    static var foxSeed: String { root.appendingPathComponent("seeds/004_284d4ab945c64d04.txt").path }
    /// `Samples/`.
    static var samples: String { root.appendingPathComponent("Samples").path }

    /// The seeds merged once, shared by the tests that read the result.
    static let seedReport: RunReport = {
        let pipeline = Pipeline()
        return pipeline.merge(pipeline.read([seeds]))
    }()

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("storymerge-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
