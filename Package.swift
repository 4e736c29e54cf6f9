// swift-tools-version: 6.0
//
// StoryMerge: cluster news articles by event and merge each event into one story with
// per-source provenance. One module per pipeline stage; dependencies point one way:
//
//   StoryModel ◀── Normalizer (libxml2) ◀──┐
//       ▲  ◀── Similarity ◀── Clustering ◀──┤
//       ▲  ◀── Merger ◀─────────────────────┤── StoryMerge (facade) ◀── storymerge (CLI)
//       ▲  ◀── Reports ◀────────────────────┘
import PackageDescription

let package = Package(
    name: "StoryMerge",
    products: [
        .library(name: "StoryMerge", targets: ["StoryMerge"]),
        .executable(name: "storymerge", targets: ["storymerge"]),
        .executable(name: "storymerge-bench", targets: ["storymerge-bench"]),
        .executable(name: "storymerge-fuzz", targets: ["storymerge-fuzz"]),
    ],
    dependencies: [
        // The CLI's flags, help, completions and errors: the standard Swift argument parser.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libxml2 through a system-library target: HTML and XML parsing (see Sources/CLibXML2/shim.h).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib through a system-library target: gzip files and WARC.gz archives (see Sources/CZlib/shim.h).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Sendable value types shared by every stage: articles, sentences, clusters, stories.
        .target(name: "StoryModel"),
        // Discovery, loaders (text, HTML, RSS/Atom, JSON Lines; gzip and WARC containers), cleanup, sentences, tokens.
        .target(name: "Normalizer", dependencies: ["StoryModel", "CLibXML2", "CZlib"]),
        // Hashing, shingles, MinHash, LSH, term weights, inverted index. No I/O.
        .target(name: "Similarity", dependencies: ["StoryModel"]),
        // Candidate scoring and event clustering with near-duplicate groups.
        .target(name: "Clustering", dependencies: ["StoryModel", "Similarity"]),
        // Sentence alignment, fused stories with provenance, quotes, conflicts, coverage diffs.
        .target(name: "Merger", dependencies: ["StoryModel", "Similarity"]),
        // Markdown, self-contained HTML and JSON renderers.
        .target(name: "Reports", dependencies: ["StoryModel"]),
        // The facade a library user imports: configuration and the pipeline.
        .target(
            name: "StoryMerge",
            dependencies: ["StoryModel", "Normalizer", "Similarity", "Clustering", "Merger", "Reports"]
        ),
        // The command-line tool: parses flags, calls StoryMerge, maps errors to exit statuses.
        .executableTarget(
            name: "storymerge",
            dependencies: [
                "StoryMerge",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Scaled benchmark corpora: originals plus wire copies with gold groups; the cluster scorer.
        .target(name: "BenchCorpus", dependencies: ["Similarity"]),
        // The benchmark: times every stage on generated corpora and runs the MinHash peers (Scripts/bench).
        .executableTarget(
            name: "storymerge-bench",
            dependencies: ["BenchCorpus", "StoryModel", "Normalizer", "Similarity", "Merger", "StoryMerge"]
        ),
        // libFuzzer entry points (built with -DFUZZING by Scripts/fuzz); otherwise replays inputs.
        .executableTarget(name: "storymerge-fuzz", dependencies: ["Normalizer"]),
        .testTarget(name: "StoryModelTests", dependencies: ["StoryModel"]),
        .testTarget(name: "NormalizerTests", dependencies: ["Normalizer"]),
        .testTarget(name: "SimilarityTests", dependencies: ["Similarity"]),
        .testTarget(name: "ClusteringTests", dependencies: ["Clustering"]),
        .testTarget(name: "MergerTests", dependencies: ["Merger", "Normalizer"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports"]),
        .testTarget(name: "StoryMergeTests", dependencies: ["StoryMerge"]),
        .testTarget(name: "EndToEndTests", dependencies: ["StoryMerge", "storymerge"]),
        .testTarget(name: "BenchCorpusTests", dependencies: ["BenchCorpus"]),
    ],
    swiftLanguageModes: [.v6]
)
