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

@Suite struct BoilerplateLinesOnBytesTests {
    /// The byte-level check gives the `String` implementation's answer on every line, with the
    /// fold known or computed, and hands back the fold it computed.
    @Test func agreesWithTheStringImplementation() {
        var boilerplate = 0
        for line in TrickyTexts.lines {
            let expected = ReferenceNormalizer.isBoilerplate(line)
            #expect(BoilerplateLines.isBoilerplate(line) == expected, "\(line)")
            let bytes = Array(line.utf8)
            var folded: String?
            #expect(BoilerplateLines.isBoilerplate(bytes, 0..<bytes.count, folded: &folded) == expected, "\(line)")
            if let folded { #expect(folded == ReferenceNormalizer.fold(line.trimmingWhitespace()), "\(line)") }
            let trimmed = line.trimmingWhitespace()
            let knownFold = ReferenceNormalizer.fold(trimmed)
            var known: String? = knownFold
            #expect(BoilerplateLines.isBoilerplate(bytes, 0..<bytes.count, folded: &known) == ReferenceNormalizer.isBoilerplate(line, folded: knownFold))
            if expected { boilerplate += 1 }
        }
        // Both answers occur, so the comparison means something.
        #expect(boilerplate > 50)
        #expect(boilerplate < TrickyTexts.lines.count / 2)
    }

    /// A line inside a larger text is judged on its own bytes.
    @Test func judgesALineInsideAText() {
        let text = "Real reporting here.\nAdvertisement\nCLICK HERE TO GET THE FOX NEWS APP\nMore reporting."
        let bytes = Array(text.utf8)
        let lines = TextNormalizer.lineRanges(bytes, 0..<bytes.count)
        var folded: [String?] = Array(repeating: nil, count: lines.count)
        let answers = lines.indices.map { BoilerplateLines.isBoilerplate(bytes, lines[$0], folded: &folded[$0]) }
        #expect(answers == [false, true, true, false])
        #expect(folded[0] == "real reporting here.")
    }
}
