import StoryModel
import Testing

@testable import Normalizer

/// Metadata priority: JSON-LD, then `<meta>`, then visible markup, then the URL.
@Suite struct HTMLMetadataReaderTests {
    /// Wraps head markup and body markup into a page with one article paragraph.
    static func page(head: String, body: String = "") -> [UInt8] {
        Array("""
            <html lang="en"><head>\(head)</head><body>\(body)
            <article><p>An article paragraph long enough to be read as the page's main text, with a comma.</p></article>
            </body></html>
            """.utf8)
    }

    @Test func jsonLDGraphWithReferencesWins() throws {
        let head = """
            <meta property="og:title" content="OG title">
            <meta property="article:published_time" content="2020-01-01T00:00:00Z">
            <meta name="author" content="Meta Author">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "Organization", "@id": "#org", "name": "The Gazette"},
              {"@type": "Person", "@id": "#p1", "name": "Ann Lee"},
              {"@type": ["NewsArticle"], "headline": "JSON-LD headline &amp; more",
               "datePublished": "2021-04-01T23:30:00-05:00",
               "author": [{"@id": "#p1"}, {"@type": "Person", "name": "Bo Chen"}, "Cy Diaz"],
               "publisher": {"@id": "#org"},
               "mainEntityOfPage": {"@id": "https://example.com/story"}}
            ]}
            </script>
            """
        let page = try HTMLExtractor.extract(Self.page(head: head))
        #expect(page.title == "JSON-LD headline & more")
        #expect(page.date == CalendarDay(year: 2021, month: 4, day: 1))  // the date as written, not UTC
        #expect(page.authors == ["Ann Lee", "Bo Chen", "Cy Diaz"])
        #expect(page.siteName == "The Gazette")
        #expect(page.url == "https://example.com/story")
        #expect(page.language == "en")
    }

    @Test func jsonLDArrayAndWebPageFallback() throws {
        let head = """
            <script type="application/ld+json">[{"@type": "BreadcrumbList", "name": "crumbs"},
              {"@type": "WebPage", "name": "Page name", "datePublished": "2019-11-20"}]</script>
            """
        let page = try HTMLExtractor.extract(Self.page(head: head))
        #expect(page.title == "Page name")
        #expect(page.date == CalendarDay(year: 2019, month: 11, day: 20))
    }

    @Test func metaFallbacksWhenThereIsNoJSONLD() throws {
        let head = """
            <meta property="og:site_name" content="Harbour Times">
            <meta property="og:title" content="Port strike ends after talks | Harbour Times">
            <meta name="twitter:title" content="Twitter title">
            <meta property="article:author" content="https://facebook.com/someone">
            <meta name="author" content="Dana Eve">
            <meta name="parsely-pub-date" content="2018-06-05T10:00:00Z">
            <meta property="og:url" content="https://harbour.example/port-strike">
            <script type="application/ld+json">{ this is not json </script>
            """
        let page = try HTMLExtractor.extract(Self.page(head: head))
        #expect(page.title == "Port strike ends after talks")
        #expect(page.siteName == "Harbour Times")
        #expect(page.authors == ["Dana Eve"])
        #expect(page.date == CalendarDay(year: 2018, month: 6, day: 5))
        #expect(page.url == "https://harbour.example/port-strike")
    }

    @Test func titleFallsBackToH1ThenTitleWithSuffixStripped() throws {
        let withH1 = try HTMLExtractor.extract(Self.page(
            head: "<title>Ignored - Site</title>", body: "<h1>  Visible   headline </h1>"))
        #expect(withH1.title == "Visible headline")
        let withTitle = try HTMLExtractor.extract(Self.page(
            head: "<meta name=\"application-name\" content=\"The Courier\"><title>Bridge reopens – The Courier</title>"))
        #expect(withTitle.title == "Bridge reopens")
        #expect(withTitle.siteName == "The Courier")
        #expect(HTMLMetadataReader.strippingSiteName("Courier | Bridge reopens", siteName: "Courier") == "Bridge reopens")
        #expect(HTMLMetadataReader.strippingSiteName("Rock - Paper - Scissors", siteName: "Other") == "Rock - Paper - Scissors")
    }

    @Test func timeElementsAndURLDates() throws {
        let marked = try HTMLExtractor.extract(Self.page(
            head: "", body: "<time datetime=\"2015-02-03\">other</time><span><time itemprop=\"datePublished\" datetime=\"2016-07-08T09:00\">8 July</time></span>"))
        #expect(marked.date == CalendarDay(year: 2016, month: 7, day: 8))
        let textual = try HTMLExtractor.extract(Self.page(head: "", body: "<p class=\"date\"><time>March 3, 2017</time></p>"))
        #expect(textual.date == CalendarDay(year: 2017, month: 3, day: 3))
        let fromURL = try HTMLExtractor.extract(Self.page(head: "<link rel=\"canonical\" href=\"https://news.example/2021/04/01/story-slug\">"))
        #expect(fromURL.date == CalendarDay(year: 2021, month: 4, day: 1))
        #expect(fromURL.url == "https://news.example/2021/04/01/story-slug")
        #expect(HTMLMetadataReader.dateInURL("https://x.example/2021/13/01/bad") == nil)
        #expect(HTMLMetadataReader.dateInURL("https://x.example/a/2020-02-29-leap") == CalendarDay(year: 2020, month: 2, day: 29))
    }

    @Test func bylinesSplitIntoNames() throws {
        let page = try HTMLExtractor.extract(Self.page(
            head: "<meta property=\"og:site_name\" content=\"Reuters\">",
            body: "<div class=\"byline\">By Jane Roe and John Doe, Reuters | Updated 3 hours ago</div>"))
        #expect(page.authors == ["Jane Roe", "John Doe"])
        let relAuthor = try HTMLExtractor.extract(Self.page(head: "", body: "<p>By <a rel=\"author\" href=\"/x\">Kim Park</a></p>"))
        #expect(relAuthor.authors == ["Kim Park"])
        #expect(HTMLMetadataReader.cleanAuthors(["By A. Smith & B. Jones", "a. smith", "Staff", "AP Staff"], siteName: nil)
            == ["A. Smith", "B. Jones"])
    }
}
