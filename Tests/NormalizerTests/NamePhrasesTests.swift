import Testing
@testable import Normalizer

@Suite struct NamePhrasesTests {
    @Test func titlesAreCutAndPersonsYieldTheirLastName() {
        let names = NamePhrases.extract("Addressing the issue, Russian Foreign Minister Sergei Lavrov called it appalling.")
        #expect(names == ["russian", "sergei lavrov", "lavrov"])
    }

    @Test func titleRunKeepsTheOrganisationBeforeIt() {
        let names = NamePhrases.extract("On Friday White House Press Secretary Jen Psaki told reporters.")
        #expect(names == ["white house", "jen psaki", "psaki"])
    }

    @Test func connectorsJoinAndOrganisationsDoNotYieldALastWord() {
        #expect(NamePhrases.extract("He met the governor of the Bank of England in London.") == ["bank of england", "london"])
        #expect(NamePhrases.extract("He met the United States delegation.") == ["united states"])
    }

    @Test func acronymsAndDottedAcronyms() {
        #expect(NamePhrases.extract("Officials at NATO and the FBI met U.S. envoys.", commonWords: ["officials"]) == ["nato", "fbi", "us"])
    }

    @Test func sentenceInitialCommonWordIsNotAName() {
        let common = NamePhrases.lowercaseVocabulary("The officials said so. Other officials agreed.")
        #expect(NamePhrases.extract("Officials said Putin agreed.", commonWords: common) == ["putin"])
        #expect(NamePhrases.extract("Lavrov said Putin agreed.", commonWords: common) == ["lavrov", "putin"])
        #expect(NamePhrases.extract("The Biden administration warned.") == ["biden"])
    }

    @Test func possessivesEndAPhraseAndHyphenatedNamesSplit() {
        #expect(NamePhrases.extract("the end of Russia-EU relations and Antonov’s return") == ["russia", "eu", "antonov"])
        #expect(NamePhrases.extract("the leader Bashar al-Assad spoke") == ["bashar al-assad", "al-assad"])
    }

    @Test func mrAbbreviationDoesNotBreakTheName() {
        #expect(NamePhrases.extract("They met Mr. Biden in Delaware.") == ["biden", "delaware"])
    }

    @Test func calendarWordsAndInterjectionsAreNotNames() {
        #expect(NamePhrases.extract("“Yes,” he said on Thursday, March 20, in Moscow.") == ["moscow"])
    }

    @Test func shoutedLinesYieldNoAcronyms() {
        #expect(NamePhrases.extract("CLICK HERE TO GET THE APP").isEmpty)
    }

    @Test func officeThenPerson() {
        let names = NamePhrases.extract("It came after Director of National Intelligence Avril Haines spoke.")
        #expect(names == ["national intelligence", "avril haines", "haines"])
    }

    @Test func namesOfASentenceInAWholeTextMatchTheSentenceAlone() {
        let text = "Officials said so. “Russian Foreign Minister Sergei Lavrov called it appalling,” she said. "
            + "- Officials at NATO met U.S. envoys in St. Louis. Addressing the issue, Mr. Biden spoke."
        let bytes = Array(text.utf8)
        let words = NamePhrases.TextWords(bytes)
        #expect(words.commonWords == NamePhrases.lowercaseVocabulary(text))
        for sentence in SentenceSplitter.split(bytes, in: 0..<bytes.count) {
            let alone = String(decoding: bytes[sentence], as: UTF8.self)
            #expect(words.names(in: sentence) == NamePhrases.extract(alone, commonWords: words.commonWords), "\(alone)")
        }
        #expect(words.names(in: 0..<bytes.count).contains("sergei lavrov"))
    }
}
