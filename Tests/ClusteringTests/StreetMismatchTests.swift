import Foundation
import Testing
import StoryModel
@testable import Clustering

@Suite struct StreetMismatchTests {
    @Test func streetsAreNamesEndingInAStreetTypeByTheirLastWord() {
        let names = [
            "patton avenue", "north patton ave", "main st.", "martin luther king drive", "st louis", "elm",
            "oak street", "louis", "grand blvd", "avenue",
        ]
        #expect(ArticleFeatures.streets(names: names) == ["grand", "king", "main", "oak", "patton"])
        #expect(ArticleFeatures.streets(names: ["st louis", "fort worth", "mount oliver", "supreme court"]) == [])
    }

    @Test func numberedStreetsAreReadFromTheWords() {
        // The tokenizer's words: "43rd St." and "2nd Avenue" arrive without their suffixes.
        let words = "shot near 43 st and 2 avenue charged with 1 degree murder on 5".split(separator: " ").map(String.init)
        #expect(ArticleFeatures.streets(names: ["oak street"], words: words) == ["2", "43", "oak"])
        #expect(ArticleFeatures.streets(names: [], words: ["the", "2016", "street"]) == [])
    }

    static let fixture = IncidentFixture(factor: \.streetMismatchFactor) { "The house stands on \($0) near the river." }

    @Test func differentStreetsLowerTheScore() {
        let a = Self.fixture.article("a", "Patton Avenue", source: "one")
        let b = Self.fixture.article("b", "Kossuth Street", source: "two")
        #expect(Self.fixture.similarity(a, b, factor: 1) > 0.3)
        #expect(Self.fixture.scales(a, b, by: 0.7))
    }

    @Test func aSharedStreetOrAnUnnamedOneChangesNothing() {
        let a = Self.fixture.article("a", "Patton Avenue", source: "one")
        let spelledShort = Self.fixture.article("b", "Patton Ave", source: "two")
        let unnamed = Self.fixture.article("c", nil, source: "three")
        #expect(Self.fixture.ignores(a, spelledShort, at: 0.7))
        #expect(Self.fixture.ignores(a, unnamed, at: 0.7))
    }

    @Test func explanationsNameBothArticlesStreets() throws {
        let adjustment = try Self.fixture.adjustment("Patton Avenue", "Kossuth Street", mentioning: "streets")
        #expect(adjustment.reason == "different streets (patton vs kossuth)")
        #expect(adjustment.factor == ClusteringConfiguration().streetMismatchFactor)
    }

    @Test func theFactorIsReadFromAConfigurationFile() throws {
        let json = Data(#"{"streetMismatchFactor": 0.5}"#.utf8)
        let configuration = try JSONDecoder().decode(ClusteringConfiguration.self, from: json)
        #expect(configuration.streetMismatchFactor == 0.5)
        #expect(configuration.ageMismatchFactor == ClusteringConfiguration().ageMismatchFactor)
    }
}
