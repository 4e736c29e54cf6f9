import Foundation
import Testing
@testable import Normalizer

/// Replays every kept fuzz input (`Tests/FuzzCorpus/<target>/`: the seeds, and `crash-*` inputs
/// once fixed) through its fuzz target: each must return, whatever the bytes.
@Suite struct FuzzRegressionTests {
    /// `Tests/FuzzCorpus`, found from this file's path.
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzCorpus")

    /// The kept inputs of one target, sorted by name.
    static func inputs(_ target: FuzzTarget) -> [URL] {
        let folder = corpus.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func keptInputsReplayWithoutCrashing(_ target: FuzzTarget) throws {
        let inputs = Self.inputs(target)
        #expect(!inputs.isEmpty, "Tests/FuzzCorpus/\(target.rawValue) has no seeds")
        for input in inputs {
            let bytes = try [UInt8](Data(contentsOf: input))
            _ = target.run(bytes)  // A trap here fails the whole test run: that is the point.
        }
    }

    @Test func seedsExerciseTheParsers() throws {
        // The seeds are real documents: each target gets something out of its main seed, so a
        // broken target (always returning 0) is noticed.
        let expectations: [(FuzzTarget, String)] = [
            (.html, "seed-article.html"), (.feed, "seed-rss.xml"), (.jsonLines, "seed-lines.jsonl"),
            (.warc, "seed-chunked.warc"), (.sentences, "seed-prose.txt"), (.plainText, "seed-article.txt"),
        ]
        for (target, name) in expectations {
            let url = Self.corpus.appendingPathComponent(target.rawValue).appendingPathComponent(name)
            let bytes = try [UInt8](Data(contentsOf: url))
            #expect(target.run(bytes) > 0, "\(target.rawValue)/\(name)")
        }
    }

    @Test func hostileBytesReturn() {
        // Inputs that broke or could break a parser: each target gets all of them.
        let inputs: [[UInt8]] = [
            [], [0], [0xFF, 0xFE], [0xFE, 0xFF, 0x00], [0x1F, 0x8B], [0x1F, 0x8B, 0x08, 0x00, 0xFF],
            Array("WARC/1.0\r\nContent-Length: 9223372036854775807\r\n\r\nx".utf8),
            Array("WARC/1.0\r\nContent-Length: -1\r\n\r\n".utf8),
            Array("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 20\r\n\r\nHTTP/1.1 200 OK\r\n\r\n".utf8),
            Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n".utf8),
            Array(("<" + String(repeating: "<div>", count: 5000)).utf8),
            Array(String(repeating: "[", count: 5000).utf8),
            Array("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"&a;\">]><rss>&a;</rss>".utf8),
            Array("<rss><channel><item><description>&lt;p&gt;&amp;nbsp;".utf8),
            Array(String(repeating: ". ", count: 1000).utf8), Array(String(repeating: "Mr. ", count: 1000).utf8),
            Array("Title\nBy\nBy\nBy\n\n\n".utf8), [0xE2, 0x80], [0xE2, 0x80, 0xA6, 0xE2, 0x80],
        ]
        for target in FuzzTarget.allCases {
            for input in inputs { _ = target.run(input) }
        }
    }
}
