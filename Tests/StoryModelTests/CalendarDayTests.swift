import Testing
import StoryModel

@Suite struct CalendarDayTests {
    @Test(arguments: ["2021-04-01", "1970-01-01", "2000-02-29", "1999-12-31", "2024-02-29T10:00:00Z"])
    func isoRoundTrips(_ text: String) throws {
        let day = try #require(CalendarDay(iso: text))
        #expect(day.description == String(text.prefix(10)))
        #expect(CalendarDay(ordinal: day.ordinal) == day)
    }

    @Test(arguments: ["2021-02-29", "2021-13-01", "2021-00-10", "21-04-01", "2021/04/01", "", "abcd-ef-gh"])
    func invalidDatesAreRejected(_ text: String) {
        #expect(CalendarDay(iso: text) == nil)
    }

    @Test func ordinalCountsDaysFromTheEpoch() throws {
        #expect(try #require(CalendarDay(iso: "1970-01-01")).ordinal == 0)
        #expect(try #require(CalendarDay(iso: "1970-01-02")).ordinal == 1)
        #expect(try #require(CalendarDay(iso: "1969-12-31")).ordinal == -1)
        #expect(try #require(CalendarDay(iso: "2021-04-01")).ordinal == 18_718)
    }

    @Test func weekdayAndArithmetic() throws {
        let thursday = try #require(CalendarDay(iso: "2021-04-01"))
        #expect(thursday.weekday == 4)
        #expect(thursday.adding(days: 30).description == "2021-05-01")
        #expect(thursday.adding(days: -32).description == "2021-02-28")
    }

    @Test func everyDayOfFourHundredYearsRoundTrips() {
        let start = CalendarDay(year: 1900, month: 1, day: 1)!.ordinal
        var previous: CalendarDay? = nil
        for ordinal in start..<(start + 146_097) {
            let day = CalendarDay(ordinal: ordinal)
            #expect(day.ordinal == ordinal)
            if let previous { #expect(previous < day) }
            previous = day
        }
    }
}
