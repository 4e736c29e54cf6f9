import Testing
@testable import Normalizer

@Suite struct ContentSnifferTests {
    @Test func sniffsFormats() {
        #expect(ContentSniffer.sniff(Array("  <!DOCTYPE html><html>".utf8)) == .format(.html))
        #expect(ContentSniffer.sniff(Array("<HTML lang=en>".utf8)) == .format(.html))
        #expect(ContentSniffer.sniff(Array("<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">".utf8)) == .format(.rss))
        #expect(ContentSniffer.sniff(Array("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)) == .format(.atom))
        #expect(ContentSniffer.sniff(Array("<rdf:RDF xmlns:rdf=\"x\">".utf8)) == .format(.rss))
        #expect(ContentSniffer.sniff(Array("{\"title\": 1}\n".utf8)) == .format(.jsonLines))
        #expect(ContentSniffer.sniff(Array("Just some text.\n".utf8)) == .format(.text))
        #expect(ContentSniffer.sniff([UInt8]()) == .empty)
    }

    @Test func refusesBinaryAndOtherXML() {
        #expect(ContentSniffer.sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) == .binary("a PNG image"))
        #expect(ContentSniffer.sniff(Array("%PDF-1.7\n".utf8)) == .binary("a PDF document"))
        #expect(ContentSniffer.sniff([0x1F, 0x8B, 0x08, 0x00]) == .binary("a gzip archive"))
        #expect(ContentSniffer.sniff([0x61, 0x00, 0x62]) == .binary("binary data (NUL bytes)"))
        #expect(ContentSniffer.sniff([0x61, 0xFF, 0x62]) == .unsupported("not UTF-8 text and no known format"))
        guard case .unsupported = ContentSniffer.sniff(Array("<?xml version=\"1.0\"?><svg></svg>".utf8)) else {
            Issue.record("SVG is not a feed")
            return
        }
    }

    @Test func textStartingLikeASignatureIsStillText() {
        #expect(ContentSniffer.binaryKind(Array("MZ is a word here".utf8)) == nil)
        #expect(ContentSniffer.binaryKind(Array("ID3 tags".utf8)) == nil)
    }

    @Test func utf16TextIsNotBinary() {
        let bytes: [UInt8] = [0xFF, 0xFE] + "<rss>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(ContentSniffer.binaryKind(bytes) == nil)
        #expect(ContentSniffer.sniff(bytes) == .format(.rss))
    }

    @Test func feedFormatByRootElement() {
        #expect(ContentSniffer.feedFormat(Array("<?xml version='1.0'?>\n<!DOCTYPE x [ <!ELEMENT a ANY> ]>\n<feed>".utf8)) == .format(.atom))
        #expect(ContentSniffer.rootElement(Array("<?xml?><atom:feed>".utf8)) == "feed")
    }
}
