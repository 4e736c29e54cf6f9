/// Recognizes page furniture: elements that are never article text by their tag, and elements
/// whose `class`, `id`, `role` or `aria-label` say they are navigation, sharing, promotion,
/// comments and the like. Also weighs class names for content scoring (readability style).
enum HTMLBoilerplate {
    /// Elements whose whole subtree is never main text.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "svg",
        "math", "canvas", "video", "audio", "map", "button", "input", "select", "option", "textarea", "label",
        "figcaption", "head", "title", "link", "meta", "base", "img", "picture", "source", "h1",
    ]

    /// Furniture elements that some sites (mis)use as page-wide wrappers (an ASP.NET `<form>`
    /// around the whole page, a `<header>` holding the article): dropped unless they hold most
    /// of the page's text.
    static let furnitureTags: Set<String> = ["nav", "header", "footer", "aside", "form", "dialog", "menu"]

    /// Whole class names that hide an element everywhere (not `hidden-xs`: hidden on phones only).
    private static let hiddenClasses: Set<String> = [
        "hidden", "hide", "is-hidden", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
        "screen-reader-only", "offscreen", "invisible",
    ]

    /// ARIA roles of page furniture.
    private static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog",
        "search", "toolbar", "tablist", "alert", "status", "button",
    ]

    /// Class/id words that mark furniture wherever they occur as a whole word.
    private static let exactWords: Set<String> = [
        "nav", "ad", "ads", "adv", "advert", "tags", "tag", "tagged", "print", "skip", "login", "comment", "comments",
        "commentlist", "caption", "captions", "credit", "credits", "ticker", "rail",
        "byline", "bylines", "dateline", "author", "authors", "signup", "subscribe", "share", "shares", "menu",
        "topics", "keywords", "trending", "popular", "sr", "offscreen", "invisible", "cta",
        // Labels and summaries around the headline, not body text.
        "kicker", "eyebrow", "overline", "dek", "standfirst",
    ]

    /// Class/id word prefixes that mark furniture (`shareBar`, `social-links`, `cookie-notice`).
    private static let prefixWords: [String] = [
        "navbar", "navigation", "menu", "share", "sharing", "social", "cookie", "consent", "gdpr", "banner",
        "newsletter", "subscri", "promo", "related", "recommend", "disqus", "footer", "sidebar", "breadcrumb",
        "advert", "sponsor", "popup", "modal", "outbrain", "taboola", "signup", "toolbar", "pagination", "pager",
        "masthead", "copyright", "adslot", "adunit", "adcontainer", "adwrap", "dfp", "googlead", "newsfeed",
        "readmore", "morestories", "moreon", "relatedarticle", "bio", "disclaimer", "widget", "tooltip",
    ]

    /// Fragments that mark furniture anywhere inside a class/id word (`newsCaption`,
    /// `articleSidebar`, `rollover-people-block`).
    private static let infixWords: [String] = [
        "caption", "advert", "newsletter", "cookie", "breadcrumb", "sidebar", "popup", "popover", "tooltip",
        "hovercard", "rollover", "sharebar", "sharetools", "socialshare", "promobox",
    ]

    /// `prefixWords` (as bytes) by their first byte, in their original order.
    private static let prefixesByFirstByte: [[[UInt8]]] = grouped(prefixWords)
    /// `infixWords` (as bytes) by their first byte, in their original order.
    private static let infixesByFirstByte: [[[UInt8]]] = grouped(infixWords)
    /// The length of the shortest infix.
    private static let shortestInfix = infixWords.map(\.utf8.count).min() ?? 0

    /// Words grouped by their first byte (256 lists).
    private static func grouped(_ words: [String]) -> [[[UInt8]]] {
        var table = Array(repeating: [[UInt8]](), count: 256)
        for word in words { if let first = word.utf8.first { table[Int(first)].append(Array(word.utf8)) } }
        return table
    }

    /// Whether `pattern` occurs in `bytes` at `index`.
    private static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard pattern.count <= bytes.count - index else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// Whether one of `infixWords` occurs in the word: each position is checked only against
    /// the infixes starting with its byte.
    private static func containsInfix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= shortestInfix else { return false }
        for index in 0..<bytes.count {
            for infix in infixesByFirstByte[Int(bytes[index])] where matches(infix, in: bytes, at: index) { return true }
        }
        return false
    }

    /// Whether the word starts with one of `prefixWords` ("bio" only as "bio", "bios", "biobox…").
    private static func hasFurniturePrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        for prefix in prefixesByFirstByte[Int(first)] where matches(prefix, in: bytes, at: 0) {
            // "bio" must not catch "biology".
            if prefix == bioBytes && bytes.count != 3 && !(bytes.count == 4 && bytes[3] == UInt8(ascii: "s"))
                && !matches(bioboxBytes, in: bytes, at: 0) {
                continue
            }
            return true
        }
        return false
    }

    private static let bioBytes = Array("bio".utf8)
    private static let bioboxBytes = Array("biobox".utf8)

    /// Class/id word prefixes that mark content, for scoring.
    private static let positiveWords: [String] = [
        "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "prose",
    ]

    /// The words of an element's `class` and `id`: split on non-alphanumerics, lowercased.
    static func words(of node: LibXMLTree.Node) -> [String] {
        var result: [String] = []
        for key in ["class", "id"] {
            guard let value = node.attribute(key) else { continue }
            var current: [UInt8] = []
            for byte in value.utf8 {
                let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
                if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                    current.append(lower)
                } else if !current.isEmpty {
                    result.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
            if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        }
        return result
    }

    /// Whether one of the element's `class`/`id` words (as `words(of:)` splits and lowercases
    /// them) starts with `prefix`, without building the words.
    ///
    /// - Parameter prefix: lowercase ASCII letters and digits.
    static func hasWord(of node: LibXMLTree.Node, startingWith prefix: String) -> Bool {
        let pattern = Array(prefix.utf8)
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            return (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)
        }
        for key in classAndID {
            guard var value = node.attribute(key) else { continue }
            let found = value.withUTF8 { bytes -> Bool in
                guard bytes.count >= pattern.count else { return false }
                for start in 0...(bytes.count - pattern.count) where start == 0 || !isAlphanumeric(bytes[start - 1]) {
                    var offset = 0
                    while offset < pattern.count {
                        let byte = bytes[start + offset]
                        if (byte >= 65 && byte <= 90 ? byte + 32 : byte) != pattern[offset] { break }
                        offset += 1
                    }
                    if offset == pattern.count { return true }
                }
                return false
            }
            if found { return true }
        }
        return false
    }

    /// Whether the element is dropped because of its tag, hidden state or role alone.
    static func isDroppedByTag(_ node: LibXMLTree.Node) -> Bool {
        if droppedTags.contains(node.name) { return true }
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style"), styleHides(style) { return true }
        if let role = node.attribute("role"), droppedRoles.contains(asciiLowercased(role)) { return true }
        if let classes = node.attribute("class"), hasHiddenClass(classes) { return true }
        return false
    }

    /// The lengths of the hidden class names, shortest and longest.
    private static let hiddenClassLengths = (hiddenClasses.map(\.utf8.count).min() ?? 0, hiddenClasses.map(\.utf8.count).max() ?? 0)

    /// The (lowercase) first bytes of the hidden class names.
    private static let hiddenClassFirstBytes: Set<UInt8> = Set(hiddenClasses.compactMap(\.utf8.first))

    /// Whether a `class` value (split on spaces, tabs and newlines) holds a hidden class name.
    private static func hasHiddenClass(_ classes: String) -> Bool {
        let (shortest, longest) = hiddenClassLengths
        var classes = classes
        return classes.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : 32
                guard byte == 32 || byte == 9 || byte == 10 else { continue }
                let length = index - start
                if length >= shortest && length <= longest, hiddenClassFirstBytes.contains(bytes[start] | 0x20),
                   hiddenClasses.contains(asciiLowercased(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))) {
                    return true
                }
                start = index + 1
            }
            return false
        }
    }

    private static let displayNoneBytes = Array("display:none".utf8)
    private static let visibilityHiddenBytes = Array("visibility:hidden".utf8)

    /// Whether an inline style hides the element (`display: none`, `visibility:hidden`, any
    /// case, spaces ignored).
    private static func styleHides(_ style: String) -> Bool {
        var style = style
        return style.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { compact -> Bool in
                var length = 0
                for byte in bytes where byte != 32 {
                    compact[length] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                    length += 1
                }
                let text = UnsafeBufferPointer(rebasing: compact[0..<length])
                for index in 0..<length where text[index] == UInt8(ascii: "d") || text[index] == UInt8(ascii: "v") {
                    if matches(displayNoneBytes, in: text, at: index) || matches(visibilityHiddenBytes, in: text, at: index) {
                        return true
                    }
                }
                return false
            }
        }
    }

    static func hasFurnitureSignal(_ node: LibXMLTree.Node) -> Bool {
        if furnitureTags.contains(node.name) { return true }
        if classAndIDAreFurniture(node) { return true }
        if let label = node.attribute("aria-label") {
            let labelWords = asciiLowercased(label).split(whereSeparator: { !$0.isLetter }).map(String.init)
            if labelWords.count <= 3, isFurniture(labelWords) { return true }
        }
        if let itemprop = node.attribute("itemprop") {
            let props = itemprop.split(separator: " ")
            if props.contains("author") || props.contains("publisher") { return true }
        }
        return false
    }

    /// Calls `body` with each word of the element's `class` and `id` (as `words(of:)` splits and
    /// lowercases them, in the same order) until it returns true; no strings are built.
    private static func anyWord(of node: LibXMLTree.Node, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        for key in classAndID {
            guard var value = node.attribute(key) else { continue }
            let found = value.withUTF8 { bytes in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { buffer -> Bool in
                    var length = 0
                    for index in 0...bytes.count {
                        let byte = index < bytes.count ? bytes[index] : 0
                        let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
                        if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                            buffer[length] = lower
                            length += 1
                        } else if length > 0 {
                            if body(UnsafeBufferPointer(rebasing: buffer[0..<length])) { return true }
                            length = 0
                        }
                    }
                    return false
                }
            }
            if found { return true }
        }
        return false
    }

    private static let classAndID = ["class", "id"]
    private static let embedBytes = Array("embed".utf8)
    private static let tweetBytes = Array("tweet".utf8)
    /// The longest of `exactWords`, in bytes.
    private static let longestExactWord = exactWords.map(\.utf8.count).max() ?? 0

    /// `exactWords` (as bytes) by their first byte.
    private static let exactWordsByFirstByte: [[[UInt8]]] = grouped(Array(exactWords))

    /// `isFurniture(words(of: node))`, without building the words: one pass over the words,
    /// which stops at an embed word (embedded posts quoted in the article are text, not share
    /// buttons) and otherwise remembers whether a furniture word was seen.
    static func classAndIDAreFurniture(_ node: LibXMLTree.Node) -> Bool {
        var furniture = false
        let embedded = anyWord(of: node) { word in
            if matches(embedBytes, in: word, at: 0) || word.elementsEqual(tweetBytes) { return true }
            if !furniture {
                furniture = (word.count <= longestExactWord && exactWordsByFirstByte[Int(word[0])].contains { $0.elementsEqual(word) })
                    || containsInfix(word) || hasFurniturePrefix(word)
            }
            return false
        }
        return furniture && !embedded
    }

    /// Whether a word list marks furniture.
    static func isFurniture(_ words: [String]) -> Bool {
        // Embedded posts (tweets, Instagram) quoted in the article are text, not share buttons.
        if words.contains(where: { asciiHasPrefix($0, "embed") || $0 == "tweet" || $0 == "twitter" && words.contains("tweet") }) {
            return false
        }
        for word in words {
            if exactWords.contains(word) { return true }
            var word = word
            if word.withUTF8({ containsInfix($0) || hasFurniturePrefix($0) }) { return true }
        }
        return false
    }

    /// A readability-style class weight: +25 for content words, -25 for furniture words.
    static func classWeight(_ node: LibXMLTree.Node) -> Double {
        let words = words(of: node)
        guard !words.isEmpty else { return 0 }
        var weight = 0.0
        if isFurniture(words) || words.contains(where: { $0 == "header" || $0 == "meta" || $0 == "teaser" || asciiHasPrefix($0, "card") })
        {
            weight -= 25
        }
        if words.contains(where: { word in positiveWords.contains(where: { asciiHasPrefix(word, $0) }) }) { weight += 25 }
        return weight
    }
}

/// Whether `text` starts with `prefix`, compared byte by byte without allocating.
func asciiHasPrefix(_ text: String, _ prefix: String) -> Bool {
    guard text.utf8.count >= prefix.utf8.count else { return false }
    var iterator = text.utf8.makeIterator()
    for byte in prefix.utf8 where iterator.next() != byte { return false }
    return true
}
