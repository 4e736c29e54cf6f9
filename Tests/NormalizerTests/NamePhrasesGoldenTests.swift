import Testing
@testable import Normalizer

/// Name phrases of sentences that take the rarer paths of `NamePhrases` (words that are not
/// ASCII, decomposed accents, the Kelvin sign, dotted and hyphenated names, shouting), with the
/// answers the `String`-based implementation gave before names were cut on bytes.
@Suite struct NamePhrasesGoldenTests {
    /// The sentences, each alone and all joined into one text.
    static let sentences: [String] = [
        "Café owners in Zürich said “no.” Über 40 % agreed — maybe.",
        "ÉCOLE NORMALE and the CAFÉ met. Ökonomen warned.",
        "Cafe\u{301} Society met Jose\u{301} Mari\u{301}a Aznar in Me\u{301}xico.",
        "İstanbul Mayor Ekrem İmamoğlu spoke to İZMİR officials.",
        "The \u{212A}elvin scale and \u{212A}ELVIN Industries.",
        "Officials at NATO and the FBI met U.S. envoys in St. Louis.",
        "President Emmanuel Macron’s office said Élysée Palace staff left.",
        "Al-Assad met el-Sisi and Abu al-Bakr al-Baghdadi. Al-Qaeda responded. EL-BARADEI spoke.",
        "Übergehend said Merkel. Ängstliche Bürger protested. Éditing happened.",
        "ΑΘΗΝΑ ΚΑΙ ΘΕΣΣΑΛΟΝΙΚΗ ΣΗΜΕΡΑ. Αλέξης Τσίπρας spoke.",
        "VAN-Gogh and De-la Rosa and Van-der-Berg met Le-Pen.",
        "Dr. Jill Biden and Sen. Bernie Sanders met Gov. Gavin Newsom and Lt. Gen. Mark Milley.",
        "It came after Director of National Intelligence Avril Haines spoke.",
        "Zürich’s mayor and ZÜRICH'S council met O’Brien’s team.",
        "MONDAY, January 5: Yes, Thanks, Sorry Mr. Smith.",
        "U.N. Secretary-General António Guterres and U.K. Prime Minister Boris Johnson met.",
        "Xing\u{301} Ping met \u{0D4E}ing People and Al-\u{093E}bc.",
        "Ångström Labs and ẞTRASSE AG met Øresund Bridge officials.",
        "Addressing reporters, Finally Biden spoke. Asked about it, Putin declined.",
        "The White House Press Secretary Jen Psaki said President Joe Biden’s plan works.",
        "“Russian Foreign Minister Sergei Lavrov called it appalling,” she said.",
        "ÖSTERREICH’S Kanzler Sebastian Kurz and Österreich’s Präsident Alexander Van der Bellen.",
        "Mr. O'Neil, Ms. d'Arc and Mrs. MacDonald met the Duke of Edinburgh.",
        "ABC NEWS REPORTS THAT THE FBI AND CIA MET",
        "Apple Inc. and Microsoft Corp. told the U.S. Securities and Exchange Commission.",
        "Ça va, said Jean-Luc Mélenchon and François Hollande.",
    ]

    /// Common words for `extract(_:commonWords:)`, composed and decomposed spellings among them.
    static let common: Set<String> = ["officials", "übergehend", "ängstliche", "éditing", "finally", "cafe\u{301}", "ça"]

    /// `extract(sentence)` for each of `sentences`, as the array's description.
    static let alone: [String] = [
        #"["cafe", "zurich", "uber"]"#,
        #"["ecole normale", "cafe", "okonomen"]"#,
        #"["cafe", "society", "jose", "mari", "aznar"]"#,
        #"["istanbul", "ekrem imamoglu", "imamoglu", "izmir"]"#,
        #"["kelvin", "kelvin industries", "industries"]"#,
        #"["officials", "nato", "fbi", "us", "st louis", "louis"]"#,
        #"["emmanuel macron", "macron", "elysee palace", "palace"]"#,
        #"["al-assad", "el-sisi", "abu al-bakr al-baghdadi", "al-baghdadi", "al-qaeda", "el-baradei"]"#,
        #"["ubergehend", "merkel", "angstliche burger", "burger", "editing"]"#,
        #"["αλεξησ τσιπρασ", "τσιπρασ"]"#,
        #"["van-gogh", "de-la rosa", "rosa", "van-der", "berg", "le-pen"]"#,
        #"["jill biden", "biden", "bernie sanders", "sanders", "gavin newsom", "newsom", "mark milley", "milley"]"#,
        #"["national intelligence", "avril haines", "haines"]"#,
        #"["zurich", "o\'brien"]"#,
        #"["smith"]"#,
        #"["un", "secretary", "antonio guterres", "guterres", "uk", "boris johnson", "johnson"]"#,
        #"["xing", "ping", "people", "al-ाbc"]"#,
        #"["angstrom labs", "labs", "sstrasse ag", "øresund bridge"]"#,
        #"["finally biden", "biden", "putin"]"#,
        #"["white house", "jen psaki", "psaki", "joe biden", "biden"]"#,
        #"["russian", "sergei lavrov", "lavrov"]"#,
        #"["osterreich", "kanzler sebastian kurz", "kurz", "prasident alexander van der bellen"]"#,
        #"["o\'neil", "ms", "macdonald", "duke of edinburgh"]"#,
        #"[]"#,
        #"["apple inc", "microsoft corp", "us", "securities", "exchange commission"]"#,
        #"["ca", "jean", "luc melenchon", "melenchon", "francois hollande", "hollande"]"#,
    ]

