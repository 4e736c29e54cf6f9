import StoryModel
import Testing

@testable import Normalizer

/// Golden metadata on pages shaped like real news sites, clutter included (navigation, share
/// bars, cookie banners, related links, comments): every field and the rule that produced it.
@Suite struct HTMLMetadataGoldenTests {
    /// The fields and rules of a page, one `field: value [rule]` line each, in a fixed order.
    static func golden(_ html: String) throws -> String {
        let page = try HTMLExtractor.extract(Array(html.utf8))
        func line(_ name: String, _ rule: String, _ value: String?) -> String {
            "\(name): \(value ?? "-") [\(page.rules[rule] ?? "-")]"
        }
        return [
            line("title", "title", page.title),
            line("site", "siteName", page.siteName),
            line("date", "date", page.date?.description),
            line("authors", "authors", page.authors.isEmpty ? nil : page.authors.joined(separator: "; ")),
            line("url", "url", page.url),
            line("language", "language", page.language),
        ].joined(separator: "\n")
    }

    static let clutter = """
        <div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
        """
    static let body = """
        <p>The city council voted 7–2 on Tuesday night to approve the harbor redevelopment plan, ending a two-year fight over the waterfront.</p>
        <p>Supporters said the plan would bring 1,400 jobs; opponents warned that rents in the nearby neighborhoods would rise sharply.</p>
        <p>“This is the biggest decision this council has made in a generation,” council president Maria Olsen said before the vote.</p>
        """
    static let tail = """
        <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Harbor plan explained</a></li><li><a href="/b">Five things to know</a></li></ul></aside>
        <section id="comments"><h3>42 comments</h3><div class="comment">Great news for the city!</div></section>
        <footer><p>© 2024 The Bayport Sentinel. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        """

    @Test func wordPressStyleOpenGraphAndBylineClass() throws {
        let html = """
            <!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
            <title>Council approves harbor plan | The Bayport Sentinel</title>
            <meta property="og:site_name" content="The Bayport Sentinel">
            <meta property="og:title" content="Council approves harbor plan">
            <meta property="article:published_time" content="2024-03-12T22:14:00-04:00">
            <link rel="canonical" href="https://bayportsentinel.example/news/council-approves-harbor-plan/">
            </head><body>\(Self.clutter)
            <article class="post"><h1 class="entry-title">Council approves harbor plan</h1>
            <div class="byline">By <a href="/author/jdoe">Jane Doe</a> and <a href="/author/rroe">Rick Roe</a> | Staff Writers</div>
            \(Self.body)</article>\(Self.tail)</body></html>
            """
        #expect(try Self.golden(html) == """
            title: Council approves harbor plan [meta:og:title]
            site: The Bayport Sentinel [meta:og:site_name]
            date: 2024-03-12 [meta:article:published_time]
            authors: Jane Doe; Rick Roe [byline:class]
            url: https://bayportsentinel.example/news/council-approves-harbor-plan/ [link:canonical]
            language: en-US [html:lang]
            """)
    }

    @Test func jsonLDGraphNewsArticle() throws {
        let html = """
            <html><head><title>Harbor vote — Sentinel</title>
            <meta name="author" content="Somebody Else">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://s.example/#website","name":"Bayport Sentinel"},
              {"@type":"NewsArticle","headline":"Harbor vote passes after marathon session",
               "datePublished":"2024-03-13T02:14:00Z","dateModified":"2024-03-14T09:00:00Z",
               "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Rick Roe"}],
               "publisher":{"@type":"NewsMediaOrganization","name":"Bayport Sentinel"},
               "mainEntityOfPage":"https://s.example/harbor-vote"}]}</script>
            </head><body>\(Self.clutter)<main>\(Self.body)</main>\(Self.tail)</body></html>
            """
        #expect(try Self.golden(html) == """
            title: Harbor vote passes after marathon session [json-ld:headline]
            site: Bayport Sentinel [json-ld:publisher.name]
            date: 2024-03-13 [json-ld:datePublished]
            authors: Jane Doe; Rick Roe [json-ld:author]
            url: https://s.example/harbor-vote [json-ld:url]
            language: - [-]
            """)
    }

    @Test func visibleMarkupOnlyTimeAndRelAuthor() throws {
        let html = """
            <html lang="en"><head><title>Harbor plan approved - Bayport Daily</title></head><body>\(Self.clutter)
            <article><h1>Harbor plan approved</h1>
            <p class="meta">By <a rel="author" href="/staff/lee">Ann Lee</a> · <time datetime="2024-03-12">March 12, 2024</time></p>
            \(Self.body)</article>\(Self.tail)</body></html>
            """
        #expect(try Self.golden(html) == """
            title: Harbor plan approved [h1]
            site: - [-]
            date: 2024-03-12 [time:in-article[datetime]]
            authors: Ann Lee [byline:rel-author]
            url: - [-]
            language: en [html:lang]
            """)
    }

    @Test func dateFromTheURLWhenNothingElseSaysIt() throws {
        let html = """
            <html><head><title>Harbor plan approved</title>
            <meta property="og:url" content="https://daily.example/2024/03/12/harbor-plan-approved/">
            <meta name="author" content="BY ANN LEE, Daily Staff Writer">
            </head><body>\(Self.clutter)<article>\(Self.body)</article>\(Self.tail)</body></html>
            """
        #expect(try Self.golden(html) == """
            title: Harbor plan approved [title]
            site: - [-]
            date: 2024-03-12 [url-pattern]
            authors: Ann Lee [meta:author]
            url: https://daily.example/2024/03/12/harbor-plan-approved/ [meta:og:url]
            language: - [-]
            """)
    }

    @Test func authorPageLinkAndPublishedLine() throws {
        let html = """
            <html lang="de"><head><title>Hafenplan beschlossen</title></head><body>\(Self.clutter)
            <article><h1>Hafenplan beschlossen</h1>
            <p class="about"><a href="https://blog.example/author/moritz-bauer">Moritz Bauer</a> <span>publiziert am 25. September 2018</span></p>
            \(Self.body)</article>\(Self.tail)</body></html>
            """
        #expect(try Self.golden(html) == """
            title: Hafenplan beschlossen [h1]
            site: - [-]
            date: 2018-09-25 [labelled-line[text]]
            authors: Moritz Bauer [byline:author-link]
            url: - [-]
            language: de [html:lang]
            """)
    }

    @Test func clutterStaysOutOfTheBody() throws {
        let header = """
            <p class="kicker">Waterfront</p><h1>Harbor plan approved</h1>
            <p class="dek">A two-year fight ends with a 7–2 vote</p>
            <div class="meta"><time datetime="2024-03-12T22:14">March 12, 2024, 10:14 p.m.</time></div>
            """
        let html = "<html><body>\(Self.clutter)<article>\(header)\(Self.body)</article>\(Self.tail)</body></html>"
        let page = try HTMLExtractor.extract(Array(html.utf8))
        let text = page.paragraphs.joined(separator: "\n")
        #expect(text.contains("voted 7–2 on Tuesday night"))
        #expect(text.contains("council president Maria Olsen"))
        #expect(page.paragraphs.first?.hasPrefix("The city council voted") == true)
        for junk in ["cookies", "Share on Facebook", "Related stories", "42 comments", "All rights reserved", "Sport", "Waterfront", "two-year fight ends", "10:14 p.m."] {
            #expect(!text.contains(junk), "\(junk) leaked into the body")
        }
    }
}
