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

@Suite struct StemmerInPlaceTests {
    /// Stemming bytes in place gives the original implementation's stem for every word of the
    /// seed texts and for every suffix rule's edge (short words, doubled consonants, `y`).
    @Test func agreesWithTheOriginalImplementation() {
        var words = Set<String>()
        for text in [SeedTexts.ap, SeedTexts.fox] { words.formUnion(Tokenizer.words(Folding.fold(text))) }
        let stems = ["talk", "stop", "country", "box", "watch", "pass", "bus", "agree", "supply", "fuzz", "hop", "see", "ski", "by", "fly", "happy"]
        let suffixes = ["", "s", "es", "ies", "ied", "sses", "ly", "ed", "eed", "ing", "ping", "ped", "ing", "edly", "ingly", "e", "'s", "is", "us", "ss"]
        for stem in stems { for suffix in suffixes { words.insert(stem + suffix) } }
        words.formUnion(["abcd", "aies", "bies", "yyed", "eyed", "ying", "dying", "Talks", "talks2", "naïve", "sses", "eses", "xxxxes"])
        var changed = 0
        for word in words {
            let expected = ReferenceNormalizer.stem(word)
            #expect(Stemmer.stem(word) == expected, "\(word)")
            var bytes = Array(word.utf8)
            let didChange = Stemmer.stem(&bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(word)")
            #expect(didChange == (expected != word), "\(word)")
            // The cheap test never turns away a word the stemmer would change.
            let mayStem = Array(word.utf8).withUnsafeBufferPointer { Stemmer.mayStem($0) }
            if !mayStem { #expect(expected == word, "\(word)") }
            if didChange { changed += 1 }
        }
        #expect(changed > 50)
    }
}
