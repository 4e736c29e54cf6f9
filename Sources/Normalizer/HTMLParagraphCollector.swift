/// Turns an element subtree into paragraphs: block elements and `<br>` break paragraphs, inline
/// text joins, whitespace collapses; link-only fragments and furniture lines ("Read more",
/// "Advertisement", "Sign up for our newsletter") are dropped.
struct HTMLParagraphCollector {
    /// Elements that start and end a paragraph.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "br", "html", "legend", "entry", "content",
    ]

    /// One collected paragraph before filtering.
    private struct Fragment {
        var text = ""
        var linkText = ""
        var isHeading = false
        var isListItem = false
    }

    /// The tree being read.
    let tree: LibXMLTree
    /// Elements (by index) whose subtrees are skipped.
    let removed: [Bool]

    /// Collects the paragraphs below each root, in the roots' order.
    func paragraphs(under roots: [Int]) -> [String] {
        var fragments: [Fragment] = []
        for root in roots { collect(root, into: &fragments) }
        var kept: [(text: String, isHeading: Bool)] = []
        for fragment in fragments {
            let text = HTMLText.collapse(fragment.text)
            guard !text.isEmpty, Self.keeps(text, linkText: HTMLText.collapse(fragment.linkText), isListItem: fragment.isListItem)
            else { continue }
            if let last = kept.last, last.text == text { continue }  // repeated block (mobile/desktop copies)
            kept.append((text, fragment.isHeading))
        }
        // A heading introduces text: one followed by no paragraph before the next heading (or the
        // end) headed a list of links that was dropped ("More in World", "You may also like").
        var result: [String] = []
        for (position, paragraph) in kept.enumerated() {
            if paragraph.isHeading {
                let next = kept[(position + 1)...].first
                if next == nil || next!.isHeading { continue }
            }
            result.append(paragraph.text)
        }
        return result
    }

    /// Walks one subtree, appending fragments.
    private func collect(_ root: Int, into fragments: inout [Fragment]) {
        var current = Fragment()
        func flush() {
            if !current.text.isEmpty { fragments.append(current) }
            current = Fragment()
        }
        // Events: positive = enter node, negative (-(index+1)) = leave element.
        var stack: [Int] = [root]
        var linkDepth = 0
        var listDepth = 0
        while let event = stack.popLast() {
            // Fields are read in place: copying a `Node` retains its arrays and strings.
            if event < 0 {
                let name = tree[-event - 1].name
                if name == "a" { linkDepth -= 1 }
                if name == "li" { listDepth -= 1 }
                if Self.blockTags.contains(name) { flush() }
                continue
            }
            if event < removed.count && removed[event] { continue }
            if tree[event].kind == .text {
                current.text += tree[event].text
                if linkDepth > 0 { current.linkText += tree[event].text }
                if listDepth > 0 { current.isListItem = true }
                continue
            }
            let name = tree[event].name
            if Self.blockTags.contains(name) {
                flush()
                if ["h2", "h3", "h4", "h5", "h6"].contains(name) { current.isHeading = true }
            }
            if name == "a" { linkDepth += 1 }
            if name == "li" { listDepth += 1 }
            stack.append(-event - 1)
            tree.pushChildren(of: event, onto: &stack, reversed: true)
        }
        flush()
    }

    /// Whether a collapsed paragraph is text, not furniture.
    static func keeps(_ text: String, linkText: String, isListItem: Bool) -> Bool {
        let length = text.utf8.count
        let linkLength = linkText.utf8.count
        let density = Double(linkLength) / Double(max(length, 1))
        if density >= 0.8 { return false }
        if density > 0.5 && length < 300 { return false }
        if isListItem && density > 0.5 { return false }
        if isFurnitureLine(text) { return false }
        // A lone symbol or number ("|", "•", "1") is layout, not text.
        if !text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { return false }
        return true
    }

    /// Lines that are calls to action, labels or advertising, not article text.
    private static let furnitureLines: Set<String> = [
        "advertisement", "advertising", "advert", "adverts", "ad", "ads", "sponsored", "this slideshow requires javascript",
        "tell us what you think", "don't miss", "don’t miss", "you may also like", "you might also like",
        "you may also be interested in", "sponsored links", "more from this author", "most read", "most popular", "javascript is disabled", "please enable javascript", "sponsored content", "read more", "continue reading",
        "read the full story", "read full story", "read the full article", "share", "share this", "share this article",
        "share this story", "share on facebook", "share on twitter", "tweet", "email", "print", "comments",
        "subscribe", "sign up", "sign up for our newsletter", "related", "related articles", "related stories",
        "recommended", "more stories", "more on this story", "see also", "skip advertisement", "story continues below",
        "story continues below advertisement", "article continues below advertisement", "scroll to continue",
        "scroll to continue with content", "click here", "follow us", "loading", "loading…", "close",
        "the post appeared first on", "view comments", "leave a comment", "copy link", "link copied",
    ]

    /// Prefixes of short furniture lines ("Read more: …", "Sign up for …").
    private static let furniturePrefixes: [String] = [
        "read more", "continue reading", "sign up for", "sign up to", "subscribe to", "subscribe for", "share this",
        "follow us", "click here", "related:", "see also:", "also read", "read also", "more:", "watch:", "listen:",
        "advertisement", "get our newsletter", "join our newsletter", "download our app",
        "this article originally appeared", "this story originally appeared", "copyright ©", "© ", "all rights reserved",
        "view more", "read next", "recommended:", "copyright ", "you may also", "updated:", "published:", "posted:",
    ]

    /// Substrings of photo credit lines.
    private static let creditMarkers: [String] = [
        "getty images", "ap photo", "image credit", "photo credit", "photograph:", "shutterstock", "/afp", "| reuters",
        "(image:", "(photo:", "photo by ", "image via",
    ]

    /// Punctuation and arrows trimmed from the end of a line before it is compared.
    private static let trailingMarks: Set<Unicode.Scalar> = [".", ":", "!", "»", "›", ">", "→", "…", "-", "–", "—", "|", " "]

    /// Whether the line is a call to action, label or ad line.
    static func isFurnitureLine(_ text: String) -> Bool {
        guard text.utf8.count <= 300 else { return false }  // every pattern below is a short line
        var lower = asciiLowercased(text)
        var end = lower.unicodeScalars.endIndex
        while end > lower.unicodeScalars.startIndex, trailingMarks.contains(lower.unicodeScalars[lower.unicodeScalars.index(before: end)]) {
            end = lower.unicodeScalars.index(before: end)
        }
        if end < lower.unicodeScalars.endIndex { lower = String(lower.unicodeScalars[..<end]) }
        if furnitureLines.contains(lower) { return true }
        if asciiHasPrefix(lower, "the post ") && asciiContains(lower, " appeared first on ") { return true }
        // Timestamp lines: "Updated at 1:23 p.m.", "Published 5 hours ago".
        if lower.utf8.count <= 60, ["updated", "last updated", "published", "posted"].contains(where: { asciiHasPrefix(lower, $0) }),
           lower.contains(where: \.isNumber) {
            return true
        }
        // A line that is only a date and time ("March 9, 2026, 11:30 a.m."): a timestamp, not prose.
        if lower.utf8.count <= 48, DateParser.parse(lower) != nil, !lower.contains(where: { $0 == "“" || $0 == "\"" }),
           lower.split(separator: " ").count <= 8 {
            return true
        }
        guard lower.utf8.count <= 120 else { return false }
        // Photo credit lines under images: "Jane Doe | Bloomberg | Getty Images", "(AP Photo/John Roe)".
        if lower.utf8.count <= 100 && creditMarkers.contains(where: { asciiContains(lower, $0) }) { return true }
        // Byte prefixes: String.hasPrefix compares by Unicode canonical equivalence, far slower.
        for prefix in furniturePrefixes where asciiHasPrefix(lower, prefix) { return true }
        return false
    }
}
