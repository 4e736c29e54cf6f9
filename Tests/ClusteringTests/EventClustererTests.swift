import Testing
import StoryModel
@testable import Clustering

@Suite struct EventClustererTests {
    let clusterer = EventClusterer()

    func groups(_ clusters: [EventCluster]) -> Set<Set<String>> {
        Set(clusters.map { Set($0.articleIDs) })
    }

    @Test func sameEventClustersAndSameTopicStaysApart() {
        let all = [Fixtures.shootingA1, Fixtures.shootingA2, Fixtures.shootingB1, Fixtures.shootingB2,
                   Fixtures.rehabC1, Fixtures.rehabC2, Fixtures.rehabD1, Fixtures.rehabD2]
        let clusters = clusterer.cluster(all)
        #expect(groups(clusters) == [["a1", "a2"], ["b1", "b2"], ["c1", "c2"], ["d1", "d2"]])
    }

    @Test func sameTopicDifferentEventsScoreBelowTheThreshold() {
        let all = [Fixtures.rehabC1, Fixtures.rehabC2, Fixtures.rehabD1, Fixtures.rehabD2]
        let same = clusterer.similarity(Fixtures.rehabC1, Fixtures.rehabC2, corpus: all)
        let different = clusterer.similarity(Fixtures.rehabC1, Fixtures.rehabD1, corpus: all)
        #expect(same >= clusterer.configuration.eventThreshold)
        #expect(different < clusterer.configuration.eventThreshold)
        #expect(same > 2 * different)
    }

    @Test func bridgeArticleDoesNotChainTwoEvents() {
        var wide = clusterer
        wide.configuration.dateWindowDays = 30
        let all = [Fixtures.shootingA1, Fixtures.shootingA2, Fixtures.bridge, Fixtures.shootingB1, Fixtures.shootingB2]
        let scoreA = wide.similarity(Fixtures.bridge, Fixtures.shootingA1, corpus: all)
        let scoreB = wide.similarity(Fixtures.bridge, Fixtures.shootingB2, corpus: all)
        // The bridge is linked to both events, strongly enough that single link would chain them.
        #expect(scoreA >= wide.configuration.eventThreshold && scoreB >= wide.configuration.eventThreshold)
        let clusters = wide.cluster(all)
        #expect(!clusters.contains { $0.articleIDs.contains("a1") && $0.articleIDs.contains("b1") })
        #expect(clusters.contains { Set($0.articleIDs).isSuperset(of: ["a1", "a2"]) })
        #expect(clusters.contains { Set($0.articleIDs).isSuperset(of: ["b1", "b2"]) })
    }

    @Test func aHeadlineJoinsItsEventWithoutShapingEvents() throws {
        let headline = TestArticle.make(
            id: "h", title: "", body: "Blue Anchor bar gunman killed Darnell Price and Victor Ames in Millbrook.",
            date: TestArticle.day("2023-03-04"), source: "Radio 5")
        #expect(headline.words.count < clusterer.configuration.shortArticleWords)
        let all = [Fixtures.shootingA1, Fixtures.shootingA2, Fixtures.shootingB1, Fixtures.shootingB2, headline]
        #expect(groups(clusterer.cluster(all)) == [["a1", "a2", "h"], ["b1", "b2"]])
        // Off, it takes part in average link like any article: here with the same outcome.
        var plain = clusterer
        plain.configuration.shortArticleWords = 0
        #expect(groups(plain.cluster(all)) == [["a1", "a2", "h"], ["b1", "b2"]])
        // A headline alone, with nothing to join, stays an event of its own.
        #expect(groups(clusterer.cluster([headline, Fixtures.rehabC1])) == [["h"], ["c1"]])
    }

