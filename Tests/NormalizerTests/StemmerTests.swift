import Testing
@testable import Normalizer

@Suite struct StemmerTests {
    @Test(arguments: [
        ["talk", "talks", "talked", "talking"],
        ["country", "countries"],
        ["force", "forced", "forces"],
        ["make", "making", "makes"],
        ["run", "running", "runs"],
        ["stop", "stopped", "stopping", "stops"],
        ["agree", "agreed", "agrees"],
        ["watch", "watches", "watched"],
        ["box", "boxes"],
        ["report", "reported", "reportedly", "reporting", "reports"],
        ["family", "families"],
        ["supply", "supplies", "supplied"],
        ["add", "added", "adds"],
        ["kill", "killed", "killing", "kills"],
    ])
    func inflectionsMeet(_ forms: [String]) {
        let stems = Set(forms.map(Stemmer.stem))
        #expect(stems.count == 1, "\(forms) → \(stems)")
    }

    @Test(arguments: ["crisis", "status", "virus", "press", "business", "speed", "need", "thing", "king", "early", "bring"])
    func conservativeOnWordsThatOnlyLookInflected(_ word: String) {
        #expect(Stemmer.stem(word) == word || Stemmer.stem(word) == String(word.dropLast()) && word.hasSuffix("e"))
    }

    @Test func shortWordsNumbersAndOtherScriptsAreUnchanged() {
        #expect(Stemmer.stem("was") == "was")
        #expect(Stemmer.stem("1990s") == "1990s")
        #expect(Stemmer.stem("путина") == "путина")
    }
}
