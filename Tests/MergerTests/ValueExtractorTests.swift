@testable import Merger
import StoryModel
import Testing

@Suite struct ValueExtractorTests {
    static func values(_ text: String) -> [String: String] {
        Dictionary(ValueExtractor.values(in: text).map { ($0.slot, $0.normalized) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func numbersAreNormalisedWithTheirNouns() {
        #expect(Self.values("Five people were injured.")["number:people"] == "5")
        #expect(Self.values("Police said 5 people were injured.")["number:people"] == "5")
        #expect(Self.values("About 1,000 protesters gathered.")["number:protester"] == "1000")
        #expect(Self.values("The city paid $1.2 million in damages.")["number:usd"] == "1200000")
        #expect(Self.values("Turnout rose 12% this year.")["number:percent"] == "12")
        #expect(Self.values("John Smith, 69, was arrested.")["number:age-smith"] == "69")
        #expect(Self.values("his 11-year-old son was hit")["number:year-old-son"] == "11")
        #expect(Self.values("a five - boat pirate attack")["number:boat-pirate"] == "5")
        #expect(Self.values("Twenty-five soldiers died.")["number:soldier"] == "25")
        #expect(Self.values("He finished 1st in the race.").isEmpty)
        // Not counts: labels, ranges, parts, parentheses, relative times, sentence fragments.
        #expect(Self.values("Two Precinct 5 deputy constables were hit.")["number:deputy"] == nil)
        #expect(Self.values("Image 3 of 16 A man died Thursday.").isEmpty)
        #expect(Self.values("He will serve nine to 20 years in prison.")["number:year"] == nil)
        #expect(Self.values("Police identified five of six family members.")["number:family"] == nil)
        #expect(Self.values("Damage was put at $US1 million ($1.52 million).")["number:usd"] == nil)
        #expect(Self.values("The boy was shot eight days ago.")["number:day"] == nil)
        #expect(Self.values("9 - magnitude quake struck the island.").isEmpty)
    }

    @Test func hedgedValuesAgreeWithValuesTheyAllow() throws {
        func value(_ text: String) throws -> ExtractedValue { try #require(ValueExtractor.values(in: text).first) }
        #expect(ConflictDetector.agree(try value("it left at least seven people hurt"), try value("it left 20 people hurt")))
        #expect(ConflictDetector.agree(try value("chased at speeds up to 120 mph"), try value("chased at 100 mph")))
        #expect(ConflictDetector.agree(try value("it happened about 4 a.m. Sunday"), try value("it happened at 4:15 a.m. Sunday")))
        #expect(ConflictDetector.agree(try value("they met around 10:30 Monday night"), try value("they met at 10:30 p.m. Monday")))
        #expect(!ConflictDetector.agree(try value("it left 5 people hurt"), try value("it left 6 people hurt")))
        #expect(!ConflictDetector.agree(try value("it happened around 3 p.m. Saturday"), try value("it happened around 5 p.m. Saturday")))
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
