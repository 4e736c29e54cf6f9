/// Finds a page's main text: removes furniture, then prefers a semantic container
/// (`[itemprop=articleBody]`, a dominant `<article>`), otherwise scores containers the way
/// readability does (paragraph text, commas, class words, link density) and gathers the best one
/// with its good siblings, so a body split across sibling `<div>`s stays whole.
struct HTMLContentFinder {
    /// The page.
    let tree: LibXMLTree
    /// Per node: skipped as furniture (the node or an ancestor).
    private(set) var removed: [Bool]
    /// Per node: visible text bytes below it, furniture excluded.
    private var textLength: [Int]
    /// Per node: visible text bytes inside links below it.
    private var linkLength: [Int]
    /// Per node: commas in the text below it.
    private var commas: [Int]
    /// The `<body>` (or the root when there is none).
    let body: Int

    /// Text bytes (outside links) an `itemprop=articleBody` element needs to be trusted.
    private static let minimumArticleBody = 80
    /// Per node: skipped for its tag, role or hidden state alone (the fallback mask when the
    /// class-based pass leaves no text).
    private(set) var tagRemoved: [Bool] = []

    /// Prepares the furniture mask and the text statistics.
    init(tree: LibXMLTree) {
        self.tree = tree
        let count = tree.nodes.count
        removed = Array(repeating: false, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        body = tree.first("body") ?? tree.root
        // Pass 1: furniture by tag, role, hidden state. Parents precede children in `nodes`.
        for index in 0..<count {
            let parent = tree[index].parent
            if parent >= 0 && removed[parent] {
                removed[index] = true
            } else if tree[index].kind == .element && HTMLBoilerplate.isDroppedByTag(tree[index]) {
                removed[index] = true
            }
        }
        tagRemoved = removed
        measure()
        // Pass 2: furniture by tag or class/id/aria words, unless the element holds most of the
        // text or the microdata article body.
        let bodyText = Double(textLength[body] - linkLength[body])
        var holdsArticleBody = Array(repeating: false, count: count)
        for index in 0..<count where !removed[index] && tree[index].kind == .element && Self.isArticleBody(tree[index]) {
            guard textLength[index] - linkLength[index] >= Self.minimumArticleBody else { continue }
            var ancestor = index
            while ancestor >= 0 && !holdsArticleBody[ancestor] {
                holdsArticleBody[ancestor] = true
                ancestor = tree[ancestor].parent
            }
        }
        var changed = false
        for index in 0..<count where !removed[index] {
            guard tree[index].kind == .element, index != body, tree[index].name != "html", tree[index].name != "body",
                  !holdsArticleBody[index], HTMLBoilerplate.hasFurnitureSignal(tree[index]) else { continue }
            let own = Double(textLength[index] - linkLength[index])
            let isSemantic = tree[index].name == "article" || tree[index].name == "main"
            if own >= 500 && own >= (isSemantic ? 0.25 : 0.5) * bodyText { continue }
            removed[index] = true
            changed = true
        }
        if changed {
            for index in 0..<count where !removed[index] {
                let parent = tree[index].parent
                if parent >= 0 && removed[parent] { removed[index] = true }
            }
            measure()
        }
    }

    /// Whether the element carries `itemprop="articleBody"`.
    static func isArticleBody(_ node: LibXMLTree.Node) -> Bool {
        guard let itemprop = node.attribute("itemprop") else { return false }
        return itemprop.split(separator: " ").contains { $0.lowercased() == "articlebody" }
    }

    /// Recomputes text statistics bottom-up (children follow parents in `nodes`).
    private mutating func measure() {
        let count = tree.nodes.count
        for index in 0..<count {
            textLength[index] = 0
            linkLength[index] = 0
            commas[index] = 0
        }
        for index in stride(from: count - 1, through: 0, by: -1) where !removed[index] {
            if tree[index].kind == .text {
                let (length, commaCount) = Self.visibleLength(tree[index].text)
                textLength[index] = length
                commas[index] = commaCount
            } else if tree[index].name == "a" {
                linkLength[index] = textLength[index]
            }
            let parent = tree[index].parent
            if parent >= 0 {
                textLength[parent] += textLength[index]
                linkLength[parent] += linkLength[index]
                commas[parent] += commas[index]
            }
        }
    }

    /// Bytes of text with whitespace runs counted once, and the number of commas.
    private static func visibleLength(_ text: String) -> (Int, Int) {
        var length = 0
        var commaCount = 0
        var inSpace = true
        for byte in text.utf8 {
            if byte == 32 || byte == 10 || byte == 9 || byte == 13 {
                if !inSpace { length += 1 }
                inSpace = true
            } else {
                if byte == UInt8(ascii: ",") { commaCount += 1 }
                length += 1
                inSpace = false
            }
        }
        return (length, commaCount)
    }

    /// The share of an element's text inside links.
    private func linkDensity(_ index: Int) -> Double {
        Double(linkLength[index]) / Double(max(textLength[index], 1))
    }

    /// Text outside links below an element.
    private func ownText(_ index: Int) -> Int { textLength[index] - linkLength[index] }

    /// The containers holding the main text, in document order.
    func contentRoots() -> [Int] {
        // 1. Schema.org microdata: the largest articleBody with real text.
        let articleBodies = tree.elements(under: body) { !removed[$0] && Self.isArticleBody(tree[$0]) }
        if let best = largest(articleBodies), ownText(best) >= Self.minimumArticleBody { return [best] }
        // 2. A dominant <article>: most of the page's text, and no rival of comparable size.
        let articles = tree.elements(under: body) { !removed[$0] && tree[$0].name == "article" }
        if let best = largest(articles) {
            let size = ownText(best)
            let rivals = articles.filter { $0 != best && !tree.isAncestor(best, of: $0) && !tree.isAncestor($0, of: best) }
            let hasRival = rivals.contains { Double(ownText($0)) >= 0.5 * Double(size) }
            if size >= 400, !hasRival, Double(size) >= 0.4 * Double(ownText(body)) { return [best] }
        }
        // 3. Readability-style scoring, inside <main> (or role=main) when it holds most of the text.
        let mains = tree.elements(under: body) { index in
            !removed[index] && (tree[index].name == "main" || tree[index].attribute("role").map(asciiLowercased) == "main")
        }
        if let main = largest(mains), Double(ownText(main)) >= 0.5 * Double(ownText(body)) {
            return scoredRoots(within: main)
        }
        return scoredRoots(within: body)
    }

    /// The element with the most text outside links.
    private func largest(_ indices: [Int]) -> Int? {
        var best: Int?
        for index in indices where best == nil || ownText(index) > ownText(best!) { best = index }
        return best
    }

    /// Readability's container scoring and sibling gathering.
    private func scoredRoots(within scope: Int) -> [Int] {
        var score: [Int: Double] = [:]
        let paragraphs = tree.elements(under: scope, descend: { !removed[$0] }) { index in
            !removed[index] && isParagraphLike(index) && textLength[index] >= 25
        }
        for paragraph in paragraphs {
            let length = textLength[paragraph]
            let contentScore = 1.0 + Double(commas[paragraph]) + Double(min(length / 100, 3))
            var ancestor = tree[paragraph].parent
            var level = 0
            while ancestor >= 0 && level < 5 {
                if score[ancestor] == nil { score[ancestor] = initialScore(ancestor) }
                let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level) * 3.0)
                score[ancestor]! += contentScore / divider
                if ancestor == scope { break }
                ancestor = tree[ancestor].parent
                level += 1
            }
        }
        var finalScore: [Int: Double] = [:]
        for (index, value) in score { finalScore[index] = value * (1 - linkDensity(index)) }
        let ranked = finalScore.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard var top = ranked.first?.key else { return [scope] }
        let topScore = finalScore[top] ?? 0
        // Several strong candidates under one ancestor: the body is split; take the ancestor.
        let alternatives = ranked.dropFirst().prefix(5).filter { $0.value >= 0.75 * topScore }.map(\.key)
        if alternatives.count >= 2 {
            var ancestor = tree[top].parent
            while ancestor >= 0 && ancestor != scope {
                let contained = alternatives.filter { tree.isAncestor(ancestor, of: $0) }.count
                if contained >= min(3, alternatives.count) {
                    top = ancestor
                    break
                }
                ancestor = tree[ancestor].parent
            }
        }
        // An only child says nothing about its siblings: climb while the parent adds nothing.
        while top != scope, tree[top].parent >= 0 {
            let parent = tree[top].parent
            let liveChildren = tree.children(of: parent).filter { !removed[$0] && textLength[$0] > 0 }
            guard liveChildren == [top] else { break }
            top = parent
        }
        guard top != scope, tree[top].parent >= 0 else { return [top] }
        let parent = tree[top].parent
        let threshold = max(10, (finalScore[top] ?? topScore) * 0.2)
        let topClass = tree[top].attribute("class") ?? ""
        var roots: [Int] = []
        for sibling in tree.children(of: parent) where !removed[sibling] {
            if sibling == top {
                roots.append(sibling)
                continue
            }
            let node = tree[sibling]
            guard node.kind == .element, textLength[sibling] > 0 else { continue }
            var bonus = 0.0
            if !topClass.isEmpty && node.attribute("class") == topClass { bonus = (finalScore[top] ?? topScore) * 0.2 }
            if (finalScore[sibling] ?? 0) + bonus >= threshold {
                roots.append(sibling)
            } else if ownText(sibling) >= max(300, ownText(top) / 4) && linkDensity(sibling) < 0.2 && commas[sibling] >= 3 {
                // Text too deep below the sibling for the ancestor scores to reach it.
                roots.append(sibling)
            } else if node.name == "p" || isParagraphLike(sibling) {
                let length = textLength[sibling]
                let density = linkDensity(sibling)
                if length > 80 && density < 0.25 {
                    roots.append(sibling)
                } else if length > 0 && density == 0 {
                    let text = HTMLText.collapse(tree.text(of: sibling))
                    if text.hasSuffix(".") || text.contains(". ") { roots.append(sibling) }
                }
            }
        }
        return roots
    }

    /// `p`, `pre`, `td`, or a `div`/`section` without block children (a paragraph in disguise).
    private func isParagraphLike(_ index: Int) -> Bool {
        let node = tree[index]
        switch node.name {
        case "p", "pre", "td", "blockquote": return true
        case "div", "section", "span", "font", "center":
            return !tree.children(of: index).contains { child in
                let childNode = tree[child]
                return childNode.kind == .element && HTMLParagraphCollector.blockTags.contains(childNode.name)
                    && childNode.name != "br"
            }
        default: return false
        }
    }

    /// Readability's starting score for a container: its tag and its class words.
    private func initialScore(_ index: Int) -> Double {
        let node = tree[index]
        var value: Double
        switch node.name {
        case "div", "article", "main": value = 5
        case "pre", "td", "blockquote": value = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": value = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": value = -5
        default: value = 0
        }
        return value + HTMLBoilerplate.classWeight(node)
    }
}
