import StoryModel
@testable import Clustering

/// Reports of one shooting that differ only in a sentence each adds, for the tests of the pair
/// factors (streets, clock times): what the sentence states is all that tells them apart.
enum IncidentFixture {
    static let body = """
        Police said two men were shot on Saturday outside a house in Riverton. \
        Officers found the victims on the porch and took them to Riverton General Hospital. \
        Detectives have not named a suspect and asked witnesses to call the department.
        """

    /// A report with `sentence` appended to the shared body (nothing when `nil`).
    static func article(_ id: String, adding sentence: String?, source: String) -> NormalizedArticle {
        TestArticle.make(id: id, title: "Two men shot in Riverton", body: body + (sentence.map { " " + $0 } ?? ""), source: source)
    }

    /// The clusterer's score of two articles, with one factor of the configuration set.
    static func similarity(
        _ a: NormalizedArticle, _ b: NormalizedArticle,
        setting factor: WritableKeyPath<ClusteringConfiguration, Double>, to value: Double
    ) -> Double {
        var configuration = ClusteringConfiguration()
        configuration[keyPath: factor] = value
        return EventClusterer(configuration: configuration).similarity(a, b, corpus: [a, b])
    }
}
