import StoryModel
import Testing

@testable import Normalizer

/// Charset choice (BOM, HTTP, meta, fallback) and never failing on invalid bytes.
@Suite struct CharsetTests {
    static func page(head: String, body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)<title>T</title></head><body><article><p>".utf8) + body
            + Array(" is the word the reporter used in the headline of the story that ran on Monday morning.</p></article></body></html>".utf8)
    }

    @Test func theByteOrderMarkWinsOverEverything() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Self.page(head: "<meta charset=\"iso-8859-1\">", body: Array("naïve".utf8))
        let decision = Charset.decide(bytes, httpCharset: "windows-1251")
        #expect(decision.encoding == "UTF-8")
        #expect(decision.rule == "bom")
        #expect(decision.bytes.first == UInt8(ascii: "<"))
    }

    @Test func httpThenMetaThenValidityThenFallback() {
        let latin = Self.page(head: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", body: [0x6E, 0x61, 0xEF, 0x76, 0x65])
        #expect(Charset.decide(latin).rule == "meta")
        #expect(Charset.decide(latin).charset == "windows-1252")
        #expect(Charset.decide(latin).encoding == "UTF-8")  // transcoded here, so libxml2 never stops on an undefined byte
        #expect(Charset.decide(latin, httpCharset: "iso-8859-15").rule == "http")
        let untagged = Self.page(head: "", body: [0x6E, 0x61, 0xEF, 0x76, 0x65])
        #expect(Charset.decide(untagged).rule == "fallback")
        #expect(Charset.decide(Self.page(head: "", body: Array("naïve".utf8))).rule == "utf8-valid")
        // A legacy label on valid non-ASCII UTF-8 is a wrong label.
        #expect(Charset.decide(Self.page(head: "<meta charset=latin1>", body: Array("naïve".utf8))).encoding == "UTF-8")
        // An unknown label falls through.
        #expect(Charset.decide(Self.page(head: "<meta charset=\"x-no-such-charset\">", body: Array("plain".utf8))).rule == "utf8-valid")
    }

    @Test func metaAndHeaderParsing() {
        #expect(Charset.metaCharset(Array("<head><META CHARSET='Shift_JIS'>".utf8)) == "Shift_JIS")
        #expect(Charset.metaCharset(Array("<meta name=x content=y><meta http-equiv=content-type content=\"text/html;charset=euc-kr\">".utf8)) == "euc-kr")
        #expect(Charset.metaCharset(Array("<p>charset=utf-8</p>".utf8)) == nil)
        #expect(Charset.parameter(ofContentType: "text/html; Charset=\"UTF-8\"") == "UTF-8")
        #expect(Charset.parameter(ofContentType: "text/html") == nil)
    }

    @Test func pagesInLegacyCharsetsDecode() throws {
        let latin = Self.page(head: "<meta charset=\"windows-1252\">", body: [0x93, 0x63, 0x61, 0x66, 0xE9, 0x94])
        let page = try HTMLExtractor.extract(latin)
        #expect(page.paragraphs.first?.hasPrefix("“café”") == true)
        let cyrillic = Self.page(head: "<meta charset=\"windows-1251\">", body: [0xEC, 0xE8, 0xF0])
        #expect(try HTMLExtractor.extract(cyrillic).paragraphs.first?.hasPrefix("мир") == true)
    }

    @Test func aDeclaredCharsetIsTranscodedHereAndItsBadBytesReplaced() throws {
        // Shift_JIS "日本", then two bytes Shift_JIS cannot decode, then the rest of the sentence.
        let page = Self.page(head: "<meta charset=\"Shift-JIS\">", body: [0x93, 0xFA, 0x96, 0x7B, 0x20, 0xFF, 0xFE, 0x20, 0x63, 0x61, 0x66, 0xE9])
        let decision = Charset.decide(page)
        #expect(decision.rule == "meta")
        #expect(decision.charset == "Shift_JIS")
        // libxml2 is given UTF-8, so it never converts (nor stops, nor prints "encoding error").
        #expect(decision.encoding == "UTF-8")
        let text = try #require(try HTMLExtractor.extract(page).paragraphs.first)
        #expect(text.hasPrefix("日本 \u{FFFD}\u{FFFD} caf"))
        #expect(text.contains("the reporter used"))
        #expect(Charset.transcodedToUTF8([0x82, 0xA0, 0x82], from: "SHIFT_JIS") == Array("あ\u{FFFD}".utf8))
        #expect(Charset.transcodedToUTF8(Array("plain".utf8), from: "x-no-such-charset") == nil)
    }

    @Test func invalidBytesNeverStopAParse() throws {
        // Declared UTF-8 with stray Latin-1 bytes, a lone continuation byte and a cut sequence.
        let broken = Self.page(head: "<meta charset=\"utf-8\">", body: [0x63, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x20, 0xE2, 0x82])
        let page = try HTMLExtractor.extract(broken)
        let text = try #require(page.paragraphs.first)
        #expect(text.contains("caf\u{FFFD}"))
        #expect(text.contains("the reporter used"))
        #expect(Charset.repairedUTF8([0x61, 0xFF, 0x62]) == [0x61, 0xEF, 0xBF, 0xBD, 0x62])
        #expect(Charset.repairedUTF8(Array("ok ✓".utf8)) == Array("ok ✓".utf8))
        // Random bytes: no crash, whatever comes out.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let noise = (0..<2000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? HTMLExtractor.extract(Self.page(head: "", body: noise))
        }
    }
}
