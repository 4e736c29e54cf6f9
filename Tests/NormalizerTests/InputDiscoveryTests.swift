import Testing
import Glibc
@testable import Normalizer
import StoryModel

@Suite struct InputDiscoveryTests {
    static let body = "Russia recalled its ambassador to the United States after the president spoke in a televised interview on Thursday about the relations."

    /// A folder with every kind of input discovery and loading must handle.
    static func makeCorpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("top.txt", "Top level story\n\n" + body)
        try folder.write("reuters/a.txt", "WASHINGTON (Reuters) - " + body)
        try folder.write("reuters/deep/b.md", "Deeper story headline\n\n" + body + " More.")
        try folder.write("reuters/copy.txt", "WASHINGTON (Reuters) - " + body)  // same bytes as a.txt
        try folder.write("web/page.HTML", "<html><body><p>x</p></body></html>")
        try folder.write("web/feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>")
        try folder.write("web/atom.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>")
        try folder.write("web/other.xml", "<?xml version=\"1.0\"?><svg></svg>")
        try folder.write("web/items.ndjson", "{\"text\": \"\(body)\"}\n")
        try folder.write("noext/story", "Plain story without extension\n\n" + body)
        try folder.write("noext/page.php", "<!doctype html><html></html>")
        try folder.write("noext/lines.dat", "{\"title\": \"Sniffed\", \"text\": \"\(body)\"}\n")
        try folder.write("noext/image.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00])
        try folder.write("noext/latin1.csv", [0x63, 0x61, 0x66, 0xE9, 0x0A])
        try folder.write("bad/empty.txt", [UInt8]())
        try folder.write("bad/nul.txt", [0x61, 0x00, 0x62, 0x63])
        try folder.write("bad/latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" au lait and more words".utf8))
        try folder.write("bad/short.txt", "Too short to compare.")
        try folder.write(".hidden/secret.txt", body)
        try folder.write("reuters/.DS_Store", [0x00, 0x01])
        try folder.makeFolder("loop")
        try folder.link("loop/back", to: folder.path + "/loop")
        try folder.link("dangling.txt", to: folder.path + "/nowhere.txt")
        return folder
    }

    @Test func walksClassifiesAndRecordsEveryFileOnce() throws {
        let folder = try Self.makeCorpus()
        defer { folder.remove() }
        let missing = folder.path + "/missing.txt"
        let result = InputDiscovery().discover([folder.path, missing, folder.path + "/top.txt"])
        let root = folder.path + "/"
        let files = Dictionary(uniqueKeysWithValues: result.files.map { (String($0.path.dropFirst(root.count)), $0) })
        let skipped = Dictionary(uniqueKeysWithValues: result.skipped.map { ($0.path.hasPrefix(root) ? String($0.path.dropFirst(root.count)) : $0.path, $0) })

        #expect(files["top.txt"]?.format == .text)
        #expect(files["top.txt"]?.folderHint == nil)
        #expect(files["reuters/a.txt"]?.folderHint == "reuters")
        #expect(files["reuters/deep/b.md"]?.folderHint == "reuters")
        #expect(files["reuters/deep/b.md"]?.format == .text)
        #expect(files["web/page.HTML"]?.format == .html)
        #expect(files["web/feed.xml"]?.format == .rss)
        #expect(files["web/atom.xml"]?.format == .atom)
        #expect(files["web/items.ndjson"]?.format == .jsonLines)
        #expect(files["noext/story"]?.format == .text)
        #expect(files["noext/page.php"]?.format == .html)
        #expect(files["noext/lines.dat"]?.format == .jsonLines)
        #expect(skipped["web/other.xml"]?.reason?.code == .unsupported)
        #expect(skipped["noext/image.bin"]?.reason?.code == .binary)
        #expect(skipped["noext/latin1.csv"]?.reason?.code == .unsupported)
        #expect(skipped["loop/back"]?.reason?.message.contains("symbolic link loop") == true)
        #expect(skipped["dangling.txt"]?.reason?.code == .unreadable)
        #expect(skipped["missing.txt"]?.reason == SkipReason(.unreadable, "no such file or directory"))
        // Hidden files and folders are not found; the files named by extension are left to the loader.
        #expect(!result.files.contains { $0.path.contains("/.") })
        #expect(files["bad/empty.txt"] != nil && files["bad/nul.txt"] != nil)

        // Every path once, sorted by bytes.
        let allPaths = result.files.map(\.path) + result.skipped.map(\.path)
        #expect(Set(allPaths).count == allPaths.count)
        #expect(result.files.map(\.path) == result.files.map(\.path).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(allPaths.count == 21)  // 18 regular files, a loop, a dangling link, a missing path
    }

    /// A name that is not valid UTF-8 cannot be opened by its repaired spelling: it is skipped
    /// with that reason, not "no such file"; a valid name that holds U+FFFD is read as usual.
    @Test func aFileNameThatIsNotUTF8IsSkippedWithItsReason() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("story.txt", Self.body)
        let valid = try folder.write("odd\u{FFFD}name.txt", Self.body)
        // "café.txt" in Latin-1: the é is the single byte 0xE9.
        let raw = Array((folder.path + "/caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let descriptor = raw.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(descriptor >= 0)
        close(descriptor)

        let result = InputDiscovery().discover([folder.path])
        #expect(result.files.map(\.path).sorted() == [valid, folder.path + "/story.txt"].sorted())
        #expect(result.skipped.count == 1)
        #expect(result.skipped.first?.path == folder.path + "/caf\u{FFFD}.txt")
        #expect(result.skipped.first?.reason?.code == .unreadable)
        #expect(result.skipped.first?.reason?.message.contains("not valid UTF-8") == true)
    }

    @Test func hiddenFileNamedDirectlyIsFound() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(".notes.txt", "hello")
        let result = InputDiscovery().discover([path])
        #expect(result.files == [InputFile(path: path, format: .text)])
    }

    @Test func discoveryIsDeterministic() throws {
        let folder = try Self.makeCorpus()
        defer { folder.remove() }
        #expect(InputDiscovery().discover([folder.path]) == InputDiscovery().discover([folder.path + "/"]))
    }

    @Test func byteOrderOfPathsMatchesTheUTF8ViewsOrder() {
        let pieces = ["a", "B", "z", ".", "/", "//", "é", "e\u{301}", "/\u{301}x", "\u{0600}/", "日本", "ß", "a.txt", "Z.TXT", ""]
        var generator = SystemRandomNumberGenerator()
        var paths = pieces
        for _ in 0..<400 { paths.append((0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()) }
        for (a, b) in zip(paths, paths.shuffled(using: &generator)) {
            #expect(InputDiscovery.precedesInBytes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a.debugDescription) \(b.debugDescription)")
        }
    }
}
