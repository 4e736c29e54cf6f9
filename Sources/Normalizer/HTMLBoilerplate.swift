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

    /// Whether the element is dropped because of its tag, hidden state or role alone.
    static func isDroppedByTag(_ node: LibXMLTree.Node) -> Bool {
        if droppedTags.contains(node.name) { return true }
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style") {
            let compact = asciiLowercased(style).filter { $0 != " " }
            if asciiContains(compact, "display:none") || asciiContains(compact, "visibility:hidden") { return true }
        }
        if let role = node.attribute("role"), droppedRoles.contains(asciiLowercased(role)) { return true }
        if let classes = node.attribute("class") {
            for name in asciiLowercased(classes).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            where hiddenClasses.contains(String(name)) {
                return true
            }
        }
        return false
    }

    /// Whether the element's tag, class, id or short aria-label names page furniture.
    static func hasFurnitureSignal(_ node: LibXMLTree.Node) -> Bool {
        if furnitureTags.contains(node.name) { return true }
        if isFurniture(words(of: node)) { return true }
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

    /// Whether a word list marks furniture.
    static func isFurniture(_ words: [String]) -> Bool {
        // Embedded posts (tweets, Instagram) quoted in the article are text, not share buttons.
        if words.contains(where: { $0.hasPrefix("embed") || $0 == "tweet" || $0 == "twitter" && words.contains("tweet") }) {
            return false
        }
        for word in words {
            if exactWords.contains(word) { return true }
            for infix in infixWords where asciiContains(word, infix) { return true }
            for prefix in prefixWords where asciiHasPrefix(word, prefix) {
                // "bio" must not catch "biology"; "menu" must not catch "menuitem"-free words only.
                if prefix == "bio" && word != "bio" && word != "bios" && !word.hasPrefix("biobox") { continue }
                return true
            }
        }
        return false
    }

    /// A readability-style class weight: +25 for content words, -25 for furniture words.
    static func classWeight(_ node: LibXMLTree.Node) -> Double {
        let words = words(of: node)
        guard !words.isEmpty else { return 0 }
        var weight = 0.0
        if isFurniture(words) || words.contains(where: { $0 == "header" || $0 == "meta" || $0 == "teaser" || $0.hasPrefix("card") })
        {
            weight -= 25
        }
        if words.contains(where: { word in positiveWords.contains(where: { word.hasPrefix($0) }) }) { weight += 25 }
        return weight
    }
}

/// Whether `text` starts with `prefix`, compared byte by byte without allocating.
func asciiHasPrefix(_ text: String, _ prefix: String) -> Bool {
    var iterator = text.utf8.makeIterator()
    for byte in prefix.utf8 where iterator.next() != byte { return false }
    return true
}
