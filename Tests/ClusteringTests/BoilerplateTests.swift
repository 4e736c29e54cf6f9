import Testing
import StoryModel
@testable import Clustering

@Suite struct BoilerplateTests {
    static let promo = """
        Get breaking news alerts from the Valley Courier newsroom delivered to your phone every morning.

        Subscribers get unlimited access to Valley Courier local news coverage, weather forecasts and sports scores.

        Download the Valley Courier mobile app for breaking news alerts, weather forecasts and sports scores.
        """

    static let stories = [
        ("v1", "Library reopens after flood repairs", "The Elmwood public library reopened Monday after six months of flood repairs. Librarian Grace Tan said the children's room was rebuilt. Water from the Elmwood River had ruined carpets, shelves and roughly four thousand picture books in March. Volunteers spent weekends sorting donated books, and the reading garden behind the building will open in July with a story hour for toddlers."),
        ("v2", "High school robotics team wins state title", "The Ridgeview robotics team won the state championship Saturday with a robot that stacks crates. Coach Omar Haddad praised the students. The team of eleven juniors designed the gripper arm in their school workshop after losing the regional final last winter. They will travel to Houston next month for the national tournament, paid for by a fundraiser at the county fair."),
        ("v3", "Council approves new bike lanes downtown", "The city council voted 5 to 2 to paint bike lanes on Main Street. Councilwoman Rita Gomez said construction starts in May. Shop owners on Main Street worried about losing forty parking spaces, but the plan adds a loading zone near the pharmacy. Cyclists packed the meeting and cheered when the vote was read, and a second phase could extend the lanes to the university campus."),
        ("v4", "Bakery celebrates 50 years on Oak Avenue", "The Kowalski family bakery marked its 50th anniversary with free pastries. Owner Anna Kowalski thanked customers. Her grandparents opened the shop in a rented garage and baked rye bread in a single wood oven. Today the bakery employs fourteen people, ships poppy seed rolls across the state and still uses the original sourdough starter every morning."),
    ]

    static func articles(source: String) -> [NormalizedArticle] {
        stories.map { id, title, body in
            TestArticle.make(id: id, title: title, body: body + "\n\n" + promo, source: source)
        }
    }

    @Test func outletBoilerplateDoesNotMakeArticlesOneEvent() {
        let clusters = EventClusterer().cluster(Self.articles(source: "Valley Courier"))
        #expect(clusters.count == 4)
    }

    @Test func withoutBoilerplateRemovalThePromoWouldLinkThem() {
        var configuration = ClusteringConfiguration()
        configuration.sourceBoilerplateMinimumArticles = 0
        configuration.boilerplateMinimumArticles = 0
        configuration.sameSourceFactor = 1
        let articles = Self.articles(source: "Valley Courier")
        let corpus = CorpusFeatures(articles, configuration: configuration)
        #expect(corpus.boilerplate.isEmpty)
        #expect(corpus.similarity(0, 1) >= configuration.eventThreshold)
        let cleaned = CorpusFeatures(articles, configuration: ClusteringConfiguration())
        #expect(cleaned.boilerplate.count == 3)
        #expect(cleaned.similarity(0, 1) < 0.05)
    }

    @Test func unknownOutletsAreNotGroupedForBoilerplate() {
        // Without a source, four articles are too few for the corpus-wide rule.
        let corpus = CorpusFeatures(Self.articles(source: ""), configuration: ClusteringConfiguration())
        #expect(corpus.boilerplate.isEmpty)
    }
}
