// storymerge-bench: generates scaled corpora with gold wire-copy groups, times each stage of
// StoryMerge on them and runs the MinHash peers on the same files. See `Scripts/bench`.
internal import Foundation
internal import BenchCorpus
internal import Similarity
internal import StoryModel
internal import StoryMerge
internal import Merger

do {
    try Bench(options: BenchOptions(Array(CommandLine.arguments.dropFirst()))).run()
} catch {
    FileHandle.standardError.write(Data("storymerge-bench: \(error)\n".utf8))
    exit(1)
}

/// The benchmark run.
struct Bench {
    let options: BenchOptions
    let clustering = ClusteringConfiguration()

    var allThreads: Int { options.threads ?? ThreadCount.coreCount }

    func run() throws {
        if let folder = options.extractPages {
            try ExtractStage(folder: folder, runs: options.runs, threads: allThreads).run()
            return
        }
        let source = try sourceFolder()
        emit("storymerge-bench — \(ThreadCount.coreCount) cores, all-threads runs use \(allThreads); sources: \(source)")
        var cachedSources: [SourceText]?
        for size in options.sizes {
            let (corpus, generated) = try CorpusFiles.open(count: size, folder: options.corpora, seed: options.seed) {
                if let cachedSources { return cachedSources }
                let loaded = try SourceText.load(folder: source)
                guard !loaded.isEmpty else { throw BenchError("no usable .txt sources under \(source)") }
                cachedSources = loaded
                return loaded
            }
            try measure(corpus, generated: generated)
        }
    }

    func sourceFolder() throws -> String {
        if !options.source.isEmpty { return options.source }
        for candidate in ["../shared/data", "Samples"] where FileManager.default.fileExists(atPath: candidate) {
            return candidate
        }
        throw BenchError("no source texts: pass --source DIR (../shared/data and Samples/ are absent)")
    }

    func line(_ stage: String, _ seconds: Double, docs: Int, bytes: Int, rss: Int? = nil, cpu: Double? = nil, extra: String = "") {
        let rate = Measure.rate(Double(docs) / seconds)
        let mbps = Measure.fixed(Double(bytes) / 1e6 / seconds, 1)
        let memory = rss.map { " | peak RSS \(Measure.bytes($0))" } ?? ""
        let cpuText = cpu.map { " | cpu \(Measure.fixed($0, 2))s" } ?? ""
        let name = stage.padding(toLength: 34, withPad: " ", startingAt: 0)
        emit("  \(name) \(Measure.fixed(seconds, 2).leftPad(8))s  \(rate.leftPad(11)) docs/s  \(mbps.leftPad(8)) MB/s\(cpuText)\(memory)\(extra)")
    }

