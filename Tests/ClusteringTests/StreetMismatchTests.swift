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
        let words = "shot near 43rd st and 2nd avenue charged with 1st degree murder on 5th".split(separator: " ").map(String.init)
        #expect(ArticleFeatures.streets(names: ["oak street"], words: words) == ["2nd", "43rd", "oak"])
        #expect(ArticleFeatures.streets(names: [], words: ["the", "2016th", "street"]) == [])
    }

    static func article(_ id: String, street: String?, source: String) -> NormalizedArticle {
        IncidentFixture.article(id, adding: street.map { "The house stands on \($0) near the river." }, source: source)
    }

    static func similarity(_ a: NormalizedArticle, _ b: NormalizedArticle, factor: Double) -> Double {
        IncidentFixture.similarity(a, b, setting: \.streetMismatchFactor, to: factor)
    }

    @Test func differentStreetsLowerTheScore() {
        let a = Self.article("a", street: "Patton Avenue", source: "one")
        let b = Self.article("b", street: "Kossuth Street", source: "two")
        let plain = Self.similarity(a, b, factor: 1)
        #expect(plain > 0.3)
        #expect(abs(Self.similarity(a, b, factor: 0.7) - plain * 0.7) < 1e-9)
    }

    @Test func aSharedStreetOrAnUnnamedOneChangesNothing() {
        let a = Self.article("a", street: "Patton Avenue", source: "one")
        let spelledShort = Self.article("b", street: "Patton Ave", source: "two")
        let unnamed = Self.article("c", street: nil, source: "three")
        #expect(Self.similarity(a, spelledShort, factor: 0.7) == Self.similarity(a, spelledShort, factor: 1))
        #expect(Self.similarity(a, unnamed, factor: 0.7) == Self.similarity(a, unnamed, factor: 1))
    }

    @Test func explanationsNameBothArticlesStreets() throws {
        let a = Self.article("a", street: "Patton Avenue", source: "one")
        let b = Self.article("b", street: "Kossuth Street", source: "two")
        let explanation = try #require(EventScorer(corpus: [a, b]).explain("a", "b"))
        let adjustment = try #require(explanation.adjustments.first { $0.reason.contains("streets") })
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
