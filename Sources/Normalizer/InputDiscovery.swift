package import StoryModel
internal import Foundation

/// Finds the inputs below the paths a user names.
///
/// Folders are walked recursively in byte order of names; dot-named files and folders are
/// skipped unless named directly; symbolic-link loops are detected by tracking real paths.
/// The format comes from the extension (`.txt .text .md` text, `.html .htm .xhtml` HTML,
/// `.xml .rss .atom .rdf` a feed told apart by its root element, `.jsonl .ndjson` JSON Lines)
/// or, for other names, from the first bytes. `.warc` files (and `.warc.gz`) are read as HTML
/// pages, one per response record; other `.gz` files are read as the format they hold.
package struct InputDiscovery: Sendable {
    /// What discovery found: files to load, and paths that cannot be loaded, with reasons.
    package struct Result: Sendable, Hashable {
        /// Files to load, in a deterministic order (sorted by path bytes).
        package var files: [InputFile]
        /// Paths that were found but cannot be loaded (unreadable, unsupported, symlink loop).
        package var skipped: [InputRecord]

        /// Creates a result.
        package init(files: [InputFile], skipped: [InputRecord]) {
            self.files = files
            self.skipped = skipped
        }
    }

    /// Whether `a` sorts before `b` by their UTF-8 bytes (`a.utf8.lexicographicallyPrecedes(b.utf8)`),
    /// compared with `memcmp` on contiguous bytes: a million paths sort in a fraction of the time.
    static func precedesInBytes(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let shared = min(x.count, y.count)
                let order = shared == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, shared)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
    }

    /// Extensions and the format they mean; `nil` marks feeds told apart by content.
    private static let extensions: [String: InputFormat?] = [
        "txt": .text, "text": .text, "md": .text, "html": .html, "htm": .html, "xhtml": .html,
        "xml": nil, "rss": nil, "atom": nil, "rdf": nil, "jsonl": .jsonLines, "ndjson": .jsonLines,
        "warc": .html,
    ]

    /// Extensions of files that are never articles (data, code, media, archives of other kinds):
    /// found while walking a folder they are listed as unsupported without being read.
    private static let nonArticleExtensions: Set<String> = [
        "tsv", "csv", "json", "yaml", "yml", "toml", "ini", "cfg", "log", "lock", "sql",
        "py", "sh", "swift", "js", "ts", "css", "c", "h", "rb", "go", "rs", "java",
        "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff",
        "mp3", "mp4", "wav", "mov", "avi", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
        "zip", "tar", "bz2", "xz", "7z", "exe", "so", "o", "a", "dylib", "class", "jar",
    ]

    /// File names (without extension, any case) of a folder's documentation, which a walk skips.
    private static let documentationNames: Set<String> = [
        "readme", "license", "licence", "changelog", "changes", "contributing", "notice", "copying", "authors",
    ]

    /// Creates a discovery with default rules.
    package init() {}

    /// Walks `paths` (files and folders, recursively) and classifies every file found.
    ///
    /// - Parameter paths: files and folders as the user gave them.
    /// - Returns: the files to load and the paths skipped, each sorted by path bytes; a path
    ///   reached twice (named twice, or inside a named folder too) appears once.
    package func discover(_ paths: [String]) -> Result {
        // One named path cannot reach a path twice (a walk lists each folder once, by its own
        // path), so only several named paths need the set of paths seen.
        var walker = Walker(checksRepeats: paths.count > 1)
        for path in paths { walker.visitNamed(path) }
        let files = walker.files.sorted { InputDiscovery.precedesInBytes($0.path, $1.path) }
        let skipped = walker.skipped.sorted { InputDiscovery.precedesInBytes($0.path, $1.path) }
        return Result(files: files, skipped: skipped)
    }

    /// The mutable state of one walk.
    private struct Walker {
        var files: [InputFile] = []
        var skipped: [InputRecord] = []
        /// Whether a path may be reached twice (several paths were named).
        let checksRepeats: Bool
        var seenPaths = Set<String>()

        init(checksRepeats: Bool) {
            self.checksRepeats = checksRepeats
        }

        /// Whether `path` is met for the first time (always, when repeats are impossible).
        mutating func isFirstVisit(_ path: String) -> Bool {
            !checksRepeats || seenPaths.insert(path).inserted
        }

        mutating func visitNamed(_ path: String) {
            guard !path.isEmpty else { return }
            var info = stat()
            guard lstat(path, &info) == 0 else {
                record(path, nil, SkipReason(.unreadable, InputDiscovery.errnoText(errno)))
                return
            }
            if isSymlink(info) {
                guard stat(path, &info) == 0 else {
                    let code = errno
                    record(path, nil, SkipReason(.unreadable, code == ELOOP ? "symbolic link loop" : "broken symbolic link (\(InputDiscovery.errnoText(code)))"))
                    return
                }
            }
            if isDirectory(info) {
                let root = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
                walk(root, root: root, ancestors: [InputDiscovery.realPath(root) ?? root], named: true)
            } else {
                classify(path, folderHint: nil, isRegular: isRegular(info))
            }
        }

        /// - Parameter named: whether the user named this folder (an empty one is then an
        ///   `.empty` input; an empty folder met in a walk is listed as `.unsupported`).
        mutating func walk(_ directory: String, root: String, ancestors: Set<String>, named: Bool = false) {
            guard let entries = InputDiscovery.entries(of: directory) else {
                record(directory, nil, SkipReason(.unreadable, "cannot list folder: \(InputDiscovery.readableError(directory))"))
                return
            }
            let visible = entries.filter { !$0.name.hasPrefix(".") }
            if visible.isEmpty {
                // Listed, so a folder named like a file (`story.html/`) is not lost silently.
                record(directory, nil, named
                    ? SkipReason(.empty, "the folder holds no files")
                    : SkipReason(.unsupported, "an empty folder: nothing to read"))
                return
            }
            for (name, type) in visible.sorted(by: { InputDiscovery.precedesInBytes($0.name, $1.name) }) {
                let path = directory == "/" ? "/" + name : directory + "/" + name
                if type == DT_REG, !name.unicodeScalars.contains("\u{FFFD}") {
                    // The listing says what the file is: no `lstat` (a million files, a
                    // million path lookups saved). A repaired name goes on to `lstat`, which
                    // tells a name that is not valid UTF-8 from one that holds U+FFFD.
                    visitFile(path, name: name, root: root, isRegular: true)
                    continue
                }
                var info = stat()
                guard lstat(path, &info) == 0 else {
                    let code = errno
                    if code == ENOENT, name.unicodeScalars.contains("\u{FFFD}") {
                        // `entries(of:)` decodes names as UTF-8 and repairs invalid bytes; the
                        // repaired name does not exist, so say why instead of "no such file".
                        record(path, nil, SkipReason(.unreadable, "the file name is not valid UTF-8 (shown with U+FFFD), so it cannot be opened; rename the file"))
                    } else {
                        record(path, nil, SkipReason(.unreadable, InputDiscovery.errnoText(code)))
                    }
                    continue
                }
                if isSymlink(info) {
                    guard stat(path, &info) == 0 else {
                        let code = errno
                        record(path, nil, SkipReason(.unreadable, code == ELOOP ? "symbolic link loop" : "broken symbolic link (\(InputDiscovery.errnoText(code)))"))
                        continue
                    }
                }
                if isDirectory(info) {
                    let real = InputDiscovery.realPath(path) ?? path
                    if ancestors.contains(real) {
                        record(path, nil, SkipReason(.unreadable, "symbolic link loop: \(path) leads back to \(real); not followed"))
                        continue
                    }
                    walk(path, root: root, ancestors: ancestors.union([real]))
                } else {
                    visitFile(path, name: name, root: root, isRegular: isRegular(info))
                }
            }
        }

        /// A file met in the walk of `root`: skipped by its name, or classified.
        mutating func visitFile(_ path: String, name: String, root: String, isRegular: Bool) {
            if let reason = InputDiscovery.notAnArticle(name) {
                record(path, nil, reason)
                return
            }
            // The first folder below the root, when the file is not at the top.
            let relative = path.utf8.dropFirst(root.utf8.count + (root == "/" ? 0 : 1))
            let hint = relative.firstIndex(of: UInt8(ascii: "/")).map { String(Substring(relative[..<$0])) }
            classify(path, folderHint: hint, isRegular: isRegular, name: name)
        }

        /// - Parameter name: the file's name (the last path component), when known.
        mutating func classify(_ path: String, folderHint: String?, isRegular: Bool, name: String? = nil) {
            guard isFirstVisit(path) else { return }
            guard isRegular else {
                skipped.append(InputRecord(path: path, format: nil, status: .skipped, reason: SkipReason(.unsupported, "not a regular file")))
                return
            }
            var name = name ?? UTF8Scanner.split(path[...], onASCII: UInt8(ascii: "/")).last.map(String.init) ?? path
            // `page.html.gz`: the inner name says the format once the content confirms gzip.
            // (The path ends with the name, so the name says whether the path ends in `.gz`.)
            let isCompressed = name.lowercased().hasSuffix(".gz")
            if isCompressed, name.count > 3 { name = String(name.dropLast(3)) }
            let ext = name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]).lowercased() }
            if let ext, name.first != "." || name.dropFirst().contains("."), let known = InputDiscovery.extensions[ext] {
                if let format = known, !isCompressed {
                    files.append(InputFile(path: path, format: format, folderHint: folderHint))
                    return
                }
                if let format = known {
                    // A compressed file: trust the inner extension once the bytes are gzip.
                    switch FileReader.read(path, limit: ContentSniffer.prefixLength) {
                    case .failure(let failure): skipped.append(InputRecord(path: path, format: nil, status: .skipped, reason: failure.reason))
                    case .success(let head) where Gzip.isGzip(head):
                        accept(path, folderHint, ContentSniffer.sniff(head).keepingFormat(format), fallback: format)
                    case .success(let head): accept(path, folderHint, ContentSniffer.sniff(head), fallback: format)
                    }
                    return
                }
                // A feed extension: RSS or Atom by the root element.
                switch FileReader.read(path, limit: ContentSniffer.prefixLength) {
                case .failure(let failure): skipped.append(InputRecord(path: path, format: nil, status: .skipped, reason: failure.reason))
                case .success(let head):
                    var verdict = Gzip.isGzip(head) ? ContentSniffer.sniff(head) : ContentSniffer.feedFormat(head)
                    if case .unsupported = verdict, head.count >= ContentSniffer.prefixLength, ContentSniffer.rootElement(head) == nil {
                        // A prolog longer than the sniffed prefix (a huge DOCTYPE): the feed
                        // parser sees the whole document and names the real problem.
                        verdict = .format(.rss)
                    }
                    accept(path, folderHint, verdict, fallback: .rss)
                }
                return
            }
            switch FileReader.read(path, limit: ContentSniffer.prefixLength) {
            case .failure(let failure): skipped.append(InputRecord(path: path, format: nil, status: .skipped, reason: failure.reason))
            case .success(let head): accept(path, folderHint, ContentSniffer.sniff(head), fallback: nil)
            }
        }

        mutating func accept(_ path: String, _ hint: String?, _ verdict: ContentSniffer.Verdict, fallback: InputFormat?) {
            switch verdict {
            case .format(let format):
                files.append(InputFile(path: path, format: format, folderHint: hint))
            case .binary(let kind):
                skipped.append(InputRecord(path: path, format: nil, status: .skipped, reason: SkipReason(.binary, "the file is \(kind), not text")))
            case .unsupported(let why):
                skipped.append(InputRecord(path: path, format: fallback, status: .skipped, reason: SkipReason(.unsupported, "unknown format: \(why)")))
            case .empty:
                skipped.append(InputRecord(path: path, format: fallback, status: .skipped, reason: SkipReason(.empty, "the file is empty (0 bytes)")))
            }
        }

        mutating func record(_ path: String, _ format: InputFormat?, _ reason: SkipReason) {
            guard isFirstVisit(path) else { return }
            skipped.append(InputRecord(path: path, format: format, status: .skipped, reason: reason))
        }

        func isSymlink(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFLNK }
        func isDirectory(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFDIR }
        func isRegular(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFREG }
    }

    /// Why a file met while walking a folder is not an article (documentation, data, code,
    /// media), or `nil` when it may be one.
    static func notAnArticle(_ name: String) -> SkipReason? {
        let dot = name.lastIndex(of: ".")
        let stem = (dot.map { String(name[..<$0]) } ?? name).lowercased()
        let ext = dot.map { String(name[name.index(after: $0)...]).lowercased() }
        if documentationNames.contains(stem) {
            return SkipReason(.unsupported, "a folder's documentation file, not an article (name it directly to read it)")
        }
        if let ext, nonArticleExtensions.contains(ext) {
            return SkipReason(.unsupported, "a .\(ext) file is not an article format (text, HTML, RSS/Atom, JSON Lines)")
        }
        return nil
    }

    /// A folder's entries, each name with its type as the listing gives it (`DT_REG`,
    /// `DT_DIR`, …, or `DT_UNKNOWN` where the file system does not say), in no order; `nil`
    /// when the folder cannot be opened. Names that are not valid UTF-8 come with U+FFFD.
    private static func entries(of directory: String) -> [(name: String, type: Int)]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var entries: [(name: String, type: Int)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            entries.append((name, Int(entry.pointee.d_type)))
        }
        return entries
    }

    /// The canonical path with symbolic links resolved, or `nil`.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `strerror` text with a lowercase first letter ("no such file or directory").
    package static func errnoText(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        guard let first = text.first else { return "error \(code)" }
        return first.lowercased() + text.dropFirst()
    }

    private static func readableError(_ path: String) -> String {
        access(path, R_OK) == 0 ? "unknown error" : errnoText(errno)
    }
}

extension ContentSniffer.Verdict {
    /// For a file whose inner extension names a format: that format when the content is readable
    /// (an extension says more than a 4 KB prefix), the verdict otherwise.
    fileprivate func keepingFormat(_ format: InputFormat) -> ContentSniffer.Verdict {
        if case .format = self { return .format(format) }
        return self
    }
}
