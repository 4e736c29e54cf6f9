import StoryModel
import Testing

@testable import Normalizer

/// gzip inflation: round trips, concatenated members, truncation, corruption and the size guard.
@Suite struct GzipTests {
    static let text = Array(String(repeating: "The harbor fire burned for hours. ", count: 200).utf8)

    @Test func roundTripsAndRecognisesTheMagic() throws {
        let packed = Gzip.compress(Self.text)
        #expect(Gzip.isGzip(packed))
        #expect(!Gzip.isGzip(Self.text))
        #expect(packed.count < Self.text.count / 5)
        #expect(try Gzip.decompress(packed, limit: 1 << 20) == Self.text)
    }

    @Test func concatenatedMembersInflateIntoOneStream() throws {
        let joined = Gzip.compress(Array("first ".utf8)) + Gzip.compress(Array("second".utf8))
        #expect(try Gzip.decompress(joined, limit: 1 << 20) == Array("first second".utf8))
    }

    @Test func truncatedDataIsMalformedWithAClearReason() {
        let packed = Gzip.compress(Self.text)
        let cut = Array(packed.prefix(packed.count / 2))
        #expect(throws: LoadFailure.self) { try Gzip.decompress(cut, limit: 1 << 20) }
        do {
            _ = try Gzip.decompress(cut, limit: 1 << 20)
        } catch {
            #expect(error.reason.code == .malformed)
            #expect(error.reason.message.contains("truncated"))
        }
        // Sniffing a prefix accepts the cut and returns what it holds so far.
        let prefix = try? Gzip.decompress(cut, limit: 1 << 20, allowTruncated: true)
        #expect(prefix.map { Self.text.starts(with: $0) && !$0.isEmpty } == true)
    }

    @Test func corruptDataIsMalformed() {
        var packed = Gzip.compress(Self.text)
        for index in 12..<min(packed.count - 8, 40) { packed[index] ^= 0xFF }
        do {
            _ = try Gzip.decompress(packed, limit: 1 << 20)
            Issue.record("corrupt data was accepted")
        } catch {
            #expect(error.reason.code == .malformed)
        }
    }

    @Test func aDecompressionBombStopsAtTheLimit() {
        let bomb = Gzip.compress([UInt8](repeating: 0x41, count: 4 << 20), level: 9)
        #expect(bomb.count < 20_000)
        do {
            _ = try Gzip.decompress(bomb, limit: 1 << 20)
            Issue.record("the bomb was inflated past the limit")
        } catch {
            #expect(error.reason.code == .tooLarge)
        }
    }

    @Test func containerGuardUsesTheLoadersLimitTimesTheFactor() throws {
        let payload = [UInt8](repeating: 0x20, count: 100_000)
        let packed = Gzip.compress(payload)
        // maxFileSize 10 000 bytes × 8 = 80 000 < 100 000 decompressed bytes.
        do {
            _ = try InputContainer.open(packed, maxFileSize: 10_000)
            Issue.record("the container ignored the limit")
        } catch {
            #expect(error.reason.code == .tooLarge)
        }
        #expect(try InputContainer.open(packed, maxFileSize: 20_000).bytes.count == 100_000)
    }

    @Test func gzippedPagesAreDiscoveredAndLoadedAsTheirInnerFormat() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let page = """
            <html><head><title>Quay collapse</title></head><body><article>
            <p>A section of the old quay collapsed into the river on Tuesday, and no one was hurt, officials said at a briefing.</p>
            <p>Engineers will inspect the remaining pilings this week before the walkway reopens to the public and to traders.</p>
            </article></body></html>
            """
        try folder.write("page.html.gz", Gzip.compress(Array(page.utf8)))
        try folder.write("notes.gz", Gzip.compress(Array("A plain note about the quay collapse that is long enough to be an article of twenty words or more, yes.".utf8)))
        try folder.write("cut.html.gz", Array(Gzip.compress(Array(page.utf8)).dropLast(30)))
        let found = InputDiscovery().discover([folder.path])
        #expect(found.files.map(\.format) == [.html, .text, .html])
        let loaded = InputLoader().load(found.files)
        #expect(loaded.articles.map(\.title) == [nil, "Quay collapse"])
        let cut = try #require(loaded.records.first { $0.path.hasSuffix("cut.html.gz") })
        #expect(cut.status == .skipped)
        #expect(cut.reason?.code == .malformed)
        #expect(cut.reason?.message.contains("truncated") == true)
    }
}
