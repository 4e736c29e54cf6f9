import ArgumentParser
import Foundation
import StoryMerge

/// Flags for the similarity engine and the clusterer; defaults come from `ClusteringConfiguration`.
struct ClusteringOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Similarity at or above which two articles cover the same event (0–1).", valueName: "score"))
    var threshold: Double?

    @Option(help: ArgumentHelp("Estimated shingle Jaccard at or above which two articles are near-duplicates (0–1).", valueName: "score"))
    var nearDuplicateThreshold: Double?

    @Option(help: ArgumentHelp("Within this many days, publication dates do not lower similarity; beyond it, similarity halves every 10 days, down to 0.4 (dateHalfLifeDays in --clustering-config; 0 there makes the window a hard limit).", valueName: "days"))
    var dateWindow: Int?

    @Option(help: ArgumentHelp("Words per shingle for near-duplicate detection.", valueName: "words"))
    var shingleSize: Int?

    @Option(help: ArgumentHelp("Sentence similarity at or above which sentences of different articles are fused (0–1).", valueName: "score"))
    var fusionThreshold: Double?

    @Option(help: ArgumentHelp(
        "A JSON file of clustering parameters (any keys of ClusteringConfiguration, e.g. {\"numberBoost\": 2}); flags above override it.",
        valueName: "file"))
    var clusteringConfig: String?

    mutating func validate() throws {
        for (name, value) in [("--threshold", threshold), ("--near-duplicate-threshold", nearDuplicateThreshold), ("--fusion-threshold", fusionThreshold)] {
            if let value, !(0...1).contains(value) { throw ValidationError("\(name) takes a score from 0 to 1, not \(value).") }
        }
        if let dateWindow, dateWindow < 0 { throw ValidationError("--date-window takes a number of days, 0 or more.") }
        if let shingleSize, !(1...16).contains(shingleSize) { throw ValidationError("--shingle-size takes 1 to 16 words.") }
    }

    /// The configuration these flags describe, on top of the defaults (or of `--clustering-config`).
    func configuration(input: InputOptions) throws -> Configuration {
        var configuration = input.baseConfiguration
        if let clusteringConfig {
            guard let data = FileManager.default.contents(atPath: clusteringConfig) else {
                throw ValidationError("\(clusteringConfig): cannot read the clustering configuration; check the path.")
            }
            do {
                configuration.clustering = try JSONDecoder().decode(ClusteringConfiguration.self, from: data)
            } catch {
                throw ValidationError("\(clusteringConfig): not a valid clustering configuration (\(error)); see ClusteringConfiguration for the keys.")
            }
        }
        if let threshold { configuration.clustering.eventThreshold = threshold }
        if let nearDuplicateThreshold { configuration.clustering.nearDuplicateThreshold = nearDuplicateThreshold }
        if let dateWindow { configuration.clustering.dateWindowDays = dateWindow }
        if let shingleSize { configuration.clustering.shingleSize = shingleSize }
        if let fusionThreshold { configuration.merging.fusionThreshold = fusionThreshold }
        return configuration
    }
}
