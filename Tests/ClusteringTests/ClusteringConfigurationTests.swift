import Foundation
import Testing
import StoryModel

@Suite struct ClusteringConfigurationTests {
    @Test func partialJSONKeepsDefaults() throws {
        let json = Data(#"{"eventThreshold": 0.4, "dateWindowDays": 2, "dateDecayCeiling": 0}"#.utf8)
        let decoded = try JSONDecoder().decode(ClusteringConfiguration.self, from: json)
        var expected = ClusteringConfiguration()
        expected.eventThreshold = 0.4
        expected.dateWindowDays = 2
        expected.dateDecayCeiling = 0
        #expect(decoded == expected)
    }

    @Test func roundTrips() throws {
        var configuration = ClusteringConfiguration()
        configuration.sameSourceFactor = 0.5
        configuration.seed = 42
        configuration.candidateNeighbors = 7
        configuration.dateDecayCeiling = 0.3
        configuration.shortArticleWords = 12
        let data = try JSONEncoder().encode(configuration)
        #expect(try JSONDecoder().decode(ClusteringConfiguration.self, from: data) == configuration)
    }
}
