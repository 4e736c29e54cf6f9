internal import Foundation
internal import StoryModel

/// Reads a page's metadata with a fixed priority per field: JSON-LD, then `<meta>` tags
/// (Open Graph, Twitter, Dublin Core, Parse.ly, Sailthru), then visible markup (`<h1>`, `<time>`,
/// bylines), then the URL.
struct HTMLMetadataReader {
    /// The page.
    let tree: LibXMLTree
    /// `<meta>` values by lowercased `property`/`name`/`itemprop`, every value in document order.
    private var meta: [String: [String]] = [:]
    /// The JSON-LD article description, when present.
    private let jsonLD: JSONLDArticle?

    /// Indexes the page's `<meta>` tags and JSON-LD scripts.
    init(tree: LibXMLTree) {
        self.tree = tree
        var scripts: [String] = []
        for index in tree.elements(under: tree.root, where: { tree[$0].name == "meta" || tree[$0].name == "script" }) {
            let node = tree[index]
            if node.name == "script" {
                if let type = node.attribute("type"), asciiLowercased(type).contains("ld+json") {
                    scripts.append(tree.text(of: index))
                }
                continue
            }
            guard let content = node.attribute("content") else { continue }
            let value = HTMLText.collapse(content)
            guard !value.isEmpty else { continue }
            for key in ["property", "name", "itemprop", "http-equiv"] {
                if let name = node.attribute(key) { meta[asciiLowercased(name), default: []].append(value) }
            }
        }
        jsonLD = JSONLDReader.read(scripts)
    }

    /// The first `<meta>` value among `keys`, in the keys' priority order.
    private func metaValue(_ keys: [String]) -> String? {
        metaValueAndRule(keys)?.value
    }

    /// The first `<meta>` value among `keys` and its rule (`meta:<key>`).
    private func metaValueAndRule(_ keys: [String]) -> (value: String, rule: String)? {
        for key in keys { if let value = meta[key]?.first { return (value, "meta:" + key) } }
        return nil
    }

    /// Fills a page's metadata fields.
    ///
    /// - Parameter contentRoots: the main-text containers (a `<time>` inside them is the article's).
    func read(contentRoots: [Int]) -> ExtractedPage {
        var page = ExtractedPage()
        var rules: [String: String] = [:]
        func note<T>(_ field: String, _ found: (T, String)?) -> T? {
            guard let found else { return nil }
            rules[field] = found.1
            return found.0
        }
        page.siteName = note("siteName", jsonLDOrMetaSiteName())
        page.url = note("url", canonicalURL())
        page.title = note("title", title(siteName: page.siteName))
        page.date = note("date", date(contentRoots: contentRoots, url: page.url))
        page.authors = note("authors", authors(siteName: page.siteName)) ?? []
        page.language = note("language", language())
        page.rules = rules
        return page
    }

    /// `og:site_name` > JSON-LD `publisher.name` > `application-name`, with the rule used.
    private func jsonLDOrMetaSiteName() -> (String, String)? {
        if let found = metaValueAndRule(["og:site_name"]) { return found }
        if let name = jsonLD?.publisherName { return (name, "json-ld:publisher.name") }
        if let found = metaValueAndRule(["application-name", "twitter:site"]), !found.value.hasPrefix("@") { return found }
        return nil
    }

    /// `<link rel=canonical>` > `og:url` > `twitter:url` > JSON-LD `url`, with the rule used.
    private func canonicalURL() -> (String, String)? {
        if let link = firstLink(rel: "canonical") { return (link, "link:canonical") }
        if let found = metaValueAndRule(["og:url", "twitter:url"]) { return found }
        if let url = jsonLD?.url { return (url, "json-ld:url") }
        return nil
    }

