internal import Foundation

/// What a page's JSON-LD says about its article (schema.org `NewsArticle` and relatives).
struct JSONLDArticle: Sendable, Hashable {
    /// `headline` (or `name`).
    var headline: String?
    /// `datePublished` (or `dateCreated`), as written.
    var datePublished: String?
    /// `author` names in order.
    var authors: [String] = []
    /// `publisher.name`.
    var publisherName: String?
    /// `url` or `mainEntityOfPage`.
    var url: String?
}

/// Reads `<script type="application/ld+json">` blocks: arrays, `@graph`, `@id` references, and
/// `@type` given as a string or an array.
enum JSONLDReader {
    /// Types that describe an article, best first.
    private static let articleTypes: [String] = [
        "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
        "reviewnewsarticle", "article", "blogposting", "liveblogposting", "socialmediaposting", "report",
        "techarticle", "scholarlyarticle",
    ]
    /// Page types used only when no article type is present.
    private static let pageTypes: Set<String> = ["webpage", "itempage", "collectionpage"]

    /// Reads the article description from the scripts' texts, or nil when none describes one.
    static func read(_ scripts: [String]) -> JSONLDArticle? {
        var objects: [[String: Any]] = []
        for script in scripts {
            guard let value = parse(script) else { continue }
            flatten(value, into: &objects)
        }
        guard !objects.isEmpty else { return nil }
        var byID: [String: [String: Any]] = [:]
        for object in objects {
            if let id = object["@id"] as? String, byID[id] == nil { byID[id] = object }
        }
        let typed = objects.map { (object: $0, types: types(of: $0)) }
        let article = typed.first { entry in entry.types.contains { articleTypes.contains($0) } }
            ?? typed.first { entry in entry.types.contains { pageTypes.contains($0) } }
        guard let object = article?.object else { return nil }
        var result = JSONLDArticle()
        result.headline = string(object["headline"]) ?? string(object["name"])
        result.datePublished = string(object["datePublished"]) ?? string(object["dateCreated"])
        result.authors = names(object["author"], byID: byID)
        if result.authors.isEmpty { result.authors = names(object["creator"], byID: byID) }
        result.publisherName = names(object["publisher"], byID: byID).first
        result.url = string(object["url"]) ?? reference(object["mainEntityOfPage"])
        return result
    }

    /// Parses one script body, tolerating HTML comment / CDATA wrappers and raw newlines in strings.
    private static func parse(_ script: String) -> Any? {
        var text = trimmingWhiteSpace(script)
        // Wrappers sit at either end; the replacement (Foundation, slow) runs only when one is there.
        let wrappers = ["<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"]
        if wrappers.contains(where: { text.hasPrefix($0) || text.hasSuffix($0) }) {
            for wrapper in wrappers {
                text = text.replacingOccurrences(of: wrapper, with: "")
            }
        }
        if let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) {
            return value
        }
        let flattened = String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
        return try? JSONSerialization.jsonObject(with: Data(flattened.utf8), options: [.fragmentsAllowed])
    }

    /// The text without White_Space characters at either end (the set Foundation's
    /// `.whitespacesAndNewlines` holds), without bridging the whole script to `NSString`.
    private static func trimmingWhiteSpace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return text }
        return String(scalars[start..<end])
    }

    /// Collects every object of a JSON-LD value: arrays and `@graph` flattened, document order.
    private static func flatten(_ value: Any, into objects: inout [[String: Any]]) {
        if let array = value as? [Any] {
            for element in array { flatten(element, into: &objects) }
        } else if let object = value as? [String: Any] {
            if object["@type"] != nil || object["@id"] != nil { objects.append(object) }
            if let graph = object["@graph"] { flatten(graph, into: &objects) }
        }
    }

    /// The lowercased `@type`s of an object.
    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [Any] { return types.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    /// A non-empty string, entities decoded and whitespace collapsed.
    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else {
            if let array = value as? [Any], let first = array.first { return string(first) }
            return nil
        }
        let clean = HTMLText.collapse(HTMLText.decodeEntities(text))
        return clean.isEmpty ? nil : clean
    }

    /// A URL given as a string or as an object's `@id`/`url`.
    private static func reference(_ value: Any?) -> String? {
        if let text = string(value) { return text }
        if let object = value as? [String: Any] { return string(object["@id"]) ?? string(object["url"]) }
        return nil
    }

    /// Names from a person/organization value: a string, an object with `name` (or an `@id`
    /// reference to one), or an array of these.
    private static func names(_ value: Any?, byID: [String: [String: Any]]) -> [String] {
        if let text = string(value) { return [text] }
        if let array = value as? [Any] { return array.flatMap { names($0, byID: byID) } }
        if let object = value as? [String: Any] {
            if let name = string(object["name"]) { return [name] }
            if let id = object["@id"] as? String, let target = byID[id], let name = string(target["name"]) { return [name] }
        }
        return []
    }
}
