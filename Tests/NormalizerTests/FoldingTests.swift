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
