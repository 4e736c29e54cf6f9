@testable import Merger
import StoryModel
import Testing

@Suite struct ValueExtractorTests {
    static func values(_ text: String) -> [String: String] {
        Dictionary(ValueExtractor.values(in: text).map { ($0.slot, $0.normalized) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func numbersAreNormalisedWithTheirNouns() {
        #expect(Self.values("Five people were injured.")["number:people"] == "5")
        #expect(Self.values("5 people were injured.")["number:people"] == "5")
        #expect(Self.values("About 1,000 protesters gathered.")["number:protester"] == "1000")
        #expect(Self.values("The city paid $1.2 million in damages.")["number:usd"] == "1200000")
        #expect(Self.values("Turnout rose 12% this year.")["number:percent"] == "12")
        #expect(Self.values("John Smith, 69, was arrested.")["number:age"] == "69")
        #expect(Self.values("Twenty-five soldiers died.")["number:soldier"] == "25")
        #expect(Self.values("He finished 1st in the race.").isEmpty)
    }

    @Test func datesAndTimes() {
        #expect(Self.values("on Feb. 6 the court met")["date"] == "02-06")
        #expect(Self.values("on February 6 the court met")["date"] == "02-06")
        #expect(Self.values("on 6 February 2021 the court met")["date"] == "02-06#2021")
        #expect(Self.values("on March 20, 2021, the court met")["date"] == "03-20#2021")
        #expect(Self.values("the record dated 2021-03-20 shows")["date"] == "03-20#2021")
        #expect(Self.values("the blast came at 7:35 a.m. local time")["time"] == "07:35")
        #expect(Self.values("the blast came at 7 p.m. local time")["time"] == "19:00")
        #expect(Self.values("It may rain in May.")["date"] == nil)
        let written = ValueExtractor.values(in: "Paid $1.2 million on March 20, 2021, at 7:35 a.m. to 5 people.").map(\.written)
        #expect(written == ["March 20, 2021", "7:35 a.m.", "$1.2 million", "5"])
    }
}
