import Testing
@testable import Normalizer

@Suite struct StopWordsTests {
    @Test func listHasTheUsualFunctionWords() {
        for word in ["the", "and", "of", "said", "would", "dont", "they"] { #expect(StopWords.contains(word), "\(word)") }
    }

    @Test func contentWordsAreNotStopWords() {
        for word in ["killer", "embassy", "russia", "sanctions", "five", "one"] { #expect(!StopWords.contains(word), "\(word)") }
    }

    @Test func listIsAroundThreeHundredFoldedWords() {
        #expect((250...450).contains(StopWords.set.count))
        #expect(StopWords.set.allSatisfy { $0 == $0.lowercased() && !$0.contains("'") && !$0.contains(" ") })
    }
}