    func measure(_ corpus: CorpusFiles, generated: Double?) throws {
        let n = corpus.files.count
        let megabytes = Double(corpus.bytes) / 1e6
        emit("\n== \(CorpusFiles.label(n)): \(n) articles, \(Measure.fixed(megabytes, 1)) MB, \(Set(corpus.gold.values).count) wire-copy groups — \(corpus.root)")
        if let generated { emit("  generated in \(Measure.fixed(generated, 1))s (written once; later runs reuse it)") }

        let stage = SignatureStage(
            shingler: TextShingler(size: clustering.shingleSize, seed: clustering.seed),
            hasher: OnePermutationHasher(count: clustering.signatureSize, seed: clustering.seed))
        let folder = corpus.articles
        let files = corpus.files

        // 1. Signatures, streaming from disk: bounded memory (one read buffer per worker).
        Measure.resetPeak()
        let readers = FileReaders(folder: folder, files: files, workers: allThreads)
        let (streamed, streamSeconds) = Measure.time {
            stage.run(count: n, threads: allThreads) { index, worker, body in readers.withFile(index, worker: worker, body) }
        }
        line("signatures, streamed from disk", streamSeconds, docs: n, bytes: corpus.bytes, rss: Measure.peakRSS(),
             extra: " (read + tokenize + shingle + MinHash)")

        if options.streamRepeat > 1 {
            let total = n * options.streamRepeat
            Measure.resetPeak()
            let cpu0 = Measure.cpuSeconds()
            let (big, bigSeconds) = Measure.time {
                stage.run(count: total, threads: allThreads) { index, worker, body in
                    readers.withFile(index % n, worker: worker, body)
                }
            }
            line("signatures, streamed \(options.streamRepeat)× (\(total) docs)", bigSeconds, docs: total,
                 bytes: corpus.bytes * options.streamRepeat, rss: Measure.peakRSS(), cpu: Measure.cpuSeconds() - cpu0,
                 extra: " (matrix \(Measure.bytes(big.matrix.values.count * 8)))")
        }

        // 2. Signatures in memory (what the peers' figure measures), 1 thread vs all threads.
        var ours: Double?
        var oneThread: Double?
        if corpus.bytes <= options.preloadMax {
            let (texts, readSeconds) = Measure.time {
                files.map { path -> [UInt8] in
                    Array(FileManager.default.contents(atPath: folder + "/" + path) ?? Data())
                }
            }
            emit("  (read \(n) files into memory in \(Measure.fixed(readSeconds, 2))s, not timed below)")
            // An untimed first run makes the output (and touches its pages, as the texts' were by
            // reading them); each timed run then signs every document again over it.
            let sign = { (threads: Int) -> (SignatureStage.Output, Double, Double) in
                var output = stage.run(count: n, threads: threads) { index, _, body in texts[index].withUnsafeBufferPointer(body) }
                var best = (seconds: Double.infinity, cpu: 0.0)
                for _ in 0..<options.runs {
                    let cpu0 = Measure.cpuSeconds()
                    let ((), seconds) = Measure.time {
                        stage.run(count: n, threads: threads, overwriting: &output) { index, _, body in
                            texts[index].withUnsafeBufferPointer(body)
                        }
                    }
                    let cpu = Measure.cpuSeconds() - cpu0
                    if seconds < best.seconds { best = (seconds, cpu) }
                }
                return (output, best.seconds, best.cpu)
            }
            let (single, singleSeconds, singleCPU) = sign(1)
            let (multi, multiSeconds, multiCPU) = sign(allThreads)
            oneThread = Double(n) / singleSeconds
            ours = Double(n) / multiSeconds
            line("signatures, in memory, 1 thread", singleSeconds, docs: n, bytes: corpus.bytes, cpu: singleCPU)
            line("signatures, in memory, \(allThreads) threads", multiSeconds, docs: n, bytes: corpus.bytes, cpu: multiCPU,
                 extra: " (×\(Measure.fixed(singleSeconds / multiSeconds, 2)) vs 1 thread)")
            let identical = single.matrix.values == multi.matrix.values && multi.matrix.values == streamed.matrix.values
            emit("  signatures identical for 1 thread, \(allThreads) threads and streamed: \(identical ? "yes" : "NO")")
        } else {
            ours = Double(n) / streamSeconds
            emit("  (corpus larger than --preload-max: in-memory and 1-thread runs skipped)")
        }

        // 3. Candidate generation and near-duplicate groups.
        Measure.resetPeak()
        let banding = LSHBanding(signatureSize: clustering.signatureSize, bands: clustering.bands, seed: clustering.seed)
        let (jaccardOnly, lshSeconds) = Measure.time {
            NearDuplicates.find(streamed, banding: banding, threshold: clustering.nearDuplicateThreshold, containment: 0,
                                threads: .exactly(allThreads))
        }
        line("LSH candidates + verify (J ≥ \(clustering.nearDuplicateThreshold))", lshSeconds, docs: n, bytes: corpus.bytes,
             rss: Measure.peakRSS(), extra: " (\(jaccardOnly.candidates) candidate pairs)")
        let withContainment = NearDuplicates.find(
            streamed, banding: banding, threshold: clustering.nearDuplicateThreshold,
            containment: clustering.nearDuplicateContainment, threads: .exactly(allThreads))
        let names = files.map { ($0 as NSString).lastPathComponent }
        let ourScore = ClusterScores(predicted: jaccardOnly.groups.map { $0.map { names[$0] } }, gold: corpus.goldLabels)
        let containmentScore = ClusterScores(predicted: withContainment.groups.map { $0.map { names[$0] } }, gold: corpus.goldLabels)
        let outPrefix = corpus.root + "/near-duplicates"
        let json = try JSONEncoder().encode(jaccardOnly.groups.map { $0.map { files[$0] } })
        try json.write(to: URL(fileURLWithPath: outPrefix + ".storymerge.json"))
        emit("  near-dup F1, ours (J ≥ \(clustering.nearDuplicateThreshold), like the peers): \(ourScore.line)")
        emit("  near-dup F1, ours (+ containment ≥ \(clustering.nearDuplicateContainment)):  \(containmentScore.line)")

        // 4. Peers on the same files.
        if options.peers {
            if let (peers, _) = try PeerRun.run(
                venv: options.peersVenv, script: options.peersScript, folder: folder, outPrefix: outPrefix, gold: corpus.goldLabels)
            {
                for peer in peers {
                    let ratio = ours.map { " | ours ×\(Measure.fixed($0 / peer.docsPerSecond, 1))" } ?? ""
                    let single = oneThread.map { " (1 thread ×\(Measure.fixed($0 / peer.docsPerSecond, 1)))" } ?? ""
                    emit("  \(peer.name.padding(toLength: 10, withPad: " ", startingAt: 0)) signatures \(Measure.rate(peer.docsPerSecond).leftPad(9)) docs/s \(Measure.fixed(peer.megabytesPerSecond, 2).leftPad(7)) MB/s, lsh+verify \(Measure.fixed(peer.lshSeconds, 2))s\(ratio)\(single)")
                    if let score = peer.score { emit("  near-dup F1, \(peer.name.padding(toLength: 10, withPad: " ", startingAt: 0)): \(score.line)") }
                }
            } else {
                emit("  peers skipped: no \(options.peersVenv)/bin/python3 or no \(options.peersScript)")
            }
        }

        // 5. The StoryMerge pipeline: load + normalize, cluster, merge, reports.
        guard n <= options.pipelineMax else {
            emit("  pipeline stages skipped above --pipeline-max \(options.pipelineMax)")
            return
        }
        let pipeline = Pipeline(configuration: Configuration(threads: .exactly(allThreads)))
        // First, as `storymerge cluster` runs: files streamed in batches, texts dropped once
        // their features are extracted (before anything else grows the heap).
        Measure.resetPeak()
        let (streamedReport, streamedSeconds) = Measure.time { pipeline.cluster(paths: [folder]) }
        line("streamed cluster", streamedSeconds, docs: n, bytes: corpus.bytes, rss: Measure.peakRSS(),
             extra: " (files → \(streamedReport.clusters.count) clusters, what `storymerge cluster` runs)")

        Measure.resetPeak()
        let (read, readSeconds) = Measure.time { pipeline.read([folder]) }
        line("load + normalize", readSeconds, docs: n, bytes: corpus.bytes, rss: Measure.peakRSS())

        let shingler = WordShingler(size: clustering.shingleSize, seed: clustering.seed)
        let minHasher = MinHasher(count: clustering.signatureSize, seed: clustering.seed)
        let (_, oldSeconds) = Measure.time {
            read.articles.parallelMap(threads: .exactly(allThreads)) { minHasher.signature(shingler.shingles($0.words)) }
        }
        line("signatures, classic MinHash", oldSeconds, docs: n, bytes: corpus.bytes,
             extra: " (WordShingler on normalized words + 128 multiply-add functions; tokenizing not included)")
        let oph = OnePermutationHasher(count: clustering.signatureSize, seed: clustering.seed)
        let (_, ophSeconds) = Measure.time {
            read.articles.parallelMap(threads: .exactly(allThreads)) { oph.signature(shingler.shingles($0.words)) }
        }
        line("signatures, clustering's OPH", ophSeconds, docs: n, bytes: corpus.bytes,
             extra: " (same shingles, OnePermutationHasher, as EventClusterer signs them)")

        Measure.resetPeak()
        let (clustered, clusterSeconds) = Measure.time { pipeline.cluster(read) }
        line("score + cluster (EventClusterer)", clusterSeconds, docs: n, bytes: corpus.bytes, rss: Measure.peakRSS(),
             extra: " (\(clustered.clusters.count) clusters)")
        emit("  in memory (load + normalize + cluster): \(Measure.fixed(readSeconds + clusterSeconds, 1))s; "
            + (clustered.clusters == streamedReport.clusters ? "same clusters as streamed" : "CLUSTERS DIFFER FROM STREAMED"))
        let eventScore = ClusterScores(
            predicted: clustered.clusters.map { $0.articleIDs.map { ($0 as NSString).lastPathComponent } },
            gold: corpus.goldLabels)
        emit("  event clusters vs wire-copy groups: \(eventScore.line)")

        guard n <= options.mergeMax else {
            emit("  merge and reports skipped above --merge-max \(options.mergeMax)")
            return
        }
        Measure.resetPeak()
        let byID = Dictionary(uniqueKeysWithValues: read.articles.map { ($0.id, $0) })
        let merger = StoryMerger(configuration: pipeline.configuration.merging)
        var report = clustered
        let (stories, mergeSeconds) = Measure.time {
            clustered.clusters.parallelMap(threads: .exactly(allThreads)) { cluster in
                merger.merge(cluster, articles: cluster.articleIDs.compactMap { byID[$0] })
            }
        }
        report.stories = stories
        line("merge", mergeSeconds, docs: n, bytes: corpus.bytes, rss: Measure.peakRSS())
        let (rendered, reportSeconds) = Measure.time {
            ReportWriter.render(report, as: .markdown).count + ReportWriter.render(report, as: .json).count
        }
        line("reports (Markdown + JSON render)", reportSeconds, docs: n, bytes: corpus.bytes,
             extra: " (\(rendered) files)")
        emit("  total pipeline: \(Measure.fixed(readSeconds + clusterSeconds + mergeSeconds + reportSeconds, 1))s")
    }
}

extension String {
    func leftPad(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

/// Prints a line at once (unbuffered, so progress shows through pipes).
func emit(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
