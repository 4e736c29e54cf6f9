internal import StoryModel

/// Reads RSS and Atom feeds with libxml2's XML parser (no network, no entity expansion).
///
/// Documents whose internal subset declares entities are refused before any of their text is
/// read (XXE, billion laughs). Item bodies (`content:encoded`, Atom `content`, `description`,
/// `summary`) are HTML fragments: the richest one is parsed with the HTML parser, which also
/// decodes HTML-only entities such as `&nbsp;`.
package enum FeedParser {
    /// libxml2's `XML_ERR_UNDECLARED_ENTITY`.
    private static let undeclaredEntity = 26

    /// The Atom namespace (RSS 2.0 channels often carry an `atom:link rel="self"`).
    private static let atomNamespace = "http://www.w3.org/2005/Atom"

    /// Parses a feed.
    ///
    /// - Parameter bytes: the feed document.
    /// - Returns: the feed and its items.
    /// - Throws: `LoadFailure` for malformed or hostile XML, or XML that is not a feed.
    package static func parse(_ bytes: [UInt8]) throws(LoadFailure) -> Feed {
        guard !bytes.isEmpty else { throw LoadFailure(.empty, "the feed file is empty") }
        if declaresEntitiesInProlog(bytes) {
            throw LoadFailure(.unsafe, "the XML declares entities in its DOCTYPE (possible XXE or entity expansion); refusing to read it")
        }
        let tree: LibXMLTree
        do {
            do {
                tree = try LibXMLTree(xml: bytes)
            } catch where error.code == Self.undeclaredEntity {
                // HTML entities (`&nbsp;`) used raw in the XML: give them their numeric form, retry once.
                tree = try LibXMLTree(xml: LibXMLEntities.numericReferences(in: bytes))
            }
        } catch where error.code == LibXMLTree.ParseError.tooManyAttributes {
            throw LoadFailure(.unsafe, error.message)
        } catch {
            // libxml2 aborts entity loops and amplification with dedicated errors.
            if error.code == 89 || error.message.lowercased().contains("entit") && error.message.lowercased().contains("loop")
                || error.message.lowercased().contains("amplification")
            {
                throw LoadFailure(.unsafe, "the XML expands entities recursively (line \(error.line)): \(error.message)")
            }
            let place = error.line > 0 ? " at line \(error.line)" : ""
            throw LoadFailure(.malformed, "the XML is not well formed\(place): \(error.message)")
        }
        if tree.declaresEntities {
            throw LoadFailure(.unsafe, "the XML declares entities in its DOCTYPE (possible XXE or entity expansion); refusing to read it")
        }
        let root = tree[tree.root]
        switch root.name {
        case "rss", "RDF":
            return rss(tree)
        case "feed":
            return atom(tree)
        default:
            throw LoadFailure(.unsupported, "the XML's root element is <\(root.name)>, not <rss>, <rdf:RDF> or <feed>: not an RSS or Atom feed")
        }
    }

    /// Whether the bytes before the root element hold a DOCTYPE with an `<!ENTITY` declaration.
    /// A cheap first check so hostile documents are refused before libxml2 even expands them.
    private static func declaresEntitiesInProlog(_ bytes: [UInt8]) -> Bool {
        let doctype = Array("<!DOCTYPE".utf8)
        let entity = Array("<!ENTITY".utf8)
        let limit = min(bytes.count, 1 << 20)
        guard let start = find(doctype, in: bytes, from: 0, to: limit) else { return false }
        // The internal subset ends at "]>"; without one, the DOCTYPE ends at ">".
        var end = limit
        if let close = find(Array("]>".utf8), in: bytes, from: start, to: limit) { end = close }
        return find(entity, in: bytes, from: start, to: end) != nil
    }

    /// The first index of `needle` in `bytes[from..<to]`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, to: Int) -> Int? {
        guard to - from >= needle.count else { return nil }
        var index = from
        while index + needle.count <= to {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    // MARK: RSS

    /// RSS 2.0 (`rss/channel/item`) and RSS 1.0 (`rdf:RDF/item`).
    private static func rss(_ tree: LibXMLTree) -> Feed {
        let channel = children(tree, of: tree.root, named: "channel").first
        var items: [Feed.Item] = []
        let itemParents = [tree.root] + (channel.map { [$0] } ?? [])
        for parent in itemParents {
            for item in children(tree, of: parent, named: "item") { items.append(rssItem(tree, item)) }
        }
        var title: String?
        var url: String?
        if let channel {
            title = firstText(tree, of: channel, named: "title").map(plainTitle)
            url = rssLink(tree, of: channel)
        }
        return Feed(format: .rss, title: title, url: url, items: items)
    }

    /// One RSS item.
    private static func rssItem(_ tree: LibXMLTree, _ item: Int) -> Feed.Item {
        let title = firstText(tree, of: item, named: "title").map(plainTitle)
        var url = rssLink(tree, of: item)
        if url == nil, let about = tree[item].attribute("rdf:about") { url = about }
        if url == nil, let guid = children(tree, of: item, named: "guid").first,
           tree[guid].attribute("isPermaLink") != "false" {
            url = clean(tree.text(of: guid))
        }
        var date: CalendarDay?
        for name in ["pubDate", "date", "published", "updated", "issued", "created"] {
            if let text = firstText(tree, of: item, named: name), let day = DateParser.parse(text) {
                date = day
                break
            }
        }
        var authorTexts: [String] = []
        for name in ["creator", "author"] {
            for child in children(tree, of: item, named: name) {
                let text = clean(tree.text(of: child))
                if !text.isEmpty { authorTexts.append(rssAuthorName(text)) }
            }
        }
        let bodies = ["encoded", "description", "summary", "content"].flatMap { children(tree, of: item, named: $0) }
        return Feed.Item(
            title: title, url: url, date: date,
            authors: HTMLMetadataReader.cleanAuthors(authorTexts, siteName: nil),
            paragraphs: richest(tree, bodies))
    }

    /// The text of the first RSS `<link>` (not an `atom:link`).
    private static func rssLink(_ tree: LibXMLTree, of parent: Int) -> String? {
        for link in children(tree, of: parent, named: "link") where tree[link].namespace != atomNamespace {
            let text = clean(tree.text(of: link))
            if !text.isEmpty { return text }
        }
        return nil
    }

    /// `jane@example.com (Jane Doe)` → `Jane Doe`; other values unchanged.
    private static func rssAuthorName(_ text: String) -> String {
        guard text.contains("@") else { return text }
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            return String(text[text.index(after: open)..<close])
        }
        return text
    }

    // MARK: Atom

    /// An Atom feed.
    private static func atom(_ tree: LibXMLTree) -> Feed {
        let root = tree.root
        let title = firstText(tree, of: root, named: "title").map(plainTitle)
        let url = atomLink(tree, of: root)
        let feedAuthors = atomAuthors(tree, of: root)
        let items = children(tree, of: root, named: "entry").map { entry in
            var date: CalendarDay?
            for name in ["published", "updated", "issued", "created", "date"] {
                if let text = firstText(tree, of: entry, named: name), let day = DateParser.parse(text) {
                    date = day
                    break
                }
            }
            let authors = atomAuthors(tree, of: entry)
            let bodies = ["content", "summary"].flatMap { children(tree, of: entry, named: $0) }
            return Feed.Item(
                title: firstText(tree, of: entry, named: "title").map(plainTitle),
                url: atomLink(tree, of: entry),
                date: date,
                authors: authors.isEmpty ? feedAuthors : authors,
                paragraphs: richest(tree, bodies))
        }
        return Feed(format: .atom, title: title, url: url, items: items)
    }

    /// `link rel=alternate` (or a link without `rel`), else the first link's `href`.
    private static func atomLink(_ tree: LibXMLTree, of parent: Int) -> String? {
        let links = children(tree, of: parent, named: "link")
        let alternate = links.first { (tree[$0].attribute("rel") ?? "alternate") == "alternate" } ?? links.first
        guard let alternate else { return nil }
        return tree[alternate].attribute("href").map(clean) ?? clean(tree.text(of: alternate))
    }

    /// `author/name` (and `dc:creator`) names.
    private static func atomAuthors(_ tree: LibXMLTree, of parent: Int) -> [String] {
        var texts: [String] = []
        for author in children(tree, of: parent, named: "author") {
            if let name = firstText(tree, of: author, named: "name") { texts.append(name) }
        }
        for creator in children(tree, of: parent, named: "creator") { texts.append(clean(tree.text(of: creator))) }
        return HTMLMetadataReader.cleanAuthors(texts, siteName: nil)
    }

    // MARK: Bodies

    /// The paragraphs of the body candidate that yields the most text.
    private static func richest(_ tree: LibXMLTree, _ bodies: [Int]) -> [String] {
        var best: [String] = []
        var bestLength = 0
        for body in bodies {
            let paragraphs = bodyParagraphs(tree, body)
            let length = paragraphs.reduce(0) { $0 + $1.utf8.count }
            if length > bestLength {
                best = paragraphs
                bestLength = length
            }
        }
        return best
    }

    /// One body element as paragraphs: inline XHTML is walked directly; escaped HTML and text
    /// are parsed as an HTML fragment.
    private static func bodyParagraphs(_ tree: LibXMLTree, _ body: Int) -> [String] {
        let node = tree[body]
        let type = node.attribute("type")?.lowercased() ?? "html"
        let hasElements = tree.children(of: body).contains { tree[$0].kind == .element }
        if type == "xhtml" || hasElements {
            // Inline XHTML: the element tree is already parsed; collect it like HTML, with the
            // furniture mask of this body's own subtree.
            var removed = Array(repeating: false, count: tree.nodes.count)
            for index in tree.elements(under: body, where: { _ in true }) {
                let element = tree[index]
                if removed[element.parent] || HTMLBoilerplate.isDroppedByTag(element) || HTMLBoilerplate.hasFurnitureSignal(element) {
                    removed[index] = true
                }
            }
            return HTMLParagraphCollector(tree: tree, removed: removed).paragraphs(under: [body])
        }
        let text = tree.text(of: body)
        if type == "text" || type == "text/plain" {
            return HTMLExtractor.fragmentParagraphs(escapeMarkup(text))
        }
        return HTMLExtractor.fragmentParagraphs(text)
    }

    /// Escapes `<`, `>` and `&` so plain text survives the HTML parser unchanged.
    private static func escapeMarkup(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            default: result.append(character)
            }
        }
        return result
    }

    // MARK: Tree helpers

    /// Element children of `parent` with local name `name`, in any namespace.
    private static func children(_ tree: LibXMLTree, of parent: Int, named name: String) -> [Int] {
        tree.children(of: parent).filter { child in
            let node = tree[child]
            return node.kind == .element && node.name == name
        }
    }

    /// The collapsed text of the first child named `name`, when not empty.
    private static func firstText(_ tree: LibXMLTree, of parent: Int, named name: String) -> String? {
        for child in children(tree, of: parent, named: name) {
            let text = clean(tree.text(of: child))
            if !text.isEmpty { return text }
        }
        return nil
    }

    /// A title that may hold escaped markup or HTML entities, as plain text.
    private static func plainTitle(_ text: String) -> String {
        guard text.contains("&") || text.contains("<") else { return text }
        let paragraphs = HTMLExtractor.fragmentParagraphs("<p>" + text + "</p>")
        return paragraphs.isEmpty ? text : paragraphs.joined(separator: " ")
    }

    /// Whitespace collapsed.
    private static func clean(_ text: String) -> String { HTMLText.collapse(text) }
}
