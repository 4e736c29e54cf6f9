/// Decides which outlet published an article, and says which rule decided.
///
/// Rules, strongest first: `metadata` (a JSON `source`, a page's site name, a header
/// `source:` line), `feed` (the feed's title), `dateline` (`MOSCOW (AP) –`, `(CNN) —`,
/// `LONDON, March 3 (Reuters) -`), `promo-line` (`GET THE FOX NEWS APP`, `© 2021 Outlet`),
/// `url` (the host without `www.`), `folder` (the sub-folder the file was found in),
/// `file-name` (the file name without its extension).
package enum SourceInference {
    /// What is known about an article when its outlet is inferred.
    package struct Evidence: Sendable, Hashable {
        /// An outlet named by metadata (JSON `source`, `og:site_name`, header `source:`).
        package var metadata: String?
        /// The feed's title, for feed items.
        package var feedTitle: String?
        /// The article's paragraphs (the first is searched for a dateline, all for promo lines).
        package var paragraphs: [String]
        /// The article's URL.
        package var url: String?
        /// The discovery folder hint.
        package var folderHint: String?
        /// The input path.
        package var path: String

        /// Creates evidence.
        package init(metadata: String? = nil, feedTitle: String? = nil, paragraphs: [String] = [], url: String? = nil,
            folderHint: String? = nil, path: String) {
            self.metadata = metadata
            self.feedTitle = feedTitle
            self.paragraphs = paragraphs
            self.url = url
            self.folderHint = folderHint
            self.path = path
        }
    }

    /// Wire services and their usual spellings, folded → canonical name.
    private static let wireNames: [String: String] = [
        "ap": "AP", "associated press": "AP", "the associated press": "AP", "a.p.": "AP",
        "reuters": "Reuters", "thomson reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP",
        "agence france presse": "AFP", "upi": "UPI", "united press international": "UPI", "dpa": "dpa",
        "xinhua": "Xinhua", "tass": "TASS", "efe": "EFE", "ansa": "ANSA", "bloomberg": "Bloomberg",
        "kyodo": "Kyodo", "yonhap": "Yonhap", "cnn": "CNN", "bbc": "BBC", "ians": "IANS", "pti": "PTI",
    ]

    /// Short outlet words kept in capitals when a shouted name is title-cased.
    private static let keepUpper: Set<String> = ["ABC", "AP", "AFP", "UPI", "USA", "NYT", "NY", "LA", "UK", "US", "TV", "WSJ", "DW", "RT", "NHK", "CBC"]

    /// The outlet and the rule that found it.
    ///
    /// - Returns: `(source, rule)`; always a non-empty source.
    package static func infer(_ evidence: Evidence) -> (source: String, rule: String) {
        if let metadata = clean(evidence.metadata) { return (canonical(metadata), "metadata") }
        if let feed = clean(evidence.feedTitle).map(feedOutlet) { return (canonical(feed), "feed") }
        // A dateline opens the story, after at most a line or two of time stamps and captions.
        for paragraph in evidence.paragraphs.lazy.filter({ !$0.isEmpty }).prefix(3) {
            if let outlet = dateline(in: paragraph) { return (outlet, "dateline") }
        }
        for paragraph in evidence.paragraphs {
            // Lines cut on bytes: splitting on Characters ran grapheme breaking over every text.
            // Only lines the byte scan lets through become strings.
            var text = paragraph
            let candidates: [Range<Int>] = text.withUTF8 { bytes in
                var lines: [Range<Int>] = []
                var start = 0
                while start <= bytes.count {
                    var end = start
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                    if end > start, end - start <= promoLineLimit, mayBePromo(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                        lines.append(start..<end)
                    }
                    start = end + 1
                }
                return lines
            }
            for line in candidates {
                let utf8 = paragraph.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: line.lowerBound)
                let end = utf8.index(start, offsetBy: line.count)
                if let outlet = promoOutlet(in: paragraph[start..<end]) { return (outlet, "promo-line") }
            }
        }
        if let url = evidence.url, let host = host(of: url) { return (host, "url") }
        if let folder = clean(evidence.folderHint) { return (folder, "folder") }
        return (fileStem(evidence.path), "file-name")
    }

    /// The wire or outlet named in a dateline at the start of a paragraph.
    ///
    /// `MOSCOW (AP) –`, `WASHINGTON (Reuters) -`, `LONDON, March 3 (Reuters) -`, `(CNN)`,
    /// `ST. LOUIS (KMOX) –`, `St. Louis, MO (KMOV.com) -`, `SACRAMENTO (CBS13) —`.
    package static func dateline(in paragraph: some StringProtocol) -> String? {
        guard mayHaveDateline(paragraph.utf8) else { return nil }
        let head = String(paragraph.prefix(160))
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        let before = head[..<open].trimmingWhitespace()
        let inside = head[head.index(after: open)..<close].trimmingWhitespace()
        let after = head[head.index(after: close)...]
        // The place before the parentheses: empty, or a short place name (mostly capitals), an
        // optional date after a comma.
        if !before.isEmpty {
            let placePart = before.split(separator: ",").first.map(String.init) ?? before
            let placeWords = placePart.split(separator: " ")
            guard placeWords.count <= 4, before.split(separator: " ").count <= 8,
                before.split(separator: " ").allSatisfy(isPlaceWord), let firstScalar = placePart.unicodeScalars.first,
                UTF8Scanner.isUppercase(firstScalar) else { return nil }
            let letters = placePart.unicodeScalars.filter(UTF8Scanner.isLetter)
            let upper = letters.filter(UTF8Scanner.isUppercase).count
            // "MOSCOW" or "Moscow" are both seen; require capitalized words.
            guard placeWords.allSatisfy({ $0.unicodeScalars.first.map(UTF8Scanner.isUppercase) ?? false }) || upper * 2 >= letters.count
            else { return nil }
        }
        // The outlet: one to four words, starting with a capital; digits only after letters
        // (call signs such as `CBS13`), never a time or a list.
        let outletWords = inside.split(separator: " ")
        guard (1...4).contains(outletWords.count), inside.count <= 40, let first = inside.unicodeScalars.first,
            UTF8Scanner.isUppercase(first),
            !inside.unicodeScalars.contains(where: { $0 == ":" || $0 == "/" || $0 == "," }),
            outletWords.allSatisfy({ $0.unicodeScalars.first.map { !($0.value >= 48 && $0.value <= 57) } ?? false })
        else { return nil }
        // Followed by a dash or colon, or (for "(CNN)") directly by the text.
        let rest = after.trimmingWhitespace()
        guard let next = rest.unicodeScalars.first else { return nil }
        let dashes: Set<Unicode.Scalar> = ["-", "–", "—", "‒", "―", ":", "−"]
        guard dashes.contains(next) || (before.isEmpty && UTF8Scanner.isUppercase(next)) else { return nil }
        return canonical(withoutWebSuffix(String(inside)))
    }

    /// Whether the first 160 characters of a paragraph can hold a `(`, decided on bytes: no
    /// `(` at all, or one after 160 ASCII bytes (one character each, no `\r\n` pair), rules
    /// the paragraph out without building its characters.
    static func mayHaveDateline(_ utf8: some Collection<UInt8>) -> Bool {
        if let answer = utf8.withContiguousStorageIfAvailable({ mayHaveDateline(bytes: $0) }) { return answer }
        return mayHaveDateline(bytes: utf8)
    }

    /// `mayHaveDateline` on any bytes (specialized for contiguous ones).
    private static func mayHaveDateline(bytes utf8: some Collection<UInt8>) -> Bool {
        var position = 0
        var plainASCII = true
        for byte in utf8 {
            if byte == UInt8(ascii: "(") { return !plainASCII || position < 160 }
            if byte >= 0x80 || byte == UInt8(ascii: "\r") { plainASCII = false }
            position += 1
            if plainASCII, position >= 160 { return false }
        }
        return false
    }

    /// Whether a word can be part of a dateline's place and date: no sentence inside it, so a
    /// period only ends an abbreviation (`St.`, `Ft.`, `Calif.`) or sits inside one (`D.C.`).
    private static func isPlaceWord(_ word: Substring) -> Bool {
        let dots = word.filter { $0 == "." }.count
        guard dots > 0 else { return true }
        return dots > 1 || word.unicodeScalars.filter(UTF8Scanner.isLetter).count <= 5
    }

    /// `KMOV.com` → `KMOV`: a station's web name is the station.
    private static func withoutWebSuffix(_ name: String) -> String {
        for suffix in [".com", ".COM", ".Com"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// Whether a line can be a promo or copyright line at all: a space-separated word is "app"
    /// ("!.:" around it ignored), or the line holds "copyright", "(c)" or "©" (ASCII case
    /// ignored). Every line is asked, so this byte scan spares the word split for the others.
    static func mayBePromo(_ bytes: some Collection<UInt8>) -> Bool {
        if let answer = bytes.withContiguousStorageIfAvailable(mayBePromo) { return answer }
        return Array(bytes).withUnsafeBufferPointer(mayBePromo)
    }

    /// `mayBePromo` on contiguous bytes. "copyright", "(c)" and "©" hold no space, so they are
    /// inside one space-separated word exactly when they are anywhere in the line.
    static func mayBePromo(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
        func isMark(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "!") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") }
        func matches(_ word: StaticString, at index: Int) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let pointer = word.utf8Start
            for offset in 0..<count where lower(bytes[index + offset]) != pointer[offset] { return false }
            return true
        }
        func isAppWord(_ start: Int, _ end: Int) -> Bool {
            var start = start, end = end
            while start < end, isMark(bytes[start]) { start += 1 }
            while end > start, isMark(bytes[end - 1]) { end -= 1 }
            return end - start == 3 && matches("app", at: start)
        }
        var wordStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") {
                // "app" takes three bytes at least: short words are ruled out by length.
                if index - wordStart >= 3, isAppWord(wordStart, index) { return true }
                wordStart = index + 1
                continue
            }
            switch byte {
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA9: return true
            case UInt8(ascii: "("): if matches("(c)", at: index) { return true }
            case UInt8(ascii: "c"), UInt8(ascii: "C"): if matches("copyright", at: index) { return true }
            default: break
            }
        }
        return isAppWord(wordStart, bytes.count)
    }

    /// Lines longer than this are never promo lines (see `promoOutlet(in:)`).
    static let promoLineLimit = 2_000

    /// The outlet named by a promo or copyright line, if the line is one.
    ///
    /// `CLICK HERE TO GET THE FOX NEWS APP` → `Fox News`; `Download the Outlet app`;
    /// `Copyright 2021 The Associated Press.` → `AP`; `© 2021 Outlet. All rights reserved.`
    package static func promoOutlet(in line: some StringProtocol) -> String? {
        // A promo line is short: decide on the byte count first, so a paragraph of hundreds of
        // megabytes on one line (a hostile or broken file) is never split into words here.
        guard line.utf8.count <= promoLineLimit, mayBePromo(line.utf8) else { return nil }
        let trimmed = line.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.split(separator: " ").count <= 16 else { return nil }
        let words = trimmed.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased() }
        // "... GET/DOWNLOAD THE <OUTLET> APP"
        if let appIndex = lower.lastIndex(where: { $0.trimmingCharacters("!.:") == "app" }) {
            if let theIndex = lower[..<appIndex].lastIndex(where: { $0 == "the" || $0 == "our" }), theIndex > 0,
                ["get", "download", "install"].contains(lower[theIndex - 1]), appIndex - theIndex >= 2, appIndex - theIndex <= 5 {
                let name = words[(theIndex + 1)..<appIndex].joined(separator: " ")
                return canonical(isShouted(trimmed) ? titleCased(name) : name)
            }
        }
        // "Copyright [©] 2021 Outlet[.|,] ..." and "© 2021 Outlet"
        var index = 0
        var marks: [String] = []
        while index < words.count, ["copyright", "©", "(c)", "copyright©", "(©)"].contains(lower[index]) {
            marks.append(lower[index])
            index += 1
        }
        guard !marks.isEmpty else { return nil }
        let yearStart = index
        while index < words.count, words[index].unicodeScalars.allSatisfy({ ($0.value >= 48 && $0.value <= 57) || $0 == "-" || $0 == "," || $0 == "–" }) {
            index += 1
        }
        // "(c)" is also a list marker ("(c) Subsection (a) …"): only with a year after it.
        if marks == ["(c)"], index == yearStart { return nil }
        var nameWords: [String] = []
        while index < words.count, nameWords.count < 6 {
            var word = words[index]
            let lowerWord = word.lowercased()
            if lowerWord == "all" || lowerWord == "inc." || lowerWord == "llc" || lowerWord == "|" { break }
            var ends = false
            if let last = word.last, ".,;|".contains(last) {
                word.removeLast()
                ends = true
            }
            if !word.isEmpty { nameWords.append(word) }
            index += 1
            if ends { break }
        }
        // A trailing parenthetical owner: "WGCL-TV (Meredith Corporation)" → "WGCL-TV".
        if let open = nameWords.firstIndex(where: { $0.hasPrefix("(") }), open > 0 { nameWords.removeSubrange(open...) }
        guard let firstWord = nameWords.first, let scalar = firstWord.unicodeScalars.first, UTF8Scanner.isUppercase(scalar),
            nameWords.count <= 5 else { return nil }
        let name = nameWords.joined(separator: " ")
        return canonical(isShouted(trimmed) ? titleCased(name) : name)
    }

    /// The host of a URL without `www.`, lowercased.
    package static func host(of url: String) -> String? {
        var rest = Substring(url.trimmingWhitespace())
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] } else if rest.hasPrefix("//") { rest = rest.dropFirst(2) }
        let hostEnd = rest.firstIndex { "/?#".contains($0) } ?? rest.endIndex
        var host = String(rest[..<hostEnd]).lowercased()
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        if let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        guard host.contains("."), !host.hasPrefix("."), !host.contains(" ") else { return nil }
        return host
    }

    /// A feed title reduced to the outlet: `Reuters: World News` → `Reuters`, `BBC News - World` → `BBC News`.
    package static func feedOutlet(_ title: String) -> String {
        for separator in [" - ", " – ", " — ", " | ", ": ", " > ", " :: "] {
            if let range = title.range(of: separator) {
                let head = title[..<range.lowerBound].trimmingWhitespace()
                if !head.isEmpty { return head }
            }
        }
        return title
    }

    /// Canonical wire names (`Associated Press` → `AP`); other names as given.
    package static func canonical(_ name: String) -> String {
        let trimmed = name.trimmingWhitespace()
        return wireNames[Folding.fold(trimmed)] ?? trimmed
    }

    /// The file name without directories and extension.
    package static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { return String(name[..<dot]) }
        return name
    }

    /// Whether every letter of a line is a capital (a shouted promo line).
    private static func isShouted(_ line: String) -> Bool {
        let letters = line.unicodeScalars.filter(UTF8Scanner.isLetter)
        return letters.count >= 4 && letters.allSatisfy(UTF8Scanner.isUppercase)
    }

    /// `FOX NEWS` → `Fox News`, for names taken from a shouted line; acronyms without vowels
    /// (`CNN`) and known short outlet acronyms (`ABC`) stay in capitals.
    private static func titleCased(_ name: String) -> String {
        name.split(separator: " ").map { word -> String in
            let text = String(word)
            let hasVowel = text.lowercased().contains { "aeiouy".contains($0) }
            if keepUpper.contains(text) || !hasVowel { return text }
            return text.prefix(1) + text.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    private static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension String {
    /// The string without the given characters at either end.
    func trimmingCharacters(_ characters: String) -> String {
        var result = Substring(self)
        while let first = result.first, characters.contains(first) { result.removeFirst() }
        while let last = result.last, characters.contains(last) { result.removeLast() }
        return String(result)
    }
}