    /// `extract(sentence, commonWords: common)` for each of `sentences`.
    static let withCommonWords: [String] = [
        #"["zurich", "uber"]"#,
        #"["ecole normale", "cafe", "okonomen"]"#,
        #"["cafe", "society", "jose", "mari", "aznar"]"#,
        #"["istanbul", "ekrem imamoglu", "imamoglu", "izmir"]"#,
        #"["kelvin", "kelvin industries", "industries"]"#,
        #"["nato", "fbi", "us", "st louis", "louis"]"#,
        #"["emmanuel macron", "macron", "elysee palace", "palace"]"#,
        #"["al-assad", "el-sisi", "abu al-bakr al-baghdadi", "al-baghdadi", "al-qaeda", "el-baradei"]"#,
        #"["merkel", "angstliche burger", "burger", "editing"]"#,
        #"["αλεξησ τσιπρασ", "τσιπρασ"]"#,
        #"["van-gogh", "de-la rosa", "rosa", "van-der", "berg", "le-pen"]"#,
        #"["jill biden", "biden", "bernie sanders", "sanders", "gavin newsom", "newsom", "mark milley", "milley"]"#,
        #"["national intelligence", "avril haines", "haines"]"#,
        #"["zurich", "o\'brien"]"#,
        #"["smith"]"#,
        #"["un", "secretary", "antonio guterres", "guterres", "uk", "boris johnson", "johnson"]"#,
        #"["xing", "ping", "people", "al-ाbc"]"#,
        #"["angstrom labs", "labs", "sstrasse ag", "øresund bridge"]"#,
        #"["finally biden", "biden", "putin"]"#,
        #"["white house", "jen psaki", "psaki", "joe biden", "biden"]"#,
        #"["russian", "sergei lavrov", "lavrov"]"#,
        #"["osterreich", "kanzler sebastian kurz", "kurz", "prasident alexander van der bellen"]"#,
        #"["o\'neil", "ms", "macdonald", "duke of edinburgh"]"#,
        #"[]"#,
        #"["apple inc", "microsoft corp", "us", "securities", "exchange commission"]"#,
        #"["jean", "luc melenchon", "melenchon", "francois hollande", "hollande"]"#,
    ]

    @Test func sentencesAloneMatchTheStringImplementation() {
        #expect(Self.sentences.count == Self.alone.count)
        for (sentence, expected) in zip(Self.sentences, Self.alone) {
            #expect("\(NamePhrases.extract(sentence))" == expected, "\(sentence)")
        }
    }

    @Test func commonWordsMatchTheStringImplementation() {
        #expect(Self.sentences.count == Self.withCommonWords.count)
        for (sentence, expected) in zip(Self.sentences, Self.withCommonWords) {
            #expect("\(NamePhrases.extract(sentence, commonWords: Self.common))" == expected, "\(sentence)")
        }
    }

