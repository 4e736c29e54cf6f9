import Testing
@testable import Normalizer
import StoryModel

@Suite struct InputLoaderTests {
    @Test func everyFileGetsExactlyOneRecord() throws {
        let folder = try InputDiscoveryTests.makeCorpus()
        defer { folder.remove() }
        let discovery = InputDiscovery().discover([folder.path])
        let result = InputLoader().load(discovery.files)
        let root = folder.path + "/"
        let records = Dictionary(uniqueKeysWithValues: result.records.map { (String($0.path.dropFirst(root.count)), $0) })

        #expect(result.records.map(\.path) == discovery.files.map(\.path))
        #expect(records["top.txt"]?.status == .clustered)
        #expect(records["reuters/a.txt"]?.articleIDs == [root + "reuters/a.txt"])
        #expect(records["reuters/copy.txt"]?.reason == SkipReason(.duplicate, "same bytes as \(root)reuters/a.txt"))
        #expect(records["reuters/copy.txt"]?.duplicateOf == root + "reuters/a.txt")
        #expect(records["reuters/a.txt"]?.duplicateOf == nil)
        #expect(records["bad/empty.txt"]?.reason?.code == .empty)
        #expect(records["bad/nul.txt"]?.reason?.code == .binary)
        #expect(records["bad/latin1.txt"]?.reason == SkipReason(.invalidEncoding, "invalid UTF-8 at byte offset 3; save the file as UTF-8"))
        #expect(records["bad/short.txt"]?.reason?.code == .tooShort)
        #expect(records["web/items.ndjson"]?.articleIDs == [root + "web/items.ndjson#1"])
        // HTML and feeds go to their parsers; whatever they answer, the file has a record.
        #expect(records["web/page.HTML"] != nil && records["web/feed.xml"] != nil)

        let a = try #require(result.articles.first { $0.id == root + "reuters/a.txt" })
        #expect(a.source == "Reuters")
        #expect(a.sourceRule == "dateline")
        let b = try #require(result.articles.first { $0.id == root + "reuters/deep/b.md" })
        #expect(b.source == "reuters")
        #expect(b.sourceRule == "folder")
        #expect(b.title == "Deeper story headline")
        #expect(result.articles.map(\.id) == result.articles.map(\.id).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        // Every clustered record's ids are articles, and every article belongs to a record.
        let ids = Set(result.records.flatMap(\.articleIDs))
        #expect(ids == Set(result.articles.map(\.id)))
        // Discovery skips plus loader records cover every path once.
        let all = discovery.skipped.map(\.path) + result.records.map(\.path)
        #expect(Set(all).count == all.count)
    }

    @Test func loadingIsDeterministic() throws {
        let folder = try InputDiscoveryTests.makeCorpus()
        defer { folder.remove() }
        let files = InputDiscovery().discover([folder.path]).files
        let first = InputLoader().load(files)
        for _ in 0..<3 { #expect(InputLoader().load(files.reversed()) == first) }
    }

    @Test func batchesInPathOrderSkipTheSameDuplicatesAsOneLoad() throws {
        let folder = try InputDiscoveryTests.makeCorpus()
        defer { folder.remove() }
        let files = InputDiscovery().discover([folder.path]).files
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let whole = InputLoader().load(files)
        // "reuters/copy.txt" repeats "reuters/a.txt": with one file per batch, the copy is
        // only caught through what earlier batches recorded.
        #expect(whole.records.contains { $0.reason?.code == .duplicate })
        for size in [1, 2, 5] {
            var loaded = InputLoader.LoadedContents()
            var articles: [Article] = [], records: [InputRecord] = []
            for start in stride(from: 0, to: files.count, by: size) {
                let batch = InputLoader().load(Array(files[start..<min(start + size, files.count)]), after: &loaded)
                articles += batch.articles
                records += batch.records
            }
            #expect(records == whole.records, "batches of \(size)")
            #expect(articles.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) } == whole.articles)
        }
    }

    @Test func tooLargeFilesAreRefusedBeforeReading() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("big.txt", String(repeating: "word ", count: 400_000))
        let result = InputLoader(maxFileSize: 1 << 20).load([InputFile(path: path, format: .text)])
        #expect(result.records.first?.reason == SkipReason(.tooLarge, "file is 1 MB, above --max-file-size 1 MB"))
        #expect(result.articles.isEmpty)
    }

    @Test func utf16FilesAreTranscoded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "Zürich headline here\n\n" + InputDiscoveryTests.body
        let path = try folder.write("u16.txt", [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let result = InputLoader().load([InputFile(path: path, format: .text)])
        #expect(result.articles.first?.title == "Zürich headline here")
    }

    @Test func jsonLinesWithOnlyBrokenLinesIsSkippedWithItsItems() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("x.jsonl", "{broken\n{\"text\": \"short\"}\n")
        let record = try #require(InputLoader().load([InputFile(path: path, format: .jsonLines)]).records.first)
        #expect(record.status == .skipped)
        #expect(record.skippedItems.map(\.position) == [1, 2])
        #expect(record.skippedItems.map(\.reason.code) == [.malformed, .tooShort])
    }

    @Test func aHeadlineOnlyArticleIsReadAndFewerWordsAreNot() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let headline = try folder.write("headline.txt", "June 06, 2013\n\nEsther Williams, swimming star, dies at 91\n")
        let short = try folder.write("short.txt", "Too short to compare.\n")
        let result = InputLoader().load([InputFile(path: headline, format: .text), InputFile(path: short, format: .text)])
        #expect(result.records.map(\.status) == [.clustered, .skipped])
        #expect(result.records[1].reason == SkipReason(.tooShort, "the article has 4 words; at least 5 are needed"))
        #expect(result.articles.first?.date == CalendarDay(year: 2013, month: 6, day: 6))
    }

    @Test func unreadableFileNamesTheError() {
        let result = InputLoader().load([InputFile(path: "/nonexistent/storymerge/x.txt", format: .text)])
        #expect(result.records.first?.reason == SkipReason(.unreadable, "no such file or directory"))
    }

    @Test func wordCountCountsLetterRuns() {
        #expect(InputLoader.wordCount("Russia’s top — diplomat said 3.5") == 6)
    }
}
