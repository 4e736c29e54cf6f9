import Testing
@testable import Normalizer

@Suite struct TokenizerTests {
    @Test func wordsDropPossessivesAndSplitHyphens() {
        #expect(Tokenizer.words(Folding.fold("Russia’s well-known U.S.-led talks don't end")) == ["russia", "well", "known", "us", "led", "talks", "dont", "end"])
    }

    @Test func dottedAcronymsJoinAndAreNeverStopWords() {
        let tokens = Tokenizer.tokens(Folding.fold("the U.S. and the U.N. met us"))
        #expect(tokens.map(\.text) == ["the", "us", "and", "the", "un", "met", "us"])
        #expect(Tokenizer.terms(tokens) == ["us", "un", "met"])
    }

    @Test func numbersAreNormalized() {
        let tokens = Tokenizer.tokens(Folding.fold("1,000 troops, 3.5 percent, the 15th day, $200 million, 2,50"))
        #expect(tokens.filter(\.isNumber).map(\.text) == ["1000", "3.5", "15", "200", "2", "50"])
    }

    @Test func clockTimesAndDurationsAreOneToken() {
        let tokens = Tokenizer.tokens(Folding.fold("0:13 Judge speaks; updated at 4:04pm, 1:02:33 long, score 3:2 and 10:300"))
        #expect(tokens.filter(\.isNumber).map(\.text) == ["0:13", "4:04", "1:02:33", "3", "2", "10", "300"])
        #expect(tokens.map(\.text).contains("pm"))
    }

    @Test func numberWordsBecomeDigitsInTerms() {
        #expect(Tokenizer.terms(Tokenizer.tokens("five people and 5 dogs, twenty cats")) == ["5", "peopl", "5", "dog", "20", "cat"])
    }

    @Test func termsRemoveStopWordsAndStem() {
        #expect(Tokenizer.terms(Tokenizer.tokens("they were talking about the sanctions he had announced"))
            == ["talk", "sanction", "announc"])
    }

    @Test func lettersOfOtherScriptsFormWords() {
        #expect(Tokenizer.words(Folding.fold("Путин сказал: «нет»")) == ["путин", "сказал", "нет"])
    }

    @Test func lettersGluedToDigitsStayOneWord() {
        #expect(Tokenizer.words("covid19 mp3 5g") == ["covid19", "mp3", "5g"])
    }
}

@Suite struct TokenizerInOnePassTests {
    /// `terms(of:appendingWordsTo:)` gives `terms(tokens(folded))` and appends the tokens' texts.
    @Test func agreesWithTokensThenTerms() {
        var termCount = 0
        for line in TrickyTexts.lines + ["one two three twenty 1,000 3.5 15th u.s. u.s-led don't russia's 4:04pm mp3 3d nevertheless"] {
            let folded = Folding.fold(line)
            let tokens = Tokenizer.tokens(folded)
            var words = ["before"]
            let terms = Tokenizer.terms(of: folded, appendingWordsTo: &words)
            #expect(terms == Tokenizer.terms(tokens), "\(line)")
            #expect(words == ["before"] + tokens.map(\.text), "\(line)")
            termCount += terms.count
        }
        #expect(termCount > 100)
    }

    /// Number words become digits, stop words and one-letter words go, the rest is stemmed.
    @Test func termsOfOneSentence() {
        var words: [String] = []
        #expect(Tokenizer.terms(of: "the five talks were held in 2021 by a u.s. envoy", appendingWordsTo: &words) == ["5", "talk", "held", "2021", "us", "envoy"])
        #expect(words == ["the", "five", "talks", "were", "held", "in", "2021", "by", "a", "us", "envoy"])
    }
}