    @Test func attachJoinsTheHighestAverageAtTheThreshold() {
        typealias Cluster = AverageLinkClustering.Cluster
        typealias Edge = AverageLinkClustering.Edge
        let groups = [Cluster(members: [0, 1, 2], withinSimilarity: 1), Cluster(members: [3, 4], withinSimilarity: 0.5),
                      Cluster(members: [5], withinSimilarity: 0), Cluster(members: [6], withinSimilarity: 0),
                      Cluster(members: [7], withinSimilarity: 0)]
        let deferred = [false, false, false, false, false, true, true, true]
        let edges = [
            // 5: 0.6 / 3 = 0.2 with the first event, 0.5 / 2 = 0.25 with the second: the second.
            Edge(a: 0, b: 5, similarity: 0.3), Edge(a: 1, b: 5, similarity: 0.3), Edge(a: 3, b: 5, similarity: 0.5),
            // 6: 0.1 / 3 with the first event, below 0.16; its edge to 5 does not count.
            Edge(a: 0, b: 6, similarity: 0.1), Edge(a: 5, b: 6, similarity: 0.9),
            // 7: 0.75 / 3 = 0.5 / 2 = 0.25 with either event: the earlier one.
            Edge(a: 2, b: 7, similarity: 0.75), Edge(a: 4, b: 7, similarity: 0.5),
        ]
        let attached = EventClusterer.attach(deferred, by: edges, to: groups, threshold: 0.16) { _, _ in true }
        #expect(attached.map(\.members) == [[0, 1, 2, 7], [3, 4, 5], [6]])
        #expect(attached.map(\.withinSimilarity) == [1.75, 1.0, 0])
        // A veto (the hard date window) on its best event keeps an article out.
        let vetoed = EventClusterer.attach(deferred, by: edges, to: groups, threshold: 0.16) { left, _ in !left.contains(3) }
        #expect(vetoed.map(\.members) == [[0, 1, 2, 7], [3, 4], [5], [6]])
    }

    @Test func twoArticleCorpusStillClusters() {
        let clusters = clusterer.cluster([Fixtures.shootingA2, Fixtures.shootingA1])
        #expect(clusters.count == 1)
        #expect(clusters[0].articleIDs == ["a1", "a2"])
        #expect(clusters[0].nearDuplicateGroups.isEmpty)
        #expect(clusters[0].cohesion >= clusterer.configuration.eventThreshold)
    }

    @Test func wireCopyIsANearDuplicate() throws {
        let clusters = clusterer.cluster([Fixtures.wireCopy, Fixtures.rehabC1, Fixtures.wireOriginal, Fixtures.shootingB1])
        let wire = try #require(clusters.first { $0.articleIDs.contains("w1") })
        #expect(wire.articleIDs == ["w1", "w2"])
        #expect(wire.nearDuplicateGroups == [["w1", "w2"]])
        #expect(clusters.count == 3)
    }

    @Test func nearDuplicatesStayTogetherEvenAcrossTheDateWindow() {
        var late = Fixtures.wireCopy
        late.article.date = TestArticle.day("2023-09-01")
        let clusters = clusterer.cluster([Fixtures.wireOriginal, late])
        #expect(clusters.count == 1)
        #expect(clusters[0].nearDuplicateGroups == [["w1", "w2"]])
    }

    @Test func publicationDatesDecaySimilarityBeyondTheWindow() throws {
        // The decay alone: no fade for strong matches.
        var clusterer = clusterer
        clusterer.configuration.dateDecayCeiling = 0
        var undated = Fixtures.shootingA2
        undated.article.date = nil
        let base = clusterer.similarity(Fixtures.shootingA1, undated, corpus: [Fixtures.shootingA1, undated])
        #expect(base > clusterer.configuration.eventThreshold)
        let published = try #require(Fixtures.shootingA1.article.date)

        // A follow-up six days later keeps most of its similarity and joins the event.
        var followUp = Fixtures.shootingA2
        followUp.article.date = published.adding(days: 6)
        let soon = clusterer.similarity(Fixtures.shootingA1, followUp, corpus: [Fixtures.shootingA1, followUp])
        #expect(soon < base && soon > 0.85 * base)
        #expect(clusterer.cluster([Fixtures.shootingA1, followUp]).count == 1)

        // A look-alike two years later keeps only the floor's share: a different event.
        var years = Fixtures.shootingA2
        years.article.date = published.adding(days: 730)
        var strict = clusterer
        strict.configuration.dateDecayFloor = 0.25
        let far = strict.similarity(Fixtures.shootingA1, years, corpus: [Fixtures.shootingA1, years])
        #expect(abs(far - base * 0.25) < 1e-9)
        #expect(strict.cluster([Fixtures.shootingA1, years]).count == 2)

        // With no half-life the window is a hard limit.
        var hard = clusterer
        hard.configuration.dateHalfLifeDays = 0
        #expect(hard.cluster([Fixtures.shootingA1, followUp]).count == 2)
        #expect(hard.similarity(Fixtures.shootingA1, followUp, corpus: [Fixtures.shootingA1, followUp]) == 0)
        hard.configuration.dateWindowDays = 10
        #expect(hard.cluster([Fixtures.shootingA1, followUp]).count == 1)
    }

