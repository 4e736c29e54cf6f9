import Testing
@testable import Normalizer
import StoryModel

@Suite struct PlainTextLoaderTests {
    private func load(_ text: String, path: String = "in/a.txt", hint: String? = nil) throws -> Article {
        try PlainTextLoader.load(text, file: InputFile(path: path, format: .text, folderHint: hint))
    }

    @Test func dateLineWithTheBodyOnTheSameLine() throws {
        let article = try load(SeedTexts.ap)
        #expect(article.date == CalendarDay(year: 2021, month: 4, day: 1))
        #expect(article.title == nil)
        #expect(article.text.hasPrefix("MOSCOW (AP) – Russia’s top diplomat"))
        #expect(article.source == "AP")
        #expect(article.sourceRule == "dateline")
        #expect(article.id == "in/a.txt")
        #expect(article.text.components(separatedBy: "\n\n").count == 16)
    }

    @Test func textWithoutBlankLinesHasOneParagraphPerLine() throws {
        let article = try load(SeedTexts.fox, path: "seeds/004_x.txt")
        #expect(article.text.components(separatedBy: "\n\n").count == SeedTexts.fox.split(separator: "\n").count)
        #expect(article.source == "Fox News")
        #expect(article.sourceRule == "promo-line")
        #expect(article.title == nil)
    }

    @Test func metadataHeaderBlock() throws {
        let text = "Title: Talks collapse\nSource: Example Post\nDate: 2021-03-18\nURL: https://example.com/a\nAuthor: Ann Lee and Bo Chan\n\nThe talks collapsed on Thursday.\nBoth sides left.\n"
        let article = try load(text)
        #expect(article.title == "Talks collapse")
        #expect(article.source == "Example Post")
        #expect(article.sourceRule == "metadata")
        #expect(article.date == CalendarDay(year: 2021, month: 3, day: 18))
        #expect(article.url == "https://example.com/a")
        #expect(article.authors == ["Ann Lee", "Bo Chan"])
        #expect(article.text == "The talks collapsed on Thursday.\n\nBoth sides left.")
    }

    @Test func headlineLineThenBlankLineThenBody() throws {
        let text = "Red Sox to break bank for Teixeira\n\nHere's a prediction: it will be big.   \n\n\nWhen the Sox want something, they get it.\r\nThey always do.\n"
        let article = try load(text, hint: "sports")
        #expect(article.title == "Red Sox to break bank for Teixeira")
        #expect(article.text == "Here's a prediction: it will be big.\n\nWhen the Sox want something, they get it.\nThey always do.")
        #expect(article.source == "sports")
        #expect(article.sourceRule == "folder")
    }

    @Test func dateLineNearTheTopGivesTheDate() throws {
        let article = try load("Report: Red Sox offer Teixeira $200 million\n\nDecember 15th, 2008, 7: 35 am\n\nDan Patrick reported on his show.")
        #expect(article.date == CalendarDay(year: 2008, month: 12, day: 15))
        #expect(article.title == "Report: Red Sox offer Teixeira $200 million")
    }

    @Test func leadingDateLineIsNotAHeadline() throws {
        let article = try load("DECEMBER 16, 2008\n\nHerald: Sox Make Offer To Teixeira (8 Years?)\n\nMichael Silverman reports that the Red Sox made an offer.")
        #expect(article.date == CalendarDay(year: 2008, month: 12, day: 16))
        #expect(article.title == "Herald: Sox Make Offer To Teixeira (8 Years?)")
        #expect(article.text == "Michael Silverman reports that the Red Sox made an offer.")
    }

    @Test func labelledDateLinesBeforeTheHeadlineAreHeader() throws {
        let article = try load("Posted 11/27/2005 7:21 AM\n\nUpdated 11/27/2005 3:41 PM\n\nStrong earthquake jolts southern Iran\n\nAn earthquake shook the island on Sunday.")
        #expect(article.date == CalendarDay(year: 2005, month: 11, day: 27))
        #expect(article.title == "Strong earthquake jolts southern Iran")
        #expect(article.text == "An earthquake shook the island on Sunday.")
    }

    @Test func aHeadlineThatMentionsADateStaysTheHeadline() throws {
        let headline = "REGION 3 NEWS RELEASE November 4, 2015... - Louisiana State Police"
        let article = try load(headline + "\n\nTroopers were called to a shooting on Tuesday night.")
        #expect(article.title == headline)
    }

    @Test func aLabelledDateLineFurtherDownGivesTheDate() throws {
        let article = try load("Navy foils pirate attack\n\nMumbai, Nov 11 -\n\nThe ship was escorting five vessels.\n\nPublished on: Fri, 11 Nov 2011 at 09: 56 IST\n\nIt fired warning shots.")
        #expect(article.date == CalendarDay(year: 2011, month: 11, day: 11))
        #expect(article.title == "Navy foils pirate attack")
    }

    @Test func bodyLinesWithColonsAreNotAHeader() throws {
        let article = try load("Note: this is the body, not a header.\nIt goes on.\n")
        #expect(article.text.hasPrefix("Note: this is the body"))
        #expect(article.title == nil)
        #expect(article.sourceRule == "file-name")
        #expect(article.source == "a")
    }

    @Test func emptyBodyIsRefused() {
        #expect(throws: LoadFailure.self) { try load("date 2021-04-01\n\n   \n") }
    }

    @Test(arguments: [
        "", "one", "a\nb", "a\r\nb\r\n", "a\rb\r", "\n\n", "a\r\r\nb", "é\n\u{301}x", "👍🏽\r\n😀\n",
        "tab\t\nend", "\r", "\r\n", "x\n\r\ny",
    ])
    func linesSplitLikeCharacters(_ text: String) {
        // The byte-level split gives the same lines as splitting on Characters.
        let expected = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        #expect(PlainTextLoader.lines(of: text) == expected)
    }
}

@Suite struct SpaceSeparatedWordsTests {
    @Test func countsLikeSplittingOnSpacesUpToTheLimit() {
        let pieces = ["word", " ", "  ", "é", "e\u{301}", " \u{301}", "👍🏽", "\t", "\n", ",", "\u{600}"]
        var random = PieceText(pieces: pieces, seed: 23)
        for _ in 0..<4000 {
            let text = random.text(maximumPieces: 40)
            let limit = random.next(below: 15)
            let expected = min(text.split(separator: " ").count, limit + 1)
            #expect(PlainTextLoader.spaceSeparatedWords(text, upTo: limit) == expected, "\(text.debugDescription) limit \(limit)")
        }
    }
}
