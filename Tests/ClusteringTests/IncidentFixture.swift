import Testing
import StoryModel
@testable import Clustering

/// Reports of one shooting that differ only in the value one added sentence states, for the
/// tests of a pair factor (streets, clock times): that value is all that tells them apart.
struct IncidentFixture: Sendable {
    /// The factor of the configuration under test.
    let factor: any WritableKeyPath<ClusteringConfiguration, Double> & Sendable
    /// The sentence that states a value ("The house stands on Patton Avenue …").
    let sentence: @Sendable (String) -> String

    static let body = """
        Police said two men were shot on Saturday outside a house in Riverton. \
        Officers found the victims on the porch and took them to Riverton General Hospital. \
        Detectives have not named a suspect and asked witnesses to call the department.
        """

    /// A report stating `value` after the shared body (nothing added when `nil`).
    func article(_ id: String, _ value: String?, source: String) -> NormalizedArticle {
        let added = value.map { " " + sentence($0) } ?? ""
        return TestArticle.make(id: id, title: "Two men shot in Riverton", body: Self.body + added, source: source)
    }

    /// The clusterer's score of two reports with the factor set to `value`.
    func similarity(_ a: NormalizedArticle, _ b: NormalizedArticle, factor value: Double) -> Double {
        var configuration = ClusteringConfiguration()
        configuration[keyPath: factor] = value
        return EventClusterer(configuration: configuration).similarity(a, b, corpus: [a, b])
    }

    /// Whether setting the factor to `value` multiplies the score of two reports by exactly it.
    func scales(_ a: NormalizedArticle, _ b: NormalizedArticle, by value: Double) -> Bool {
        abs(similarity(a, b, factor: value) - similarity(a, b, factor: 1) * value) < 1e-9
    }

    /// Whether setting the factor to `value` leaves the score of two reports as it was.
    func ignores(_ a: NormalizedArticle, _ b: NormalizedArticle, at value: Double) -> Bool {
        similarity(a, b, factor: value) == similarity(a, b, factor: 1)
    }

    /// The explanation's adjustment whose reason mentions `word`, for two reports stating
    /// `first` and `second` (the defaults apply).
    func adjustment(_ first: String, _ second: String, mentioning word: String) throws -> PairExplanation.Adjustment {
        let a = article("a", first, source: "one"), b = article("b", second, source: "two")
        let explanation = try #require(EventScorer(corpus: [a, b]).explain("a", "b"))
        return try #require(explanation.adjustments.first { $0.reason.contains(word) })
    }
}
