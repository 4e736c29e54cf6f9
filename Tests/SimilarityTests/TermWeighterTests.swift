import Testing
@testable import Similarity

@Suite struct TermWeighterTests {
    let weighter = TermWeighter()

    @Test func twoDocumentsStillGetSensibleWeights() {
        let corpus = weighter.weigh([
            [WeightedFeature(term: "biden"), WeightedFeature(term: "putin"), WeightedFeature(term: "killer")],
            [WeightedFeature(term: "biden"), WeightedFeature(term: "putin"), WeightedFeature(term: "embassy")],
        ])
        let first = corpus.vectors[0]
        let shared = first.weight(of: corpus.dictionary.id(of: WeightedFeature.key(of: "biden"))!)
        let unique = first.weight(of: corpus.dictionary.id(of: WeightedFeature.key(of: "killer"))!)
        // A shared term weighs a little less than an unshared one, not a lot less.
        #expect(shared < unique)
        #expect(shared / unique > 0.8)
        #expect(corpus.vectors[0].cosine(corpus.vectors[1]) > 0.55)
    }

    @Test func idfFallsWithDocumentFrequencyInLargeCorpora() {
        let rare = weighter.inverseDocumentFrequency(documentFrequency: 1, documentCount: 1000)
        let common = weighter.inverseDocumentFrequency(documentFrequency: 900, documentCount: 1000)
        #expect(rare > 6 && rare < 7)
        #expect(common < 1.2)
    }

    @Test func sublinearTermFrequencyAndBoosts() {
        let corpus = weighter.weigh([
            [WeightedFeature(term: "a", count: 10), WeightedFeature(term: "b", count: 1)],
            [WeightedFeature(term: "a"), WeightedFeature(term: "b", boost: 3)],
        ])
        let a0 = corpus.vectors[0].weight(of: corpus.dictionary.id(of: WeightedFeature.key(of: "a"))!)
        let b0 = corpus.vectors[0].weight(of: corpus.dictionary.id(of: WeightedFeature.key(of: "b"))!)
        #expect(abs(a0 / b0 - (1 + logarithm(10))) < 1e-9)
        let a1 = corpus.vectors[1].weight(of: corpus.dictionary.id(of: WeightedFeature.key(of: "a"))!)
        let b1 = corpus.vectors[1].weight(of: corpus.dictionary.id(of: WeightedFeature.key(of: "b"))!)
        #expect(abs(b1 / a1 - 3) < 1e-9)
        #expect(abs(corpus.vectors[1].norm - 1) < 1e-12)
    }

    @Test func repeatedKeysMerge() {
        let corpus = weighter.weigh([[WeightedFeature(term: "x", count: 1), WeightedFeature(term: "x", count: 2, boost: 2)]])
        #expect(corpus.dictionary.count == 1)
        #expect(corpus.documentFrequencies == [1])
    }
}
