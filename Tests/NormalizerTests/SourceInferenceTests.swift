import Testing
@testable import Normalizer

@Suite struct SourceInferenceTests {
    @Test(arguments: [
        ("MOSCOW (AP) – Russia’s top diplomat said", "AP"),
        ("WASHINGTON (Reuters) - The White House said", "Reuters"),
        ("LONDON, March 3 (Reuters) - Britain said", "Reuters"),
        ("(CNN)The president said", "CNN"),
        ("(CNN) — The president said", "CNN"),
        ("PARIS (AFP) — France said", "AFP"),
        ("BEIJING (Associated Press) - China said", "AP"),
        ("ST. LOUIS (KMOX) –St. Louis city police are releasing more details", "KMOX"),
        ("St. Louis, MO (KMOV.com) - Two people are dead", "KMOV"),
        ("SACRAMENTO (CBS13) — A man was shot", "CBS13"),
        ("WASHINGTON, D.C. (WJLA) - Police said", "WJLA"),
    ])
    func datelines(_ paragraph: String, _ outlet: String) {
        #expect(SourceInference.dateline(in: paragraph) == outlet)
    }

    @Test(arguments: [
        "The president (who spoke on Monday) said it was over.",
        "Officials said the talks (the third this year) failed.",
        "It cost 5 (five) dollars - a lot.",
        "He left. Police (City) - said nothing.",
        "The meeting ran until (10 PM) - late.",
        "Officers from the St. Louis County Police Department (SLCPD) - the largest - arrived.",
    ])
    func parenthesesInProseAreNotDatelines(_ paragraph: String) {
        #expect(SourceInference.dateline(in: paragraph) == nil)
    }

    @Test(arguments: [
        ("CLICK HERE TO GET THE FOX NEWS APP", "Fox News"),
        ("Download the Example Times app", "Example Times"),
        ("GET THE CNN APP", "CNN"),
        ("Copyright 2021 The Associated Press. All rights reserved.", "AP"),
        ("© 2021 Example Media, Inc.", "Example Media"),
        ("Copyright © 2019 Daily Example. All rights reserved", "Daily Example"),
    ])
    func promoLines(_ line: String, _ outlet: String) {
        #expect(SourceInference.promoOutlet(in: line) == outlet)
    }

    @Test func copyrightLinesKeepCallSignsAndDropOwners() {
        #expect(SourceInference.promoOutlet(in: "Copyright 2016 KAIT. All rights reserved.") == "KAIT")
        #expect(SourceInference.promoOutlet(in: "Copyright 2016 WGCL-TV (Meredith Corporation). All rights reserved.") == "WGCL-TV")
    }

    @Test func aDatelineAfterATimeStampLineCounts() {
        let paragraphs = ["story updated at 4:04pm on August 10, 2013", "ST. LOUIS (KMOX) – Police said two people died.", "More text."]
        #expect(SourceInference.infer(.init(paragraphs: paragraphs, path: "a/b.txt")) == ("KMOX", "dateline"))
        let late = ["First paragraph.", "Second paragraph.", "Third paragraph.", "ST. LOUIS (KMOX) – Too late to be a dateline."]
        #expect(SourceInference.infer(.init(paragraphs: late, path: "a/b.txt")).rule == "file-name")
    }

    @Test func listMarkerIsNotACopyrightMark() {
        #expect(SourceInference.promoOutlet(in: "(c) Subsection (a) does not apply:") == nil)
    }

    @Test func promoLinesNeedTheirShape() {
        #expect(SourceInference.promoOutlet(in: "Get the facts right, he said.") == nil)
        #expect(SourceInference.promoOutlet(in: "copyright law is complex") == nil)
    }

