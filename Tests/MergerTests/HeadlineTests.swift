import Testing
@testable import Merger

@Suite struct HeadlineTests {
    @Test(arguments: [
        ("MOSCOW (AP) – Russia’s top diplomat said on Thursday.", "Russia’s top diplomat said on Thursday."),
        ("PORT CALDER (Continental Press) - A vacant warehouse burned.", "A vacant warehouse burned."),
        ("(CNN): Markets fell.", "Markets fell."),
        ("The council (7-2) approved it.", "The council (7-2) approved it."),
        ("No dateline here.", "No dateline here."),
    ])
    func datelinesAreRemovedFromFallbackHeadlines(_ input: String, _ expected: String) {
        #expect(StoryMerger.removingDateline(input) == expected)
    }
}