    @Test func sentencesOfAWholeTextMatchTheStringImplementation() {
        let text = Self.sentences.joined(separator: " ") + " the officials said übergehend and ängstliche cafe\u{301} éditing ça finally."
        let bytes = Array(text.utf8)
        let words = NamePhrases.TextWords(bytes)
        #expect("\(words.commonWords.sorted())" == #"["40", "5", "a", "about", "after", "agreed", "and", "appalling", "at", "cafe", "called", "came", "council", "d\'arc", "declined", "der", "envoys", "finally", "happened", "in", "it", "left", "maybe", "mayor", "met", "no", "of", "office", "officials", "owners", "plan", "protested", "reporters", "responded", "said", "scale", "she", "spoke", "staff", "team", "the", "to", "told", "va", "warned", "works", "xico", "ängstliche", "ça", "éditing", "übergehend", "ൎing"]"#)
        let expected: [(sentence: String, names: String)] = [
            (#"Café owners in Zürich said “no.”"#, #"["cafe", "zurich"]"#),
            (#"Über 40 % agreed — maybe."#, #"["uber"]"#),
            (#"ÉCOLE NORMALE and the CAFÉ met."#, #"["ecole normale", "cafe"]"#),
            (#"Ökonomen warned."#, #"["okonomen"]"#),
            (#"Café Society met José María Aznar in México."#, #"["society", "jose", "mari", "aznar"]"#),
            (#"İstanbul Mayor Ekrem İmamoğlu spoke to İZMİR officials."#, #"["istanbul", "ekrem imamoglu", "imamoglu", "izmir"]"#),
            (#"The Kelvin scale and KELVIN Industries."#, #"["kelvin", "kelvin industries", "industries"]"#),
            (#"Officials at NATO and the FBI met U.S. envoys in St. Louis."#, #"["nato", "fbi", "us", "st louis", "louis"]"#),
            (#"President Emmanuel Macron’s office said Élysée Palace staff left."#, #"["emmanuel macron", "macron", "elysee palace", "palace"]"#),
            (#"Al-Assad met el-Sisi and Abu al-Bakr al-Baghdadi."#, #"["al-assad", "el-sisi", "abu al-bakr al-baghdadi", "al-baghdadi"]"#),
            (#"Al-Qaeda responded."#, #"["al-qaeda"]"#),
            (#"EL-BARADEI spoke."#, #"["el-baradei"]"#),
            (#"Übergehend said Merkel."#, #"["merkel"]"#),
            (#"Ängstliche Bürger protested."#, #"["angstliche burger", "burger"]"#),
            (#"Éditing happened."#, #"[]"#),
            (#"ΑΘΗΝΑ ΚΑΙ ΘΕΣΣΑΛΟΝΙΚΗ ΣΗΜΕΡΑ."#, #"[]"#),
            (#"Αλέξης Τσίπρας spoke."#, #"["αλεξησ τσιπρασ", "τσιπρασ"]"#),
            (#"VAN-Gogh and De-la Rosa and Van-der-Berg met Le-Pen."#, #"["van-gogh", "de-la rosa", "rosa", "van-der", "berg", "le-pen"]"#),
            (#"Dr. Jill Biden and Sen. Bernie Sanders met Gov. Gavin Newsom and Lt. Gen. Mark Milley."#, #"["jill biden", "biden", "bernie sanders", "sanders", "gavin newsom", "newsom", "mark milley", "milley"]"#),
            (#"It came after Director of National Intelligence Avril Haines spoke."#, #"["national intelligence", "avril haines", "haines"]"#),
            (#"Zürich’s mayor and ZÜRICH'S council met O’Brien’s team."#, #"["zurich", "o\'brien"]"#),
            (#"MONDAY, January 5: Yes, Thanks, Sorry Mr. Smith."#, #"["smith"]"#),
            (#"U.N. Secretary-General António Guterres and U.K. Prime Minister Boris Johnson met."#, #"["un", "secretary", "antonio guterres", "guterres", "uk", "boris johnson", "johnson"]"#),
            (#"Xinǵ Ping met ൎing People and Al-ाbc."#, #"["xing", "ping", "people", "al-ाbc"]"#),
            (#"Ångström Labs and ẞTRASSE AG met Øresund Bridge officials."#, #"["angstrom labs", "labs", "sstrasse ag", "øresund bridge"]"#),
            (#"Addressing reporters, Finally Biden spoke."#, #"["finally biden", "biden"]"#),
            (#"Asked about it, Putin declined."#, #"["putin"]"#),
            (#"The White House Press Secretary Jen Psaki said President Joe Biden’s plan works."#, #"["white house", "jen psaki", "psaki", "joe biden", "biden"]"#),
            (#"“Russian Foreign Minister Sergei Lavrov called it appalling,” she said."#, #"["russian", "sergei lavrov", "lavrov"]"#),
            (#"ÖSTERREICH’S Kanzler Sebastian Kurz and Österreich’s Präsident Alexander Van der Bellen."#, #"["osterreich", "kanzler sebastian kurz", "kurz", "prasident alexander van der bellen"]"#),
            (#"Mr. O'Neil, Ms. d'Arc and Mrs. MacDonald met the Duke of Edinburgh."#, #"["o\'neil", "ms", "macdonald", "duke of edinburgh"]"#),
            (#"ABC NEWS REPORTS THAT THE FBI AND CIA MET Apple Inc. and Microsoft Corp. told the U.S. Securities and Exchange Commission."#, #"["abc news reports that the fbi and cia met apple inc", "microsoft corp", "us", "securities", "exchange commission"]"#),
            (#"Ça va, said Jean-Luc Mélenchon and François Hollande. the officials said übergehend and ängstliche café éditing ça finally."#, #"["jean", "luc melenchon", "melenchon", "francois hollande", "hollande"]"#),
        ]
        let sentences = SentenceSplitter.split(bytes, in: 0..<bytes.count)
        #expect(sentences.count == expected.count)
        for (range, (sentence, names)) in zip(sentences, expected) {
            #expect(String(decoding: bytes[range], as: UTF8.self) == sentence)
            #expect("\(words.names(in: range))" == names, "\(sentence)")
        }
    }
}
