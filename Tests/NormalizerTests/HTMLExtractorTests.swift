import StoryModel
import Testing

@testable import Normalizer

/// Main-text extraction: furniture removal, container choice, paragraph collection, charsets.
@Suite struct HTMLExtractorTests {
    /// A news page with the clutter real pages carry around the article.
    static let clutteredPage = """
        <!DOCTYPE html>
        <html lang="en-GB"><head>
        <meta charset="utf-8">
        <title>Ministers agree river clean-up plan | Daily Ledger</title>
        <script>var tracking = "Tracking text that must never appear";</script>
        <style>.x { content: "Style text"; }</style>
        </head><body>
        <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
        <header class="site-header"><a href="/">Daily Ledger</a>
          <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        </header>
        <div class="page">
          <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <span>Share this article</span></div>
          <div class="story-body">
            <h1>Ministers agree river clean-up plan</h1>
            <p>Ministers on Tuesday agreed a plan to clean up the country's most polluted rivers, committing
               £2 billion over five years, officials said.</p>
            <p>The plan, announced after months of negotiation, requires water companies to cut sewage
               discharges by half before 2030, and gives regulators new powers to fine them.</p>
            <div class="ad-slot">Advertisement</div>
            <p>“This is the biggest investment in our rivers for a generation,” the environment minister
               told reporters in London.</p>
            <p>Campaigners welcomed the money but said the deadline was too distant &amp; the fines too small.</p>
            <p><a href="/more">Read more</a></p>
            <div class="newsletter-promo"><p>Sign up for our newsletter and get the day's top stories, every morning, straight to your inbox.</p></div>
          </div>
          <aside class="related-stories"><h3>Related stories</h3><ul>
            <li><a href="/a">Water bills to rise again, regulator says, in a long headline about bills</a></li>
            <li><a href="/b">Drought declared in three more counties as reservoirs fall, officials warn</a></li></ul></aside>
          <section id="comments" class="comments"><h3>Comments (2)</h3>
            <p>Great news, finally someone is doing something about it, I have waited years for this.</p>
            <p>Too little, too late, as always with this government, and we all know it.</p></section>
        </div>
        <footer class="site-footer"><p>© 2021 Daily Ledger. All rights reserved. Contact us, terms, privacy.</p></footer>
        <script>document.write("Late script text");</script>
        </body></html>
        """

