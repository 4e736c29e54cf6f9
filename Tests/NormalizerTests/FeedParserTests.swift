import StoryModel
import Testing

@testable import Normalizer

/// RSS and Atom reading, and refusal of hostile, broken and non-feed XML.
@Suite struct FeedParserTests {
    @Test func rssItemsWithHTMLDescriptionsAndNbsp() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel>
              <atom:link href="https://valley.example/feed.xml" rel="self" type="application/rss+xml">self</atom:link>
              <title>Valley News</title>
              <link>https://valley.example/</link>
              <item>
                <title>Dam repairs finish early</title>
                <link>https://valley.example/dam</link>
                <pubDate>Thu, 01 Apr 2021 10:00:00 GMT</pubDate>
                <dc:creator>Ann Lee</dc:creator>
                <description>&lt;p&gt;Repairs&amp;nbsp;to the dam finished two weeks early, engineers said.&lt;/p&gt;&lt;p&gt;The road reopens on Monday.&lt;/p&gt;&lt;p&gt;&lt;a href="https://valley.example/dam"&gt;Continue reading&lt;/a&gt;&lt;/p&gt;</description>
              </item>
              <item>
                <title><![CDATA[Flood <b>warning</b> lifted]]></title>
                <link>https://valley.example/flood</link>
                <author>desk@valley.example (Bo Chen)</author>
                <dc:date>2021-04-02T08:00:00+02:00</dc:date>
                <description><![CDATA[Short teaser.]]></description>
                <content:encoded><![CDATA[<p>The flood warning for the lower valley was lifted on Friday, officials said.</p>
                  <div class="share">Share this</div><p>Advertisement</p>
                  <p>Residents may return&nbsp;home from noon.</p>]]></content:encoded>
              </item>
            </channel></rss>
            """
        let feed = try FeedParser.parse(Array(xml.utf8))
        #expect(feed.format == .rss)
        #expect(feed.title == "Valley News")
        #expect(feed.url == "https://valley.example/")
        #expect(feed.items.count == 2)
        let first = feed.items[0]
        #expect(first.title == "Dam repairs finish early")
        #expect(first.url == "https://valley.example/dam")
        #expect(first.date == CalendarDay(year: 2021, month: 4, day: 1))
        #expect(first.authors == ["Ann Lee"])
        #expect(first.paragraphs == ["Repairs to the dam finished two weeks early, engineers said.", "The road reopens on Monday."])
        let second = feed.items[1]
        #expect(second.title == "Flood warning lifted")
        #expect(second.authors == ["Bo Chen"])
        #expect(second.date == CalendarDay(year: 2021, month: 4, day: 2))
        #expect(second.paragraphs == [
            "The flood warning for the lower valley was lifted on Friday, officials said.", "Residents may return home from noon.",
        ])
    }

    @Test func rawHTMLEntitiesInXMLAreRead() throws {
        let xml = "<rss version=\"2.0\"><channel><title>Caf&eacute;&nbsp;News</title><item><title>Caf&eacute; &amp; bar</title>"
            + "<description>Prices&nbsp;rose &mdash; again.</description></item></channel></rss>"
        let feed = try FeedParser.parse(Array(xml.utf8))
        #expect(feed.title == "Café News")
        #expect(feed.items.first?.title == "Café & bar")
        #expect(feed.items.first?.paragraphs == ["Prices rose — again."])
        #expect(LibXMLEntities.numericReferences(in: Array("&nbsp;&amp;&bogus;&#65;".utf8)) == Array("&#160;&amp;&bogus;&#65;".utf8))
    }

    @Test func rss1RDFItems() throws {
        let xml = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://old.example/"><title>Old Feed</title><link>https://old.example/</link></channel>
              <item rdf:about="https://old.example/1"><title>First</title><link>https://old.example/1</link>
                <dc:date>2004-05-06</dc:date><description>Plain text body.</description></item>
            </rdf:RDF>
            """
        let feed = try FeedParser.parse(Array(xml.utf8))
        #expect(feed.format == .rss)
        #expect(feed.title == "Old Feed")
        #expect(feed.items.map(\.title) == ["First"])
        #expect(feed.items.first?.date == CalendarDay(year: 2004, month: 5, day: 6))
        #expect(feed.items.first?.paragraphs == ["Plain text body."])
    }

    @Test func atomEntriesWithHTMLAndXHTMLContent() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Atom Desk</title>
              <link rel="self" href="https://atom.example/feed.xml"/>
              <link rel="alternate" href="https://atom.example/"/>
              <author><name>Eve Park</name></author>
              <entry>
                <title type="html">Rates &amp;amp; markets</title>
                <link rel="alternate" type="text/html" href="https://atom.example/rates"/>
                <published>2022-09-21T18:00:00Z</published>
                <updated>2022-09-22T09:00:00Z</updated>
                <author><name>Cy Diaz</name></author>
                <summary>Rates rose.</summary>
                <content type="html">&lt;p&gt;The central bank raised rates by&amp;nbsp;0.75 points.&lt;/p&gt;&lt;p&gt;Markets fell, then recovered.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Second</title>
                <link href="https://atom.example/second"/>
                <updated>2022-09-23T09:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline <b>XHTML</b> paragraph.</p><p>Another one.</p></div></content>
              </entry>
            </feed>
            """
        let feed = try FeedParser.parse(Array(xml.utf8))
        #expect(feed.format == .atom)
        #expect(feed.title == "Atom Desk")
        #expect(feed.url == "https://atom.example/")
        #expect(feed.items.count == 2)
        #expect(feed.items[0].title == "Rates & markets")
        #expect(feed.items[0].url == "https://atom.example/rates")
        #expect(feed.items[0].date == CalendarDay(year: 2022, month: 9, day: 21))
        #expect(feed.items[0].authors == ["Cy Diaz"])
        #expect(feed.items[0].paragraphs == ["The central bank raised rates by 0.75 points.", "Markets fell, then recovered."])
        #expect(feed.items[1].authors == ["Eve Park"])
        #expect(feed.items[1].date == CalendarDay(year: 2022, month: 9, day: 23))
        #expect(feed.items[1].paragraphs == ["Inline XHTML paragraph.", "Another one."])
    }

    @Test func externalEntityFeedIsRefusedAsUnsafe() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>&e;</title><item><title>&e;</title><description>&e;</description></item></channel></rss>
            """
        let error = #expect(throws: LoadFailure.self) { try FeedParser.parse(Array(xml.utf8)) }
        #expect(error?.reason.code == .unsafe)
        #expect(error?.reason.message.contains("root:") == false)
        // The tree layer refuses too, even when the prolog check is bypassed.
        let tree = try LibXMLTree(xml: Array(xml.utf8))
        #expect(tree.declaresEntities)
        #expect(tree.nodes.isEmpty)
    }

    @Test func billionLaughsIsRefusedAsUnsafe() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for level in 2...9 {
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        xml += "]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>"
        let error = #expect(throws: LoadFailure.self) { try FeedParser.parse(Array(xml.utf8)) }
        #expect(error?.reason.code == .unsafe)
    }

    @Test func malformedXMLReportsLibxml2MessageAndLine() {
        let xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<title>Broken</titel>\n</channel></rss>"
        let error = #expect(throws: LoadFailure.self) { try FeedParser.parse(Array(xml.utf8)) }
        #expect(error?.reason.code == .malformed)
        #expect(error?.reason.message.contains("line 4") == true)
        #expect(error?.reason.message.contains("mismatch") == true)
    }

    @Test func nonFeedXMLIsUnsupported() {
        let xml = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><title>Not a feed</title></svg>"
        let error = #expect(throws: LoadFailure.self) { try FeedParser.parse(Array(xml.utf8)) }
        #expect(error?.reason.code == .unsupported)
        #expect(error?.reason.message.contains("<svg>") == true)
    }

    @Test func parsesConcurrently() async throws {
        let xml = Array("<rss version=\"2.0\"><channel><title>T</title><item><title>I</title><description>&lt;p&gt;Body text.&lt;/p&gt;</description></item></channel></rss>".utf8)
        let html = Array(HTMLExtractorTests.clutteredPage.utf8)
        let expectedFeed = try FeedParser.parse(xml)
        let expectedPage = try HTMLExtractor.extract(html)
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<16 {
                group.addTask { try FeedParser.parse(xml) == expectedFeed && HTMLExtractor.extract(html) == expectedPage }
            }
            for try await same in group { #expect(same) }
        }
    }
}
