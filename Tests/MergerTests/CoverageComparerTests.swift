@testable import Merger
import StoryModel
import Testing

@Suite struct CoverageComparerTests {
    @Test(arguments: [
        ("foxnews.com", "Fox News", true), ("www.foxnews.com", "Fox News", true), ("Fox News", "fox news", true),
        ("apnews.com", "AP", true), ("AP", "ap", true), ("edition.cnn.com", "CNN", true), ("bbc.co.uk", "BBC", true),
        ("Fox News", "AP", false), ("nytimes.com", "AP", false), ("", "AP", false),
    ])
    func sideMatchesOutlets(_ outlet: String, _ source: String, _ expected: Bool) {
        #expect(CoverageSide(name: "x", outlets: [outlet]).contains(source: source) == expected)
    }

    @Test func storiesByWhichSideCoveredThem() {
        func article(_ id: String, _ source: String, _ title: String?, _ day: Int) -> NormalizedArticle {
            TestArticles.make(id: id, source: source, title: title, date: CalendarDay(year: 2024, month: 5, day: day), text: "Body of \(id) with some words.")
        }
        let articles = [
            article("1", "AP", "Quake hits coast", 3), article("2", "Fox News", nil, 2),
            article("3", "AP", "Budget passes", 5), article("4", "Reuters", "Strike ends", 1),
            article("5", "Fox News", "Fire spreads", 4), article("6", "Le Monde", "Élections", 1),
        ]
        let clusters = [
            EventCluster(id: "E1", articleIDs: ["2", "1"]), EventCluster(id: "E2", articleIDs: ["3"]),
            EventCluster(id: "E3", articleIDs: ["4"]), EventCluster(id: "E4", articleIDs: ["5"]),
            EventCluster(id: "E5", articleIDs: ["6"]),
        ]
        let sideA = CoverageSide(name: "wires", outlets: ["apnews.com", "Reuters"])
        let sideB = CoverageSide(name: "fox", outlets: ["foxnews.com"])
        let diff = CoverageComparer().compare(clusters: clusters, articles: articles.reversed(), sideA: sideA, sideB: sideB)
        #expect(diff.sideA == "wires" && diff.sourcesB == ["foxnews.com"])
        #expect(diff.both.map(\.id) == ["E1"])
        #expect(diff.onlyA.map(\.id) == ["E3", "E2"])  // by day: May 1, then May 5
        #expect(diff.onlyB.map(\.id) == ["E4"])
        let both = diff.both[0]
        #expect(both.headline == "Quake hits coast")  // the first titled article
        #expect(both.day == CalendarDay(year: 2024, month: 5, day: 2))
        #expect(both.articlesA.map(\.id) == ["1"] && both.articlesB.map(\.id) == ["2"])
        #expect(both.sources == ["AP", "Fox News"])
    }
}
