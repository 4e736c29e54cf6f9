import Testing
@testable import Normalizer
import StoryModel

@Suite struct DayMentionsTests {
    private let thursday = CalendarDay(year: 2021, month: 4, day: 1)!  // a Thursday

    private func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

    @Test func weekdaysResolveToTheMostRecentOnOrBeforePublication() {
        #expect(DayMentions.days(in: "Lavrov spoke on Thursday.", published: thursday) == [thursday])
        #expect(DayMentions.days(in: "The talks ended on Monday.", published: thursday) == [day(2021, 3, 29)])
        #expect(DayMentions.days(in: "They meet next Monday.", published: thursday) == [day(2021, 4, 5)])
        #expect(DayMentions.days(in: "Late last Thursday it rained.", published: thursday) == [day(2021, 3, 25)])
    }

    @Test func relativeWords() {
        #expect(DayMentions.days(in: "It was announced yesterday and confirmed today.", published: thursday) == [day(2021, 3, 31), thursday])
    }

    @Test func withoutAPublicationDateRelativeMentionsAreIgnored() {
        #expect(DayMentions.days(in: "On Thursday, March 20, and yesterday.", published: nil).isEmpty)
        #expect(DayMentions.days(in: "On December 15th, 2008 it happened.", published: nil) == [day(2008, 12, 15)])
    }

    @Test func absoluteForms() {
        let text = "Dates: March 20, Feb. 6, December 15th, 2008, 2008-12-16 and 17 December 2008."
        #expect(DayMentions.days(in: text, published: thursday)
            == [day(2008, 12, 15), day(2008, 12, 16), day(2008, 12, 17), day(2021, 2, 6), day(2021, 3, 20)])
    }

    @Test func monthDayWithoutYearNearNewYearUsesThePreviousYear() {
        #expect(DayMentions.days(in: "It began on December 28.", published: day(2021, 1, 3)) == [day(2020, 12, 28)])
    }

    @Test func lowercaseMonthWordsAreVerbs() {
        #expect(DayMentions.days(in: "They may 5 times march 3 miles.", published: thursday).isEmpty)
    }

    @Test func timesAndDecimalsAreNotDays() {
        #expect(DayMentions.days(in: "At 7:35 am in March 2021 prices rose 3.5 percent.", published: thursday).isEmpty)
    }

    @Test func parseDateReadsWrittenAndISODates() {
        #expect(DayMentions.parseDate("December 15th, 2008, 7: 35 am") == day(2008, 12, 15))
        #expect(DayMentions.parseDate("Monday, Dec. 15, 2008") == day(2008, 12, 15))
        #expect(DayMentions.parseDate("15 December 2008") == day(2008, 12, 15))
        #expect(DayMentions.parseDate("2021-04-01T10:00:00Z") == thursday)
        #expect(DayMentions.parseDate("March 20") == nil)
        #expect(DayMentions.parseDate("The talks") == nil)
    }

    @Test(arguments: [
        ("Published: April 10, 2007", "2007-04-10"),
        ("Updated 4 / 11 / 2007 1: 26 PM", "2007-04-11"),
        ("POSTED: 05 / 02 / 07, 9: 00 PM PDT |", "2007-05-02"),
        ("27 / 09 / 2013 - Turkmenistan to hold elections", "2013-09-27"),
        ("2013 - 09 - 26", "2013-09-26"),
        ("Published: 2012. 08. 08 09: 01 AM", "2012-08-08"),
        ("on Tuesday, 16 December 2008 13: 45.", "2008-12-16"),
        ("21 July 2013 Last updated at 11: 11 GMT", "2013-07-21"),
        ("by: Nicole Emmett Updated: Mar 21, 2016 - 7:22 PM", "2016-03-21"),
        ("December 15th, 2008, 7: 35 am", "2008-12-15"),
    ])
    func dateLinesWithLabelsAndNumericDates(_ line: String, _ iso: String) {
        #expect(DayMentions.parseDateLine(line) == CalendarDay(iso: iso))
    }

    @Test func dateLinesNeedAYearNearTheStart() {
        #expect(DayMentions.parseDateLine("Updated: March 20") == nil)
        #expect(DayMentions.parseDateLine("The city council met for hours before voting on March 5, 2009") == nil)
        #expect(DayMentions.parseDateLine("Officials said 3 / 4 of the money was spent") == nil)
        #expect(DayMentions.parseDateLine("13 / 14 / 2009") == nil)
        #expect(DayMentions.parseDateLine("Posted March 5, 2009", maximumLead: 0) == nil)
    }

    @Test func wordsBesideDatesLeaveOutMonthsWeekdaysAndClockWords() {
        #expect(DayMentions.wordsBesideDates(in: "PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2: 29 PM") == 1)
        #expect(DayMentions.wordsBesideDates(in: "Posted: Nov 27, 2005 8: 20 AM ET Last Updated: Nov 27, 2005") == 3)
        #expect(DayMentions.wordsBesideDates(in: "REGION 3 NEWS RELEASE November 4, 2015... - Louisiana State Police") == 6)
    }

    @Test func onlyTextThatCanNameADayIsTokenized() {
        func may(_ text: String) -> Bool { DayMentions.mayMentionDay(Array(text.utf8)) }
        #expect(!may("Officials said the talks would go on."))
        #expect(!may("Délégués à Genève"))
        for text in ["On FRIDAY they met.", "It happened yesterday.", "Tonight's vote", "tomorrow", "March 5", "in 2008", "1st"] {
            #expect(may(text), "\(text)")
        }
        // The filter never hides a day the full reading finds.
        let published = CalendarDay(year: 2021, month: 4, day: 2)!
        #expect(DayMentions.days(in: "They met on Friday.", published: published) == [published])
        #expect(DayMentions.days(in: "They met tonight, officials said.", published: published) == [published])
    }
}

@Suite struct DayMentionsOnBytesTests {
    /// Days of a sentence read inside its article's bytes are the days of the sentence alone.
    @Test func sentenceInsideATextAgreesWithTheSentenceAlone() {
        let published = CalendarDay(year: 2021, month: 4, day: 1)!
        let text = SeedTexts.ap + "\nOn Monday, March 20 and Dec. 15, 2008, 2008-12-15 and 15 December 2008; next Friday, "
            + "last Thursday, yesterday, today, tonight and tomorrow. May 5. March. 3D 5G 4:04 No day here. 12th May"
        let bytes = Array(text.utf8)
        var mentioned = 0
        for range in SentenceSplitter.split(bytes, in: 0..<bytes.count) {
            let sentence = String(decoding: bytes[range], as: UTF8.self)
            for day in [published, nil] as [CalendarDay?] {
                let alone = DayMentions.days(in: sentence, published: day)
                #expect(DayMentions.days(in: bytes, range, published: day) == alone, "\(sentence)")
                mentioned += alone.count
            }
            #expect(DayMentions.mayMentionDay(bytes, range) == DayMentions.mayMentionDay(Array(sentence.utf8)))
        }
        #expect(mentioned > 5)
    }
}
