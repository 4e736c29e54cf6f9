import Foundation
import Testing

@testable import Normalizer

/// Script and style bodies removed before parsing: the tags stay, JSON data stays, and the
/// scan reads comments and quoted attribute values the way libxml2 does.
@Suite struct HTMLRawTextTests {
    private func strip(_ html: String) -> String? {
        HTMLRawText.stripped(Array(html.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func removesScriptAndStyleBodiesKeepingTags() {
        let html = "<head><script>var a = '<p>x</p>';</script><STYLE type=\"text/css\">p { color: red }</sTyLe></head><body><p>Text</p></body>"
        #expect(strip(html) == "<head><script></script><STYLE type=\"text/css\"></sTyLe></head><body><p>Text</p></body>")
    }

    @Test func keepsJSONScriptsAndSelfClosedScripts() {
        let html = "<script type=\"application/ld+json\">{\"a\": 1}</script><script type=\"x\"/><p>After</p>"
        #expect(strip(html) == nil)
    }

    @Test func scriptBodyEndsAtFirstClosingTagLikeLibXML() {
        // libxml2 ends a script at the first "</script", even inside a string literal.
        let html = "<script>document.write('<script>x</script>');</script><p>T</p>"
        #expect(strip(html) == "<script></script>');</script><p>T</p>")
    }

    @Test func ignoresTagsInsideCommentsAndAttributeValues() {
        let html = "<!-- <script>keep</script> --><div class=\"<script>also kept</script>\"><script>drop</script></div>"
        #expect(strip(html) == "<!-- <script>keep</script> --><div class=\"<script>also kept</script>\"><script></script></div>")
    }

    @Test func dropsUnreadAttributesKeepingReadOnes() {
        let html = "<div data-x='a > b' CLASS=\"story\" onclick=go() hidden srcset = \"a.jpg 1x\"ID=main><img src=a.jpg alt=\"\"/></div>"
        #expect(strip(html) == "<div  CLASS=\"story\"  hidden ID=main><img  /></div>")
        // Attributes glued to the one before keep their separation.
        #expect(strip("<link href=\"x\"data-y=\"z\"rel=\"c\">") == "<link href=\"x\"rel=\"c\">")
        #expect(strip("<a data-y=z class=c>T</a>") == "<a  class=c>T</a>")
        // Nothing to drop: no copy.
        #expect(strip("<p class=\"a\" id=b>Text</p>") == nil)
    }

    @Test func linkTargetsAreKeptOnlyWhenTheyCanBeAuthorPages() {
        // A link's href is read only to find author pages ("/author/jane-doe").
        #expect(strip("<a href=\"https://example.com/news/2024/story\" class=c>T</a>") == "<a  class=c>T</a>")
        #expect(strip("<a href=\"/Author/jane-doe\">Jane</a><a HREF=/autor/x>X</a>") == nil)
        #expect(strip("<a href=\"&#47;author&#47;jane\">Jane</a>") == nil)
        // Other elements keep their href (canonical links, feeds).
        #expect(strip("<link rel=canonical href=\"https://example.com/a\"><area href=\"/x\">") == nil)
        // An "abbr" or "aside" tag is not a link.
        #expect(strip("<abbr href=\"/x\">A</abbr>") == nil)
    }

    @Test func oddAttributeSyntaxKeepsTheRestOfTheTag() {
        // A byte that cannot start a name: libxml2 skips junk; the rest of the tag stays.
        let html = "<div data-a=1 \"junk\" data-b=2><p>T</p></div>"
        #expect(strip(html) == "<div  \"junk\" data-b=2><p>T</p></div>")
    }

    @Test func extractionIsTheSameWithAndWithoutUnreadAttributes() throws {
        let plain = """
            <html lang="en"><head><meta property="og:title" content="Tram plan"></head><body><div class="story-body">
            <p>The council voted on Monday to expand the city's tram network, adding four lines by 2030.</p>
            <p class="caption">Photo: the tram depot</p>
            <p>Officials said the plan, which costs about 1.2 billion euros, would cut traffic in the centre.</p>
            </div><nav><a href="/a">Home</a></nav></body></html>
            """
        let decorated = plain
            .replacingOccurrences(of: "<p>", with: "<p data-track=\"p\" style=\"color:red\" onclick='x()'>")
            .replacingOccurrences(of: "<div class", with: "<div data-id=\"1\" class")
        let first = try HTMLExtractor.extract(Array(plain.utf8))
        let second = try HTMLExtractor.extract(Array(decorated.utf8))
        #expect(first.paragraphs.count == 2)
        #expect(first.paragraphs == second.paragraphs)
        #expect(first.title == second.title)
        #expect(first.language == "en")
    }

    @Test func indentationBetweenTagsIsCutToOneBlankPreferringTheLineBreak() {
        let html = "<div>\n      <p>One  two</p>   \t <p>Three</p>\r\n  \n  </div>  a < b  <i>x</i>"
        // Blank runs between tags keep one blank; text (and blanks around a bare "<") is untouched.
        #expect(strip(html) == "<div>\n<p>One  two</p> <p>Three</p>\n</div>  a < b  <i>x</i>")
        #expect(strip("<p>a</p> <p>b</p>") == nil)
    }

    @Test func unterminatedScriptKeepsTheRest() {
        #expect(strip("<p>a</p><script>never closed") == nil)
        #expect(strip("<script>x</script><p>a</p><style>never closed") == "<script></script><p>a</p><style>never closed")
    }

    @Test func similarNamesAreNotRawText() {
        #expect(strip("<scripts>text</scripts><styles>t</styles>") == nil)
    }

    @Test func extractionIgnoresScriptTextEitherWay() throws {
        let html = """
            <html><head><script>var s = "</p><p>Injected text that must not appear in the body at all.";</script>
            <style>.a { content: "style text" }</style></head><body><article>
            <p>The council voted on Monday to expand the city's tram network, adding four lines by 2030.</p>
            <p>Officials said the plan, which costs about 1.2 billion euros, would cut traffic in the centre.</p>
            </article></body></html>
            """
        let page = try HTMLExtractor.extract(Array(html.utf8))
        #expect(page.paragraphs.count == 2)
        #expect(!page.paragraphs.joined().contains("Injected"))
        #expect(!page.paragraphs.joined().contains("style text"))
    }

    /// Every attribute the HTML readers look up by name survives stripping: a lookup added
    /// without adding its name to `keptAttributes` would silently read nothing.
    @Test func everyAttributeTheReadersLookUpIsKept() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Normalizer")
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path)
            .filter { $0.hasSuffix(".swift") && $0 != "FeedParser.swift" }  // feeds are XML, never stripped
        var looked: Set<String> = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            var rest = Substring(text)
            while let start = rest.range(of: "attribute(\"") {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                let name = String(rest[..<end]).lowercased()
                // Literal names only (not the "…" of a doc comment).
                if !name.isEmpty, name.utf8.allSatisfy({ (97...122).contains($0) || $0 == 58 || $0 == 45 || $0 == 95 }) {
                    looked.insert(name)
                }
            }
        }
        #expect(looked.count >= 10)
        let kept = Set(HTMLRawText.keptAttributes.map { $0.lowercased() })
        #expect(looked.subtracting(kept).isEmpty, "looked up but stripped: \(looked.subtracting(kept).sorted())")
    }
}