    @Test func strongMatchesKeepTheirScoreWhateverTheirDates() throws {
        var undated = Fixtures.shootingA2
        undated.article.date = nil
        let base = clusterer.similarity(Fixtures.shootingA1, undated, corpus: [Fixtures.shootingA1, undated])
        let configuration = clusterer.configuration
        try #require(base >= configuration.dateDecayCeiling)
        // A report two years later that shares this much is a follow-up: dates do not lower it.
        var later = Fixtures.shootingA2
        later.article.date = try #require(Fixtures.shootingA1.article.date).adding(days: 730)
        #expect(clusterer.similarity(Fixtures.shootingA1, later, corpus: [Fixtures.shootingA1, later]) == base)
        #expect(clusterer.cluster([Fixtures.shootingA1, later]).count == 1)
        // The explanation shows both: the decay, and the factor the match faded it to.
        let explanation = try #require(EventScorer(corpus: [Fixtures.shootingA1, later]).explain("a1", "a2"))
        #expect(explanation.dateFactor == 1 && explanation.dateDecay == configuration.dateDecayFloor)
        #expect(explanation.daysApart == 730)
        // With the ceiling above the pair's similarity, the floor fades in proportion.
        var higher = clusterer
        higher.configuration.dateDecayCeiling = 2 * base - configuration.eventThreshold
        let halfway = configuration.dateDecayFloor + (1 - configuration.dateDecayFloor) / 2
        let faded = higher.similarity(Fixtures.shootingA1, later, corpus: [Fixtures.shootingA1, later])
        #expect(abs(faded - base * halfway) < 1e-9)
    }

    @Test(arguments: [
        // (decayed factor, content similarity, expected): threshold 0.16, ceiling 0.25.
        (0.4, 0.10, 0.4), (0.4, 0.16, 0.4), (0.4, 0.205, 0.7), (0.4, 0.25, 1.0), (0.4, 0.9, 1.0),
        (1.0, 0.10, 1.0), (0.0, 0.9, 0.0),
    ])
    func dateFactorFadesBetweenThresholdAndCeiling(_ factor: Double, _ content: Double, _ expected: Double) {
        var configuration = ClusteringConfiguration()
        configuration.eventThreshold = 0.16
        configuration.dateDecayCeiling = 0.25
        #expect(abs(CorpusFeatures.faded(factor, content: content, configuration: configuration) - expected) < 1e-12)
        // A ceiling at or below the threshold turns the fade off.
        configuration.dateDecayCeiling = 0.16
        #expect(CorpusFeatures.faded(factor, content: content, configuration: configuration) == factor)
    }

    @Test(arguments: [(0.0, 1.0), (-1.0, 0.5), (-2.5, 0.176_776_695_296_636_9), (-0.3, 0.812_252_396_356_236_4)])
    func exponentialMatchesPowersOfTwo(_ x: Double, _ expected: Double) {
        #expect(abs(exponential2(x) - expected) < 1e-12)
    }

