import Testing
@testable import Normalizer

@Suite struct HTMLTreeBuilderTests {
    private func tree(_ html: String, encoding: String? = "UTF-8") throws -> LibXMLTree {
        try LibXMLTree(html: Array(html.utf8), encoding: encoding)
    }

    /// The index of the element named `name` (first in document order).
    private func element(_ tree: LibXMLTree, _ name: String) throws -> Int {
        try #require(tree.first(name))
    }

    /// The kinds and contents of a node's children: element names, or text in quotes.
    private func children(_ tree: LibXMLTree, of node: Int) -> [String] {
        tree.children(of: node).map { tree[$0].kind == .text ? "\"\(tree[$0].text)\"" : tree[$0].name }
    }

    @Test func impliedElementsAreBuiltAsLibxml2DoesAndChildrenKeepTheirOrder() throws {
        let tree = try tree("<P>Hello <B>big</B> world")
        #expect(tree[tree.root].name == "html")
        let body = try element(tree, "body")
        #expect(children(tree, of: body) == ["p"])
        let paragraph = try element(tree, "p")
        #expect(children(tree, of: paragraph) == ["\"Hello \"", "b", "\" world\""])
        #expect(tree[tree.children(of: paragraph)[1]].parent == paragraph)
        #expect(tree.text(of: try #require(tree.first("p"))) == "Hello big world")
    }

    @Test func textEventsJoinIntoOneNodeUnlessACommentSeparatesThem() throws {
        let tree = try tree("<p>Fish &amp; chips &eacute;t&eacute;</p><div>one<!-- note -->two<?pi x?>three</div>")
        #expect(children(tree, of: try element(tree, "p")) == ["\"Fish & chips été\""])
        #expect(children(tree, of: try element(tree, "div")) == ["\"one\"", "\"two\"", "\"three\""])
    }

    @Test func scriptsStylesAndDrawingsKeepTheirElementButNotTheirContent() throws {
        let tree = try tree("""
            <head><style>p { color: red }</style><script>var secret = "hidden";</script>
            <script type="application/ld+json">{"headline": "Kept"}</script></head>
            <body><svg><text>drawn</text></svg><p>Visible</p></body>
            """)
        let scripts = tree.elements(under: tree.root) { tree[$0].name == "script" }
        #expect(scripts.count == 2)
        #expect(tree.text(of: scripts[0]).isEmpty)
        #expect(tree.text(of: scripts[1]).contains("\"headline\": \"Kept\""))
        #expect(tree.text(of: try #require(tree.first("style"))).isEmpty)
        let svg = try element(tree, "svg")
        #expect(tree.children(of: svg).isEmpty)
        #expect(tree.first("text") == nil)
        #expect(tree.text(of: tree.root).contains("Visible"))
    }

    @Test func attributesAreLowercasedDecodedAndValuelessOnesAreEmpty() throws {
        let tree = try tree(#"<div CLASS="Story Body" Content='a &amp; b' data-x="unread" hidden><p>x</p></div>"#)
        let div = tree[try element(tree, "div")]
        #expect(div.attribute("class") == "Story Body")
        #expect(div.attribute("content") == "a & b")
        // Attributes no reader looks up are removed before parsing (HTMLRawText).
        #expect(div.attribute("data-x") == nil)
        #expect(div.attribute("hidden") == "")
        #expect(div.attribute("id") == nil)
    }

    @Test func nestingDeeperThanTheLimitStopsTheParseAndIsReported() throws {
        let shallow = try tree("<body>" + String(repeating: "<div>", count: 200) + "<p>deep text</p>")
        #expect(!shallow.reachedDepthLimit)
        #expect(shallow.text(of: shallow.root).contains("deep text"))

        let deep = try tree("<body>" + String(repeating: "<div>", count: 300) + "<p>deep text</p>")
        #expect(deep.reachedDepthLimit)
        #expect(!deep.text(of: deep.root).contains("deep text"))
        // html and body plus the divs that fit: never more open elements than the limit allows.
        let divs = deep.elements(under: deep.root) { deep[$0].name == "div" }
        #expect(divs.count == LibXMLTree.maxDepth + 1 - 2)
    }

    @Test func aMetaCharsetIsHonouredWhenNoEncodingIsForced() throws {
        var bytes = Array(#"<html><head><meta charset="iso-8859-1"></head><body><p>caf"#.utf8)
        bytes.append(0xE9)
        bytes += Array("</p></body></html>".utf8)
        let tree = try LibXMLTree(html: bytes, encoding: nil)
        #expect(tree.text(of: try #require(tree.first("p"))) == "café")
    }

    @Test func aDocumentWithoutElementsIsAnError() {
        #expect(throws: LibXMLTree.ParseError.self) { try LibXMLTree(html: [], encoding: "UTF-8") }
    }
}