    @Test func rulesApplyInOrder() {
        let paragraphs = ["MOSCOW (AP) – Something happened today in the city.", "CLICK HERE TO GET THE FOX NEWS APP"]
        #expect(SourceInference.infer(.init(metadata: "The Example", paragraphs: paragraphs, path: "a/b.txt")) == ("The Example", "metadata"))
        #expect(SourceInference.infer(.init(feedTitle: "Reuters: World News", paragraphs: paragraphs, path: "a/b.txt")) == ("Reuters", "feed"))
        #expect(SourceInference.infer(.init(paragraphs: paragraphs, url: "https://www.example.com/x", path: "a/b.txt")) == ("AP", "dateline"))
        #expect(SourceInference.infer(.init(paragraphs: Array(paragraphs.dropFirst()), url: "https://www.example.com/x", path: "a/b.txt")) == ("Fox News", "promo-line"))
        #expect(SourceInference.infer(.init(paragraphs: ["Plain text."], url: "https://www.example.com:8080/x?y", folderHint: "reuters", path: "a/b.txt")) == ("example.com", "url"))
        #expect(SourceInference.infer(.init(paragraphs: ["Plain text."], folderHint: "reuters", path: "a/b.txt")) == ("reuters", "folder"))
        #expect(SourceInference.infer(.init(paragraphs: ["Plain text."], path: "Samples/004_fox.news.txt")) == ("004_fox.news", "file-name"))
    }

    @Test func hosts() {
        #expect(SourceInference.host(of: "http://user@www.Example.co.uk:80/a") == "example.co.uk")
        #expect(SourceInference.host(of: "not a url") == nil)
    }
}

@Suite struct PromoPrefilterTests {
    @Test(arguments: ["Get the Daily Planet APP", "Copyright 2021 Gazette", "© 2020 Herald", "(c) 2019 Times", "COPYRIGHT© Post"])
    func passesEveryLineThatCanBeAPromo(line: String) {
        #expect(SourceInference.mayBePromo(line.utf8))
    }

    @Test func rejectsOrdinaryProse() {
        #expect(!SourceInference.mayBePromo("Police said the shooting happened late on Saturday.".utf8))
        #expect(!SourceInference.mayBePromo("".utf8))
        // A rejected line is one promoOutlet would not have read an outlet from anyway.
        #expect(SourceInference.promoOutlet(in: "Police said the shooting happened late on Saturday.") == nil)
    }

    @Test func countsRunsOfNonSpaceBytes() {
        #expect(BoilerplateLines.spaceSeparatedRuns("  a bb  ccc ".utf8, limit: 10) == 3)
        #expect(BoilerplateLines.spaceSeparatedRuns("a b c d e".utf8, limit: 3) == 3)
        #expect(BoilerplateLines.spaceSeparatedRuns("".utf8, limit: 3) == 0)
    }

    /// The word-by-word scan `mayBePromo` replaced, as the oracle for the byte scan.
    static func referenceMayBePromo(_ line: String) -> Bool {
        let lower = String(decoding: line.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
        if lower.contains("copyright") || lower.contains("(c)") || lower.contains("©") { return true }
        return line.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false).contains { word in
            let trimmed = word.drop { "!.:".utf8.contains($0) }.reversed().drop { "!.:".utf8.contains($0) }
            return trimmed.count == 3 && String(decoding: trimmed.reversed(), as: UTF8.self).lowercased() == "app"
        }
    }

    @Test func bytePromoScanAgreesWithTheWordScan() {
        let pieces = ["app", "APP!", ":app.", "apps", "(c)", "(C)", "©", "Copyright", "COPYRIGHT", "copy right",
                      "the", "Fox", "News", " ", "  ", "é", "“", "(", "c)", "happ", "app:", "2021"]
        var random = PieceText(pieces: pieces, seed: 5)
        for _ in 0..<3000 {
            let line = random.text(maximumPieces: 7, spaced: true)
            #expect(SourceInference.mayBePromo(line.utf8) == Self.referenceMayBePromo(line), "\(line)")
        }
    }

    @Test func datelineByteCheckNeverRulesOutAParenthesisInTheFirst160Characters() {
        let fillers = ["a", "MOSCOW ", "é", "👍🏽", "\r\n", "\r", " ", "x\u{301}", "(", ")", "ST. LOUIS ", "—"]
        var random = PieceText(pieces: fillers, seed: 17)
        for _ in 0..<3000 {
            let paragraph = random.text(maximumPieces: 300)
            if !SourceInference.mayHaveDateline(paragraph.utf8) {
                #expect(!paragraph.prefix(160).contains("("), "\(paragraph)")
            }
        }
        #expect(!SourceInference.mayHaveDateline(String(repeating: "a", count: 200).appending("(AP)").utf8))
        #expect(SourceInference.mayHaveDateline("MOSCOW (AP) — Russia".utf8))
    }
}