    @Test func outputOrderAndCoverage() {
        let all = [Fixtures.rehabD1, Fixtures.shootingB2, Fixtures.wireOriginal, Fixtures.shootingA2,
                   Fixtures.shootingA1, Fixtures.rehabC1, Fixtures.shootingB1]
        let clusters = clusterer.cluster(all)
        #expect(clusters.map(\.id) == clusters.indices.map { "E\($0 + 1)" })
        let ids = clusters.flatMap(\.articleIDs)
        #expect(ids.sorted() == all.map(\.id).sorted())
        // Larger clusters first, then the earliest date: a (Mar 4) before b (Mar 21).
        #expect(clusters[0].articleIDs == ["a1", "a2"])
        #expect(clusters[1].articleIDs == ["b1", "b2"])
        // Singletons: dated (w1) before undated (c1, d1 by id).
        #expect(clusters[2...].map(\.articleIDs) == [["w1"], ["c1"], ["d1"]])
        #expect(clusters[2...].allSatisfy { $0.cohesion == 1 })
        for cluster in clusters { #expect(cluster.cohesion == (cluster.cohesion * 1000).rounded() / 1000) }
    }

    @Test func membersAreOrderedByDateThenIdWithUndatedLast() {
        // Three copies of one wire story whose ids run against their dates, and one undated.
        func copy(_ id: String, _ date: String?, source: String) -> NormalizedArticle {
            TestArticle.make(
                id: id, title: "Senate passes $45 billion bridge and rail plan", body: Fixtures.wireBody,
                date: date.flatMap(TestArticle.day), source: source)
        }
        let all = [copy("a", "2023-07-15", source: "One"), copy("b", nil, source: "Two"),
                   copy("c", "2023-07-13", source: "Three"), copy("d", "2023-07-14", source: "Four"),
                   copy("e", "2023-07-13", source: "Five")]
        let clusters = clusterer.cluster(all)
        #expect(clusters.count == 1)
        #expect(clusters.first?.articleIDs == ["c", "e", "d", "a", "b"])
        #expect(clusters.first?.nearDuplicateGroups == [["c", "e", "d", "a", "b"]])
    }

    @Test func shuffledInputGivesIdenticalOutput() {
        let all = [Fixtures.shootingA1, Fixtures.shootingA2, Fixtures.shootingB1, Fixtures.shootingB2,
                   Fixtures.rehabC1, Fixtures.rehabC2, Fixtures.rehabD1, Fixtures.rehabD2,
                   Fixtures.wireOriginal, Fixtures.wireCopy]
        let expected = clusterer.cluster(all)
        var generator = TestRandom(seed: 12)
        for _ in 0..<5 {
            #expect(clusterer.cluster(all.shuffled(using: &generator)) == expected)
        }
    }

    @Test func similarityIsSymmetricAndBounded() {
        let corpus = [Fixtures.shootingA1, Fixtures.shootingA2, Fixtures.shootingB1]
        let ab = clusterer.similarity(Fixtures.shootingA1, Fixtures.shootingA2, corpus: corpus)
        let ba = clusterer.similarity(Fixtures.shootingA2, Fixtures.shootingA1, corpus: corpus)
        #expect(ab == ba)
        #expect(ab > 0 && ab <= 1)
        #expect(clusterer.similarity(Fixtures.shootingA1, Fixtures.shootingA1, corpus: corpus) == 1)
        // Articles outside the corpus are added to it.
        #expect(clusterer.similarity(Fixtures.shootingA1, Fixtures.shootingA2, corpus: []) > 0)
    }

    @Test func theNameShareBlendsInTheNameCosine() {
        let corpus = [Fixtures.shootingA1, Fixtures.shootingA2, Fixtures.shootingB1]
        var names = clusterer
        names.configuration.nameSimilarityShare = 1
        let byTerms = clusterer.similarity(Fixtures.shootingA1, Fixtures.shootingA2, corpus: corpus)
        let byNames = names.similarity(Fixtures.shootingA1, Fixtures.shootingA2, corpus: corpus)
        #expect(byNames > 0 && byNames <= 1)
        #expect(byNames != byTerms)
        names.configuration.nameSimilarityShare = 0.5
        #expect(groups(names.cluster(corpus)) == [["a1", "a2"], ["b1"]])
    }

    @Test(arguments: [0.0, 0.5])
    func nameFeaturesAreKeptOnlyWhenANameShareReadsThem(share: Double) {
        var configuration = ClusteringConfiguration()
        configuration.nameSimilarityShare = share
        var features = FeatureExtractor(configuration: configuration).features(of: Fixtures.shootingA1)
        features.weigh(configuration: configuration, boilerplate: [])
        let (all, names) = features.takeWeighedFeatures()
        #expect(!all.isEmpty)
        #expect(names.isEmpty == (share == 0))
        // Every name feature is also in the full list.
        #expect(names.allSatisfy { name in all.contains { $0.key == name.key } })
    }

    @Test func emptyInput() {
        #expect(clusterer.cluster([]).isEmpty)
    }
}

/// SplitMix64 for repeatable shuffles in tests.
struct TestRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct EventScorerTests {
    @Test func scorerMatchesTheClustererScore() {
        let corpus = [Fixtures.shootingA1, Fixtures.shootingA2, Fixtures.shootingB1, Fixtures.wireOriginal, Fixtures.wireCopy]
        let scorer = EventScorer(corpus: corpus)
        let clusterer = EventClusterer()
        #expect(scorer.similarity("a1", "a2") == clusterer.similarity(Fixtures.shootingA1, Fixtures.shootingA2, corpus: corpus))
        #expect(scorer.similarity("a1", "a1") == 1)
        #expect(scorer.similarity("a1", "zz") == nil)
        #expect(scorer.shingleJaccard("w1", "w2")! >= clusterer.configuration.nearDuplicateThreshold)
        #expect(scorer.shingleJaccard("a1", "a2")! < 0.1)
    }
}