    @Test func clutteredNewsPageYieldsExactlyTheArticleParagraphs() throws {
        let page = try HTMLExtractor.extract(Array(Self.clutteredPage.utf8))
        #expect(page.paragraphs == [
            "Ministers on Tuesday agreed a plan to clean up the country's most polluted rivers, committing £2 billion over five years, officials said.",
            "The plan, announced after months of negotiation, requires water companies to cut sewage discharges by half before 2030, and gives regulators new powers to fine them.",
            "“This is the biggest investment in our rivers for a generation,” the environment minister told reporters in London.",
            "Campaigners welcomed the money but said the deadline was too distant & the fines too small.",
        ])
        let all = page.paragraphs.joined(separator: "\n")
        for clutter in ["cookies", "Politics", "Share", "Advertisement", "Read more", "newsletter", "Water bills", "Great news", "©", "script", "Style"] {
            #expect(!all.contains(clutter), "clutter leaked: \(clutter)")
        }
        #expect(page.language == "en-GB")
        #expect(page.title == "Ministers agree river clean-up plan")
    }

    @Test func bodySplitAcrossSiblingDivsIsGatheredWhole() throws {
        let html = """
            <html><body>
            <div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
            <div id="wrapper">
              <div class="text-block"><p>The first part of the story explains, in some detail, how the storm formed over the warm sea.</p>
                <p>Forecasters said the storm, which strengthened overnight, would make landfall on Friday morning.</p></div>
              <div class="inline-ad"><a href="/buy">Buy now and save on everything in our summer sale today</a></div>
              <div class="text-block"><p>The second part describes the evacuation, with thousands of residents, many elderly, leaving the coast.</p>
                <p>Officials opened shelters in schools, churches and sports halls, and asked drivers to avoid the roads.</p></div>
            </div>
            <div class="sidebar"><p>Most read: a completely different story about a cat, a dog, and a parrot.</p></div>
            </body></html>
            """
        let page = try HTMLExtractor.extract(Array(html.utf8))
        #expect(page.paragraphs.count == 4)
        #expect(page.paragraphs.first?.hasPrefix("The first part") == true)
        #expect(page.paragraphs.last?.hasPrefix("Officials opened shelters") == true)
        #expect(!page.paragraphs.joined().contains("Buy now"))
        #expect(!page.paragraphs.joined().contains("parrot"))
    }

    @Test func articleBodyMicrodataWinsOverOtherText() throws {
        let html = """
            <html><body><form id="aspnetForm"><div class="wrap">
            <div class="teasers"><p>A teaser paragraph about another story, long enough to be scored as text, with commas, and more.</p></div>
            <div itemprop="articleBody"><p>Only this paragraph, inside the microdata body, is the article's text, and it says so.</p>
            <p>A second article paragraph follows here, with a quote: “we are ready,” the mayor said.</p></div>
            </div></form></body></html>
            """
        let page = try HTMLExtractor.extract(Array(html.utf8))
        #expect(page.paragraphs == [
            "Only this paragraph, inside the microdata body, is the article's text, and it says so.",
            "A second article paragraph follows here, with a quote: “we are ready,” the mayor said.",
        ])
    }

    @Test func lineBreaksSplitParagraphsAndEntitiesDecode() throws {
        let html = """
            <html><body><article><div class="content">First line of the article, which is long enough to count as text&nbsp;here.<br>
            Second line, after a break, also long enough to be kept by the collector&#8230;<br><br>
            Third&nbsp;line: caf&eacute; &amp; bar, with    extra   spaces.</div></article></body></html>
            """
        let page = try HTMLExtractor.extract(Array(html.utf8))
        #expect(page.paragraphs == [
            "First line of the article, which is long enough to count as text here.",
            "Second line, after a break, also long enough to be kept by the collector…",
            "Third line: café & bar, with extra spaces.",
        ])
    }

    @Test func latin1PageWithMetaCharsetDecodes() throws {
        let head = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><title>Caf"
        var bytes = Array(head.utf8) + [0xE9] + Array("</title></head><body><article><p>".utf8)
        bytes += Array("Le caf".utf8) + [0xE9] + Array(" de la place a rouvert ses portes ce matin, apr".utf8) + [0xE8]
        bytes += Array("s des mois de travaux, a annonc".utf8) + [0xE9] + Array(" le maire.</p></article></body></html>".utf8)
        let page = try HTMLExtractor.extract(bytes)
        #expect(page.title == "Café")
        #expect(page.paragraphs == ["Le café de la place a rouvert ses portes ce matin, après des mois de travaux, a annoncé le maire."])
    }

    @Test func utf8PageIgnoresALyingMetaCharset() throws {
        let html = "<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>Zürich’s mayor said the “new” tram line opens in May, on time and on budget.</p></article></body></html>"
        let page = try HTMLExtractor.extract(Array(html.utf8))
        #expect(page.paragraphs == ["Zürich’s mayor said the “new” tram line opens in May, on time and on budget."])
    }

    @Test func emptyInputIsRefused() {
        #expect(throws: LoadFailure.self) { try HTMLExtractor.extract([]) }
    }

    @Test func furnitureLinesAreRecognized() {
        for line in ["Read more", "Advertisement", "Sign up for our newsletter", "Share this", "Continue reading »", "ADVERTISEMENT"] {
            #expect(HTMLParagraphCollector.isFurnitureLine(line), "\(line)")
        }
        for line in ["Read the report.", "The post office reopened on Monday after the flood, residents said."] {
            #expect(!HTMLParagraphCollector.isFurnitureLine(line), "\(line)")
        }
    }

    @Test func fragmentParagraphsSplitPlainTextOnBlankLines() {
        let paragraphs = HTMLExtractor.fragmentParagraphs("First paragraph &amp; more.\n\nSecond paragraph, AT&T said.\r\n\r\nThird.")
        #expect(paragraphs == ["First paragraph & more.", "Second paragraph, AT&T said.", "Third."])
    }

    @Test func pageWideFormAndResponsiveClassesDoNotHideTheArticle() throws {
        let html = """
            <html><body><form id="aspnetForm"><div class="container hidden-xs-down">
            <div class="story"><p>A council meeting on Monday approved the new budget, which raises spending on schools, roads and parks.</p>
            <p>The vote was seven to two, with both dissenting members saying the tax rise was too steep for residents.</p></div>
            <div class="hidden">A hidden duplicate of the menu, with many words, commas, and more words that must not show.</div>
            </div></form></body></html>
            """
        let page = try HTMLExtractor.extract(Array(html.utf8))
        #expect(page.paragraphs.count == 2)
        #expect(page.paragraphs.first?.hasPrefix("A council meeting") == true)
        #expect(!page.paragraphs.joined().contains("hidden duplicate"))
    }

    @Test func embeddedPostsStayButCaptionsCreditsAndDanglingHeadingsGo() throws {
        let html = """
            <html><body><article>
            <p>Officials confirmed the launch was delayed by a day because of strong winds at the coastal site.</p>
            <div class="image-wrap"><img src="x.jpg"><span class="newsCaption">The rocket on its pad at dawn</span></div>
            <p>Jane Doe | Bloomberg | Getty Images</p>
            <div class="social-embed"><blockquote class="twitter-tweet"><p>We are go for launch tomorrow, weather permitting.</p></blockquote></div>
            <h2>What happens next</h2>
            <p>The next window opens on Thursday morning, and engineers expect better weather by then.</p>
            <h3>More in Science</h3>
            <ul><li><a href="/a">A story about whales</a></li><li><a href="/b">A story about comets</a></li></ul>
            </article></body></html>
            """
        let page = try HTMLExtractor.extract(Array(html.utf8))
        #expect(page.paragraphs == [
            "Officials confirmed the launch was delayed by a day because of strong winds at the coastal site.",
            "We are go for launch tomorrow, weather permitting.",
            "What happens next",
            "The next window opens on Thursday morning, and engineers expect better weather by then.",
        ])
    }
}
