import StoryModel
import Testing

@testable import Normalizer

/// Absolute date formats accepted and ambiguous or relative ones refused.
@Suite struct DateParserTests {
    @Test(arguments: [
        ("2021-04-01", "2021-04-01"),
        ("2021-04-01T10:00:00Z", "2021-04-01"),
        ("2021-04-01T23:30:00-05:00", "2021-04-01"),
        ("  2021-4-1 ", "2021-04-01"),
        ("2021/04/01", "2021-04-01"),
        ("Thu, 01 Apr 2021 10:00:00 GMT", "2021-04-01"),
        ("Thu, 1 Apr 21 10:00:00 +0000", "2021-04-01"),
        ("April 1, 2021", "2021-04-01"),
        ("Apr. 1, 2021", "2021-04-01"),
        ("Sept. 30, 2019 at 5:00 p.m.", "2019-09-30"),
        ("Thursday, April 1st 2021", "2021-04-01"),
        ("1 April 2021", "2021-04-01"),
        ("01-Apr-2021", "2021-04-01"),
        ("NOVEMBER 20, 2019 10:43", "2019-11-20"),
        ("2020-02-29", "2020-02-29"),
    ])
    func parsesClearFormats(text: String, expected: String) {
        #expect(DateParser.parse(text)?.description == expected)
    }

    @Test(arguments: [
        "", "20210401", "yesterday", "3 hours ago", "April 2021", "2021", "2021-02-30", "2021-13-01",
        "Apr 1", "12/04/2021", "Mayday 1, 2021", "1 Foo 2021", "2021-04-011",
    ])
    func refusesUnclearText(text: String) {
        #expect(DateParser.parse(text) == nil)
    }
}
