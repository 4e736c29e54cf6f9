import Testing
@testable import Normalizer

@Suite struct SentenceSplitterTests {
    /// Splits a whole string and returns the sentence texts.
    private func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter.split(bytes, in: 0..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func splitsPlainSentences() {
        #expect(sentences("The talks failed. Both sides left! Will they return? Nobody knows.")
            == ["The talks failed.", "Both sides left!", "Will they return?", "Nobody knows."])
    }

    @Test(arguments: [
        "Mr. Smith met Mrs. Jones and Dr. Brown at St. Paul's Cathedral.",
        "Gen. Mark Milley and Sen. Bob Menendez spoke on Jan. 6 and again on Dec. 12.",
        "The U.S. Embassy and the U.N. Security Council issued statements.",
        "Prices rose 3.5 percent, and 1,000.25 dollars were spent.",
        "J. R. R. Tolkien wrote the book.",
        "He paid $4.50 at No. 10 Downing Street.",
        "Officials said the plan... was not final.",
    ])
    func keepsAbbreviationsInsideOneSentence(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func acronymAtSentenceEndSplitsBeforeAFunctionWord() {
        #expect(sentences("The ambassador returned to the U.S. The talks resume Monday.")
            == ["The ambassador returned to the U.S.", "The talks resume Monday."])
    }

    @Test func monthAbbreviationBeforeANumberDoesNotSplit() {
        #expect(sentences("It happened on Feb. 6. Then it rained.") == ["It happened on Feb. 6.", "Then it rained."])
    }

    @Test func splitsAfterClosingQuote() {
        #expect(sentences("“We will not knock,” he said. “Next time we will.” Lavrov left.")
            == ["“We will not knock,” he said.", "“Next time we will.”", "Lavrov left."])
        #expect(sentences("He called it \"appalling.\" Then he left.") == ["He called it \"appalling.\"", "Then he left."])
    }

    @Test func questionInsideQuoteFollowedByLowercaseDoesNotSplit() {
        #expect(sentences("“Why now?” she asked. Nobody answered.") == ["“Why now?” she asked.", "Nobody answered."])
    }

    @Test func strayQuoteIsAttachedToThePreviousSentence() {
        #expect(sentences("I hope common sense will prevail. “") == ["I hope common sense will prevail. “"])
    }

    @Test func openQuoteAtParagraphEndStaysInTheSentence() {
        #expect(sentences("Biden was asked whether Putin was a “killer” and replied: “Yes.")
            == ["Biden was asked whether Putin was a “killer” and replied: “Yes."])
    }

    @Test func lowercaseAfterPeriodDoesNotSplit() {
        #expect(sentences("he said. deploring the decision") == ["he said. deploring the decision"])
    }

    @Test func ellipsisCharacterEndsASentenceBeforeACapital() {
        #expect(sentences("We waited… Nothing came.") == ["We waited…", "Nothing came."])
    }

    @Test func rangesAreTrimmedAndInsideTheRange() {
        let text = "  Skip me.  First one.  Second one.  "
        let bytes = Array(text.utf8)
        let ranges = SentenceSplitter.split(bytes, in: 12..<bytes.count)
        #expect(ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == ["First one.", "Second one."])
        #expect(ranges.allSatisfy { $0.lowerBound >= 12 && $0.upperBound <= bytes.count })
    }

    @Test func multiByteTextKeepsExactRanges() {
        let text = "Café owners in Zürich said “no.” Über 40 % agreed — maybe."
        let bytes = Array(text.utf8)
        let ranges = SentenceSplitter.split(bytes, in: 0..<bytes.count)
        #expect(ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == ["Café owners in Zürich said “no.”", "Über 40 % agreed — maybe."])
    }

    @Test func footnoteMarkersStayWithTheirSentence() {
        #expect(sentences("He fired at a bicyclist.[9][23] He drove south.") == ["He fired at a bicyclist.[9][23]", "He drove south."])
    }

    @Test func periodGluedToTheNextSentence() {
        #expect(sentences("Six people were hurt this morning.Officers responded at once.")
            == ["Six people were hurt this morning.", "Officers responded at once."])
        #expect(sentences("\"I want my kids safe.\"The killing drew onlookers.\"It's my community,\" a boy said.")
            == ["\"I want my kids safe.\"", "The killing drew onlookers.\"", "It's my community,\" a boy said."])
        #expect(sentences("He said “no.”Then he left.") == ["He said “no.”", "Then he left."])
        #expect(sentences("Visit example.com or the U.S.Army site.") == ["Visit example.com or the U.S.Army site."])
    }
}

@Suite struct SentenceSplitterAbbreviationTests {
    /// Periods after abbreviations, initials and hyphenated words, with ASCII and other words
    /// around them: the byte rules for ASCII words split where the `String` rules do.
    @Test func splitsWhereTheStringRulesDo() {
        let text = "He met Gen. Smith and Lt.-Col. Jones. The end. Apple Inc. The firm grew. Apple Inc. Shares rose. "
            + "J. R. R. Tolkien wrote it. In the U.S. The next day came. U.S. Officials left. Pre-Gen. Smith arrived. "
            + "It was No. 1 and no. It Ended. A.B.C.D.E.F.G. The seven. See p.m. The night. Über Inc. The Zürich Corp. Über das. "
            + "Café Co. Ça va. He said etc. Then left. Foo--. Bar. X. Y went. Dept. of State. Mr. É left. Mrs. The"
        let bytes = Array(text.utf8)
        let sentences = SentenceSplitter.split(bytes, in: 0..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
        // Recorded from the String implementation.
        #expect(sentences == [
            "He met Gen. Smith and Lt.-Col. Jones.", "The end.", "Apple Inc.", "The firm grew.", "Apple Inc. Shares rose.",
            "J. R. R. Tolkien wrote it.", "In the U.S.", "The next day came.", "U.S. Officials left.", "Pre-Gen. Smith arrived.",
            "It was No. 1 and no.", "It Ended.", "A.B.C.D.E.F.G.", "The seven.", "See p.m.", "The night.", "Über Inc.",
            "The Zürich Corp. Über das.", "Café Co. Ça va.", "He said etc.", "Then left.", "Foo--.", "Bar.", "X. Y went.",
            "Dept. of State.", "Mr. É left.", "Mrs. The",
        ])
    }
}
