import Testing
@testable import Similarity
import StoryModel

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
        // Weights are kept in single precision.
        #expect(abs(a0 / b0 - (1 + logarithm(10))) < 1e-6)
        let a1 = corpus.vectors[1].weight(of: corpus.dictionary.id(of: WeightedFeature.key(of: "a"))!)
        let b1 = corpus.vectors[1].weight(of: corpus.dictionary.id(of: WeightedFeature.key(of: "b"))!)
        #expect(abs(b1 / a1 - 3) < 1e-6)
        #expect(abs(corpus.vectors[1].norm - 1) < 1e-6)
    }

    @Test func everyDocumentIsWeighedByTheFormulaWhateverTheThreadCount() {
        // Hundreds of documents, some features repeated within a document and some unsorted,
        // weighed on one and two threads against the formula computed directly.
        var generator = SplitMix64(seed: 21)
        let vocabulary = (0..<400).map { _ in generator.next() }
        let documents: [[WeightedFeature]] = (0..<700).map { _ in
            (0..<Int(generator.next() % 60)).map { _ in
                WeightedFeature(
                    key: vocabulary[Int(generator.next() % 400)], count: Int(generator.next() % 3),
                    boost: [1, 1.5, 2][Int(generator.next() % 3)])
            }
        }
        var merged: [[UInt64: (count: Int, boost: Double)]] = []
        for document in documents {
            var bag: [UInt64: (count: Int, boost: Double)] = [:]
            for feature in document where feature.count > 0 {
                let old = bag[feature.key] ?? (0, 0)
                bag[feature.key] = (old.count + feature.count, max(old.boost, feature.boost))
            }
            merged.append(bag)
        }
        var frequency: [UInt64: Int] = [:]
        for bag in merged { for key in bag.keys { frequency[key, default: 0] += 1 } }
        for threads in [ThreadCount.exactly(1), .exactly(2)] {
            let corpus = weighter.weigh(documents, threads: threads)
            #expect(corpus.dictionary.keys == frequency.keys.sorted())
            for (document, (bag, vector)) in zip(merged, corpus.vectors).enumerated() {
                var weights: [UInt64: Double] = [:]
                for (key, feature) in bag {
                    let idf = weighter.inverseDocumentFrequency(documentFrequency: frequency[key]!, documentCount: documents.count)
                    weights[key] = (1 + logarithm(Double(feature.count))) * idf * feature.boost
                }
                let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
                #expect(vector.ids.count == bag.count, "document \(document)")
                for (key, weight) in weights {
                    let id = corpus.dictionary.id(of: key)!
                    // Kept in single precision: within half a unit in the last place of a Float.
                    #expect(abs(vector.weight(of: id) - weight / norm) <= 0.6e-7 * weight / norm, "document \(document)")
                }
            }
        }
    }

    @Test func vectorsShareOneBufferAndDropZeroWeights() {
        let documents: [[WeightedFeature]] = [
            [WeightedFeature(term: "a", count: 1), WeightedFeature(term: "b", count: 2)],
            [WeightedFeature(term: "b", count: 1), WeightedFeature(term: "c", count: 1, boost: 0)],
            [WeightedFeature(term: "a", count: 3), WeightedFeature(term: "c", count: 1)],
        ]
        let corpus = weighter.weigh(documents, threads: .exactly(2))
        let c = corpus.dictionary.id(of: WeightedFeature(term: "c", count: 1).key)!
        #expect(corpus.vectors.map(\.count) == [2, 1, 2])
        #expect(corpus.vectors[1].weight(of: c) == 0 && corpus.vectors[2].weight(of: c) > 0)
        #expect(corpus.vectors.allSatisfy { abs($0.norm - 1) < 1e-6 })
        // The first and last documents have no zero weight: their ids and weights sit in the
        // corpus's buffers, one after another (the middle document's two entries between).
        let first = corpus.vectors[0], last = corpus.vectors[2]
        #expect(last.ids.startIndex == first.ids.endIndex + 2)
        first.weights.withUnsafeBufferPointer { a in
            last.weights.withUnsafeBufferPointer { b in #expect(a.baseAddress! + 4 == b.baseAddress!) }
        }
    }

    @Test func repeatedKeysMerge() {
        let corpus = weighter.weigh([[WeightedFeature(term: "x", count: 1), WeightedFeature(term: "x", count: 2, boost: 2)]])
        #expect(corpus.dictionary.count == 1)
        #expect(corpus.documentFrequencies == [1])
    }
}