    /// JSON-LD `headline` > `og:title` > `twitter:title` > first `<h1>` > `<title>`, the site's
    /// name stripped from either end.
    private func title(siteName: String?) -> (String, String)? {
        var candidates: [(String?, String)] = [
            (jsonLD?.headline, "json-ld:headline"), (metaValue(["og:title"]), "meta:og:title"),
            (metaValue(["twitter:title"]), "meta:twitter:title"),
        ]
        if let h1 = tree.first("h1") { candidates.append((HTMLText.collapse(tree.text(of: h1)), "h1")) }
        if let title = tree.first("title") { candidates.append((HTMLText.collapse(tree.text(of: title)), "title")) }
        for (candidate, rule) in candidates {
            guard let candidate, !candidate.isEmpty else { continue }
            return (Self.strippingSiteName(candidate, siteName: siteName), rule)
        }
        return nil
    }

    /// Removes a `" | Site"`, `" - Site"`, `" — Site"` suffix (or a `"Site | "` prefix) naming the site.
    static func strippingSiteName(_ title: String, siteName: String?) -> String {
        guard let siteName, !siteName.isEmpty else { return title }
        let site = comparable(siteName)
        guard !site.isEmpty else { return title }
        let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / "]
        var result = title
        var changed = true
        while changed {
            changed = false
            for separator in separators {
                if let range = byteRange(of: separator, in: result, backwards: true) {
                    let suffix = comparable(result[range.upperBound...])
                    if !suffix.isEmpty, suffix == site || suffix.contains(site) || site.contains(suffix) {
                        let head = String(result[..<range.lowerBound])
                        if !head.isEmpty { result = head; changed = true; break }
                    }
                }
                if let range = byteRange(of: separator, in: result) {
                    let prefix = comparable(result[..<range.lowerBound])
                    if !prefix.isEmpty, prefix == site {
                        let tail = String(result[range.upperBound...])
                        if !tail.isEmpty { result = tail; changed = true; break }
                    }
                }
            }
        }
        return result
    }

