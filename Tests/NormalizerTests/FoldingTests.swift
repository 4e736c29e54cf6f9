import Testing
@testable import Normalizer

@Suite struct FoldingTests {
    @Test func foldsCaseQuotesDashesAndSpaces() {
        #expect(Folding.fold("  “Russia’s”  —\tLavrov\n SAID  ") == "\"russia's\" - lavrov said")
    }

    @Test func removesDiacriticsAndAppliesCompatibilityForms() {
        #expect(Folding.fold("Café Zürich São Paulo") == "cafe zurich sao paulo")
        #expect(Folding.fold("ﬁnal ２０２１ …") == "final 2021 ...")
    }

    @Test(arguments: ["–", "—", "‒", "−"])
    func everyDashFoldsToHyphen(_ dash: String) {
        #expect(Folding.fold("a\(dash)b") == "a-b")
    }

    @Test func noBreakSpacesCollapse() {
        #expect(Folding.fold("a\u{00A0}\u{2009}b") == "a b")
    }
}

@Suite struct FoldingFastPathTests {
    /// The Foundation-free path must agree with the Foundation path wherever it answers.
    @Test(arguments: [
        "  “Russia’s”  —\tLavrov\n SAID  ", "MOSCOW (AP) – Russia’s top diplomat said…", "plain ASCII, with 3.5 and $200!",
        "‘freeze’ – ‒ — ― − ‐ ‑", "a\u{00A0}b\u{2009}c\u{3000}d", "Quote: \"x\" 'y' „z“", "«guillemets»", "",
    ])
    func agreesWithFoundation(_ text: String) throws {
        let fast = try #require(Folding.foldCommon(text))
        #expect(fast == Folding.foldWithFoundation(text))
    }

    @Test(arguments: ["Café", "ﬁnal", "２０２１", "Straße", "x´y", "İstanbul"])
    func leavesOtherTextToFoundation(_ text: String) {
        #expect(Folding.foldCommon(text) == nil)
        #expect(Folding.fold(text) == Folding.foldWithFoundation(text))
    }
}

@Suite struct FoldingOnBytesTests {
    /// `foldCommon` on bytes gives the scalar-by-scalar implementation's answer, `nil` included.
    @Test func agreesWithTheScalarImplementation() {
        var declined = 0
        for line in TrickyTexts.lines {
            let expected = ReferenceNormalizer.foldCommon(line)
            #expect(Folding.foldCommon(line) == expected, "\(line)")
            #expect(Folding.foldCommon(Substring(line)) == expected, "\(line)")
            if expected == nil { declined += 1 }
        }
        #expect(declined > 10)
    }

    /// `fold(utf8:)` is the fold of the text the bytes spell, through Foundation or not.
    @Test func foldsBytesLikeTheText() {
        for line in TrickyTexts.lines {
            let bytes = Array(line.utf8)
            #expect(bytes.withUnsafeBufferPointer { Folding.fold(utf8: $0) } == ReferenceNormalizer.fold(line), "\(line)")
        }
    }
}
