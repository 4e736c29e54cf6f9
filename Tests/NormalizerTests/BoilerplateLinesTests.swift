import Testing
@testable import Normalizer

@Suite struct BoilerplateLinesTests {
    @Test(arguments: [
        "CLICK HERE TO GET THE FOX NEWS APP",
        "CLICK HERE FOR MORE SPORTS COVERAGE",
        "Sign up for our daily newsletter",
        "Read more: Why the talks failed",
        "Follow us on Twitter",
        "Share this article",
        "Copyright 2021 The Associated Press. All rights reserved.",
        "© 2021 Example Media",
        "All rights reserved.",
        "Advertisement",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "https://example.com/news/123",
        "(Photo: John Smith/Example)",
        "Download the Example News app for breaking alerts",
        "GET THE LATEST HEADLINES FROM OUR APP",
    ])
    func recognisesFurniture(_ line: String) {
        #expect(BoilerplateLines.isBoilerplate(line))
    }

    @Test(arguments: [
        "Russia recalled its ambassador to the United States.",
        "Get the facts straight before you speak, the minister said.",
        "Copyright law was at the heart of a long and bitter dispute between the two companies, which both claimed ownership of the technology in question and demanded damages.",
        "NATO and the EU met in Brussels.",
        "Read the full statement, Psaki said, and you will see.",
        "",
    ])
    func keepsReporting(_ line: String) {
        #expect(!BoilerplateLines.isBoilerplate(line))
    }
}

@Suite struct ByteSearchTests {
    @Test func findsNeedlesByteForByte() {
        #expect(asciiContains("get the daily app now", " app"))
        #expect(asciiContains("all rights reserved", "all rights reserved"))
        #expect(!asciiContains("all rights reserve", "all rights reserved"))
        #expect(asciiContains("café au lait", "é au"))
        #expect(!asciiContains("cafe au lait", "é"))
        #expect(asciiContains("anything", ""))
        #expect(asciiContains(String(Substring("xx newsletter")), "newsletter"))
    }
}