    /// Lowercased letters and digits only, for comparing names.
    private static func comparable(_ text: some StringProtocol) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }

    /// JSON-LD `datePublished` > publication `<meta>` tags > `<time>` marked as the publication or
    /// inside the article > a date in the URL > the page's first `<time>` > microdata > an element
    /// whose class names a date > a labelled line ("Published on …").
    private func date(contentRoots: [Int], url: String?) -> (CalendarDay, String)? {
        if let text = jsonLD?.datePublished, let day = Self.publicationDay(text) ?? Self.dateInText(text) { return (day, "json-ld:datePublished") }
        let keys = [
            "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
            "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
            "dcterms.date", "dcterms.created", "dc.date.created", "sailthru.date", "parsely-pub-date",
            "article.published", "cxenseparse:recs:publishtime", "citation_publication_date",
        ]
        for key in keys {
            for value in meta[key] ?? [] { if let day = Self.publicationDay(value) { return (day, "meta:" + key) } }
        }
        let times = tree.elements(under: tree.root) { tree[$0].name == "time" }
        let marked = times.filter { index in
            let node = tree[index]
            return node.attribute("pubdate") != nil
                || (node.attribute("itemprop").map { $0.lowercased().contains("datepublished") } ?? false)
        }
        let inside = times.filter { time in contentRoots.contains { tree.isAncestor($0, of: time) } }
        func timeDate(_ index: Int, _ rule: String) -> (CalendarDay, String)? {
            let node = tree[index]
            if let value = node.attribute("datetime"), let day = Self.publicationDay(value) { return (day, rule + "[datetime]") }
            if let day = Self.publicationDay(HTMLText.collapse(tree.text(of: index))) { return (day, rule + "[text]") }
            return nil
        }
        for (index, rule) in marked.map({ ($0, "time:published") }) + inside.map({ ($0, "time:in-article") }) {
            if let found = timeDate(index, rule) { return found }
        }
        // A URL's date outranks the page's first <time> (often an "updated" stamp or a sidebar item's).
        if let url, let day = Self.dateInURL(url) { return (day, "url-pattern") }
        if let first = times.first, let found = timeDate(first, "time:first") { return found }
        // Microdata on other elements: <span itemprop="datePublished" content="…">.
        for index in tree.elements(under: tree.root, where: { tree[$0].attribute("itemprop")?.lowercased() == "datepublished" }) {
            let node = tree[index]
            if let value = node.attribute("content") ?? node.attribute("datetime"), let day = Self.publicationDay(value) {
                return (day, "microdata:datePublished")
            }
            if let day = Self.dateInText(HTMLText.collapse(tree.text(of: index))) { return (day, "microdata:datePublished[text]") }
        }
        if let found = dateInMarkedElement() { return found }
        if let found = dateInLabelledLine() { return found }
        return nil
    }

    /// A date in the text of an element whose class or id names a publication date
    /// (`article-publish-date`, `storyDate`, `post-date`, `timestamp`), publication names first;
    /// elements naming an update or modification are passed over.
    private func dateInMarkedElement() -> (CalendarDay, String)? {
        var publication: [Int] = []
        var other: [Int] = []
        for index in tree.elements(under: tree.root, where: { tree[$0].kind != .text }) {
            let node = tree[index]
            guard !["script", "style", "head", "meta", "link", "body", "html"].contains(node.name) else { continue }
            let words = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
            guard !words.isEmpty, !asciiContains(words, "updat"), !asciiContains(words, "modif") else { continue }
            if asciiContains(words, "publish") || asciiContains(words, "pubdate") || asciiContains(words, "posted") {
                publication.append(index)
            } else if asciiContains(words, "date") || asciiContains(words, "timestamp") || asciiContains(words, "dateline") {
                other.append(index)
            }
        }
        for (indices, rule) in [(publication, "class:published"), (other, "class:date")] {
            for index in indices.prefix(20) {
                let text = HTMLText.collapse(tree.text(of: index))
                guard text.utf8.count <= 200, !Self.startsWithUpdateWord(text) else { continue }
                if let day = Self.dateInText(text) { return (day, rule + "[text]") }
            }
        }
        return nil
    }

    /// A date in a short line that says it is the publication date ("Published on …",
    /// "Posted …", "Written by A on …", "publiziert am …").
    private func dateInLabelledLine() -> (CalendarDay, String)? {
        let labels = ["published", "posted", "written by", "publiziert", "veröffentlicht", "publié", "publicado"]
        for index in tree.elements(under: tree.root, where: { ["p", "div", "span", "li", "small", "em"].contains(tree[$0].name) }) {
            let text = HTMLText.collapse(tree.text(of: index))
            guard text.utf8.count <= 160 else { continue }
            let lower = text.lowercased()
            guard labels.contains(where: { lower.contains($0) }), !Self.startsWithUpdateWord(text) else { continue }
            if let day = Self.dateInText(text) { return (day, "labelled-line[text]") }
        }
        return nil
    }

    /// Whether a line starts by saying it is an update ("Updated: …", "Last modified …").
    private static func startsWithUpdateWord(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("updated") || lower.hasPrefix("last updated") || lower.hasPrefix("modified") || lower.hasPrefix("last modified")
    }

    /// The first absolute date anywhere in a short text: `DateParser` tried at every word start.
    ///
    /// - Complexity: O(n) parser calls, each reading a few tokens; texts above 400 bytes give nil.
    static func dateInText(_ text: String) -> CalendarDay? {
        let bytes = Array(text.utf8)
        guard bytes.count <= 400 else { return nil }
        func isAlphanumeric(_ byte: UInt8) -> Bool { (byte >= 48 && byte <= 57) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 122) }
        for index in bytes.indices where isAlphanumeric(bytes[index]) && (index == 0 || !isAlphanumeric(bytes[index - 1])) {
            if let day = Self.publicationDay(String(decoding: bytes[index...], as: UTF8.self)) { return day }
        }
        return nil
    }

    /// A day parsed from metadata when it is a plausible web publication date (1990–2100):
    /// placeholders such as `0001-01-01` are ignored.
    static func publicationDay(_ text: some StringProtocol) -> CalendarDay? {
        guard let day = DateParser.parse(text), (1990...2100).contains(day.year) else { return nil }
        return day
    }

    /// A `/YYYY/MM/DD/`, `/YYYY-MM-DD`, `/YYYY/mon/DD/` or slug-final `-YYYYMMDD` date in a URL path.
    static func dateInURL(_ url: String) -> CalendarDay? {
        if let day = numericDateInURL(url) ?? monthNameDateInURL(url) ?? compactDateInURL(url) { return day }
        return nil
    }

    /// `/YYYY/mon/DD/` (`/2019/nov/18/`).
    private static func monthNameDateInURL(_ url: String) -> CalendarDay? {
        let parts = url.lowercased().split(separator: "/").map(String.init)
        guard parts.count >= 3 else { return nil }
        for index in 0..<(parts.count - 2) {
            guard parts[index].count == 4, let year = Int(parts[index]), (1990...2100).contains(year),
                  parts[index + 1].count >= 3, parts[index + 1].allSatisfy(\.isLetter),
                  parts[index + 2].count <= 2, let day = Int(parts[index + 2]) else { continue }
            if let found = DateParser.parse("\(parts[index + 1]) \(day), \(year)") { return found }
        }
        return nil
    }

    /// An 8-digit `YYYYMMDD` run ending the last path segment or delimited by `-`/`_` (`…-20191115/`).
    private static func compactDateInURL(_ url: String) -> CalendarDay? {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        for segment in path.split(separator: "/").reversed().prefix(2) {
            for piece in segment.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }) where piece.count == 8 && piece.allSatisfy(\.isASCII) {
                guard let value = Int(piece) else { continue }
                let year = value / 10_000, month = value / 100 % 100, day = value % 100
                if (1990...2100).contains(year), let found = CalendarDay(year: year, month: month, day: day) { return found }
            }
        }
        return nil
    }

    /// `/YYYY/MM/DD/` or `/YYYY-MM-DD`.
    private static func numericDateInURL(_ url: String) -> CalendarDay? {
        let bytes = Array(url.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        var index = 0
        while index + 10 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "/"), let year = number(index + 1, 4), (1990...2100).contains(year) else { continue }
            let separator = bytes[index + 5]
            guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-"),
                  let month = number(index + 6, 2), index + 8 < bytes.count, bytes[index + 8] == separator,
                  let day = number(index + 9, 2) else { continue }
            let end = index + 11
            if end < bytes.count, bytes[end] >= 48, bytes[end] <= 57 { continue }
            if let calendarDay = CalendarDay(year: year, month: month, day: day) { return calendarDay }
        }
        return nil
    }

    /// JSON-LD authors > `<meta name=author>`/`article:author` > `rel=author`, `itemprop=author`,
    /// byline text, links to an author page (`/author/…`).
    private func authors(siteName: String?) -> ([String], String)? {
        let fromJSONLD = Self.cleanAuthors((jsonLD?.authors ?? []).filter { !Self.isURL($0) }, siteName: siteName)
        if !fromJSONLD.isEmpty { return (fromJSONLD, "json-ld:author") }
        var metaRules: [String] = []
        var raw: [String] = []
        for key in ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator"] {
            let values = (meta[key] ?? []).filter { !Self.isURL($0) }
            if !values.isEmpty { raw += values; metaRules.append("meta:" + key) }
        }
        let fromMeta = Self.cleanAuthors(raw, siteName: siteName)
        if !fromMeta.isEmpty { return (fromMeta, metaRules.joined(separator: "+")) }
        let byline = bylineTexts()
        let fromByline = Self.cleanAuthors(byline.texts, siteName: siteName)
        return fromByline.isEmpty ? nil : (fromByline, byline.rule)
    }

    /// Visible author markup: `rel=author` links, `itemprop=author` (its `name` when nested),
    /// elements whose class names a byline.
    private func bylineTexts() -> (texts: [String], rule: String) {
        var texts: [String] = []
        let relAuthors = tree.elements(under: tree.root) { index in
            let rel = tree[index].attribute("rel").map(asciiLowercased) ?? ""
            return rel.split(separator: " ").contains("author")
        }
        for index in relAuthors { texts.append(HTMLText.collapse(tree.text(of: index))) }
        if !texts.isEmpty { return (texts, "byline:rel-author") }
        let itemprops = tree.elements(under: tree.root) { index in
            tree[index].attribute("itemprop")?.split(separator: " ").contains("author") ?? false
        }
        for index in itemprops {
            if tree[index].name == "meta" || tree[index].name == "link" { continue }
            let names = tree.elements(under: index) { tree[$0].attribute("itemprop") == "name" }
            if let name = names.first {
                let node = tree[name]
                texts.append(node.attribute("content") ?? HTMLText.collapse(tree.text(of: name)))
            } else {
                texts.append(blockText(index))
            }
        }
        if !texts.isEmpty { return (texts, "byline:itemprop-author") }
        let bylines = tree.elements(under: tree.root, descend: { index in
            !HTMLBoilerplate.hasWord(of: tree[index], startingWith: "byline")
        }) { index in
            HTMLBoilerplate.hasWord(of: tree[index], startingWith: "byline")
        }
        if let first = bylines.first {
            // Prefer the names inside a byline (links or author spans) over its full text.
            let inner = tree.elements(under: first) { index in
                index != first && (tree[index].name == "a" || HTMLBoilerplate.hasWord(of: tree[index], startingWith: "author"))
            }.map { HTMLText.collapse(tree.text(of: $0)) }.filter { !$0.isEmpty }
            texts = inner.isEmpty ? [blockText(first)] : inner
        }
        if !texts.isEmpty { return (texts, "byline:class") }
        // Links to an author page (`/author/jane-doe`, WordPress and most CMSs), outside
        // navigation, with a short text. (HTMLRawText keeps a link's `href` only when it holds
        // "/aut": a new reader of link targets must widen that rule.)
        let authorLinks = tree.elements(under: tree.root, descend: { !HTMLBoilerplate.isDroppedByTag(tree[$0]) && tree[$0].name != "nav" }) { index in
            guard tree[index].name == "a", let href = tree[index].attribute("href") else { return false }
            let lower = asciiLowercased(href)
            return ["/author/", "/authors/", "/autor/", "/auteur/", "/autore/"].contains { asciiContains(lower, $0) }
        }
        for index in authorLinks.prefix(3) {
            let text = HTMLText.collapse(tree.text(of: index))
            if !text.isEmpty, text.utf8.count <= 60, !texts.contains(text) { texts.append(text) }
        }
        if !texts.isEmpty { return (texts, "byline:author-link") }
        return (texts, "byline:class")
    }

    /// An element's text with its blocks and line breaks separated by commas (bylines put each
    /// name, or the outlet, on a line of its own).
    private func blockText(_ index: Int) -> String {
        var result = ""
        var stack = [index]
        while let current = stack.popLast() {
            if current < 0 {
                result += ", "
                continue
            }
            let node = tree[current]
            if node.kind == .text {
                result += node.text
            } else if !HTMLBoilerplate.droppedTags.contains(node.name) || node.name == "h1" {
                let isBlock = HTMLParagraphCollector.blockTags.contains(node.name)
                if isBlock { result += ", " }
                if isBlock { stack.append(-1) }
                tree.pushChildren(of: current, onto: &stack, reversed: true)
            }
        }
        return HTMLText.collapse(result)
    }

    /// Whether a value is a URL (Facebook profile links in `article:author`).
    private static func isURL(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("//") || text.hasPrefix("www.")
    }

    /// Splits bylines ("By A and B, Site") into names, drops dates, the site's name and
    /// non-names, and removes duplicates (order kept).
    static func cleanAuthors(_ raw: [String], siteName: String?) -> [String] {
        var result: [String] = []
        var seen: Set<String> = []
        let site = siteName.map { comparable($0) }
        for text in raw {
            var line = HTMLText.collapse(text)
            // Cut at markers that end the names part of a byline.
            for marker in [" | ", " • ", " · ", "Updated", "UPDATED", "Published", "PUBLISHED", "Posted", " on ", "\n"] {
                if let range = byteRange(of: marker, in: line) { line = String(line[..<range.lowerBound]) }
            }
            var lowered = line.lowercased()
            for prefix in ["written by ", "reporting by ", "story by ", "words by ", "by: ", "by "] where lowered.hasPrefix(prefix) {
                line = String(line.dropFirst(prefix.count))
                lowered = line.lowercased()
                break
            }
            var parts: [String] = [line]
            for separator in [",", ";", " and ", " & ", " And ", " AND "] {
                parts = parts.flatMap { $0.components(separatedBy: separator) }
            }
            for (position, part) in parts.enumerated() {
                var name = HTMLText.collapse(part)
                if name.lowercased().hasPrefix("by ") { name = String(name.dropFirst(3)) }
                name = name.trimmingCharacters(in: CharacterSet(charactersIn: " .:-–—|"))
                guard !name.isEmpty, name.count <= 60 else { continue }
                let words = name.split(separator: " ")
                guard words.count <= 5, !name.contains(where: \.isNumber), !name.contains("@") else { continue }
                let key = comparable(name)
                let lowerWords = name.lowercased().split(separator: " ")
                // The outlet ("CNN Business" under CNN), a web address, or a job title, not a person.
                if let site, !site.isEmpty, key == site || key.hasPrefix(site) || (key.count >= 4 && site.hasPrefix(key)) { continue }
                if [".com", ".org", ".net", ".co.", ".co"].contains(where: { name.lowercased().hasSuffix($0) || name.lowercased().contains($0 + "/") }) { continue }
                if let last = lowerWords.last, ["writer", "correspondent", "reporter", "editor", "contributor", "reports", "staff", "desk"].contains(last) { continue }
                if ["editorial", "admin", "editors", "theeditors", "staff"].contains(key) { continue }
                // Post-nominal letters after a name ("Ann Lee, MS, RDN").
                if !result.isEmpty || position > 0, words.count == 1, name.count <= 4, !name.contains(where: \.isLowercase) { continue }
                if words.count >= 2, !name.contains(where: \.isLowercase) { name = name.capitalized }  // "JANE DOE" → "Jane Doe"
                guard !key.isEmpty else { continue }
                if seen.insert(key).inserted { result.append(name) }
            }
        }
        return result
    }

    /// `<html lang>` > `content-language` > `og:locale`.
    private func language() -> (String, String)? {
        if let lang = tree[tree.root].attribute("lang") ?? tree[tree.root].attribute("xml:lang") {
            let clean = HTMLText.collapse(lang)
            if !clean.isEmpty { return (clean, "html:lang") }
        }
        if let found = metaValueAndRule(["content-language", "og:locale", "language", "dc.language"]) {
            return (found.value.replacingOccurrences(of: "_", with: "-"), found.rule)
        }
        return nil
    }

    /// The `href` of the first `<link rel=…>` with that relation.
    private func firstLink(rel: String) -> String? {
        for index in tree.elements(under: tree.root, where: { tree[$0].name == "link" }) {
            let node = tree[index]
            guard let value = node.attribute("rel"), asciiLowercased(value).split(separator: " ").contains(Substring(rel)),
                  let href = node.attribute("href") else { continue }
            let clean = HTMLText.collapse(href)
            if !clean.isEmpty { return clean }
        }
        return nil
    }
}
