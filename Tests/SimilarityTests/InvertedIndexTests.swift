import Testing
@testable import Similarity
import StoryModel

@Suite struct InvertedIndexTests {
    let weighter = TermWeighter()

    @Test func proposesDocumentsSharingTopTerms() {
        let corpus = weighter.weigh([
            [WeightedFeature(term: "antonov", count: 3), WeightedFeature(term: "x")],
            [WeightedFeature(term: "antonov", count: 3), WeightedFeature(term: "y")],
            [WeightedFeature(term: "z", count: 3), WeightedFeature(term: "w")],
        ])
        let index = InvertedIndex(vectors: corpus.vectors, topTerms: 1, maxPostings: 10)
        #expect(index.candidatePairs() == [CandidatePair(0, 1)])
        let capped = InvertedIndex(vectors: corpus.vectors, topTerms: 1, maxPostings: 1)
        #expect(capped.candidatePairs().isEmpty)
    }

    @Test func indexesOnlyTermsAnotherDocumentHas() {
        // Document 0's heaviest term (1) is its own and its second (2) is in every document:
        // with one place each, it must index term 3, which only document 1 shares.
        let vectors = Self.vectors([
            [(1, 0.9), (2, 0.8), (3, 0.2)], [(2, 0.8), (3, 0.7)], [(2, 0.8), (4, 0.5)], [(2, 0.8), (4, 0.4)],
        ])
        let index = InvertedIndex(vectors: vectors, topTerms: 1, maxPostings: 3)
        #expect(index.candidatePairs() == [CandidatePair(0, 1), CandidatePair(2, 3)])
        // Term 2 is in all four documents: indexed when the cap allows four postings.
        let open = InvertedIndex(vectors: vectors, topTerms: 1, maxPostings: 4)
        #expect(open.candidatePairs().count == 6)
    }

    @Test func documentFrequenciesCountEachVectorOnceWhateverTheThreads() {
        var generator = SplitMix64(seed: 5)
        let vectors = (0..<20_000).map { _ in
            SparseVector(entries: (0..<8).map { _ in (id: Int32(generator.next() % 3_000), weight: 1) })
        }
        var expected = [UInt32](repeating: 0, count: Int(vectors.compactMap(\.ids.last).max()!) + 1)
        for vector in vectors { for id in Set(vector.ids) { expected[Int(id)] += 1 } }
        #expect(InvertedIndex.documentFrequencies(vectors, threads: .exactly(1)) == expected)
        #expect(InvertedIndex.documentFrequencies(vectors, threads: .exactly(3)) == expected)
        #expect(InvertedIndex.documentFrequencies([]).isEmpty)
    }

    /// Vectors from `(term, weight)` lists, unnormalized so the shared weight is easy to read.
    static func vectors(_ documents: [[(Int32, Double)]]) -> [SparseVector] {
        documents.map { SparseVector(entries: $0.map { (id: $0.0, weight: $0.1) }) }
    }

    @Test func keepsEachDocumentsStrongestNeighbours() {
        // 0–1 share a heavy term, 0–2 a light one, 2–3 a middling one.
        let vectors = Self.vectors([[(1, 0.9), (2, 0.1)], [(1, 0.9)], [(2, 0.1), (3, 0.5)], [(3, 0.5)]])
        let index = InvertedIndex(vectors: vectors, topTerms: 5, maxPostings: 10)
        #expect(index.candidatePairs() == [CandidatePair(0, 1), CandidatePair(0, 2), CandidatePair(2, 3)])
        // One neighbour each: 0 and 1 keep each other, 2 and 3 keep each other; 0–2 is nobody's best.
        #expect(index.candidatePairs(neighbors: 1) == [CandidatePair(0, 1), CandidatePair(2, 3)])
    }

    @Test func pairCountStaysLinearWhenEveryDocumentSharesATerm() {
        let vectors = (0..<300).map { document in
            SparseVector(entries: [(id: 7, weight: 1 + Double(document % 13)), (id: Int32(100 + document), weight: 1)])
        }
        let index = InvertedIndex(vectors: vectors, topTerms: 2, maxPostings: 1000)
        #expect(index.candidatePairs().count == 300 * 299 / 2)
        let capped = index.candidatePairs(neighbors: 4)
        #expect(capped.count <= 300 * 4)
        #expect(capped.count >= 300 * 4 / 2)
    }

    @Test func neighboursDoNotDependOnThreads() {
        var generator = SplitMix64(seed: 42)
        let vectors = (0..<2_000).map { _ in
            SparseVector(entries: (0..<12).map { _ in
                (id: Int32(generator.next() % 400), weight: Double(generator.next() % 1000 + 1) / 1000)
            })
        }
        let index = InvertedIndex(vectors: vectors, topTerms: 8, maxPostings: 200)
        let one = index.candidatePairs(neighbors: 10, threads: .exactly(1))
        #expect(!one.isEmpty)
        #expect(index.candidatePairs(neighbors: 10, threads: .exactly(3)) == one)
        #expect(Set(one).isSubset(of: Set(index.candidatePairs())))
    }
}

@Suite struct HeaviestEntriesTests {
    @Test func selectsTheSameEntriesAsSortingByWeightThenID() {
        var generator = SplitMix64(seed: 77)
        for _ in 0..<500 {
            // Few distinct weights, so ties are common.
            let vector = SparseVector(entries: (0..<Int(generator.next() % 60)).map { _ in
                (id: Int32(generator.next() % 200), weight: Double(generator.next() % 6 + 1))
            })
            let limit = Int(generator.next() % 40)
            let sorted = vector.ids.indices.sorted { a, b in
                vector.weights[a] != vector.weights[b] ? vector.weights[a] > vector.weights[b] : vector.ids[a] < vector.ids[b]
            }
            #expect(Set(InvertedIndex.heaviest(vector, limit: limit)) == Set(sorted.prefix(limit)))
        }
    }
}

@Suite struct StrongestNeighboursTests {
    @Test func selectsTheSameDocumentsAsSortingByScoreThenIndex() {
        var generator = SplitMix64(seed: 91)
        for _ in 0..<500 {
            // Few distinct scores (tiny ones included), so ties are common.
            let count = Int(generator.next() % 300)
            let scores = (0..<count).map { _ -> Float in
                generator.next() % 7 == 0 ? .leastNonzeroMagnitude : Float(generator.next() % 8 + 1) / 4
            }
            var touched = (0..<count).map(Int32.init)
            touched.shuffle(using: &generator)
            touched = Array(touched.prefix(Int(generator.next() % UInt64(count + 1))))
            let limit = Int(generator.next() % 60)
            let sorted = touched.sorted { a, b in
                scores[Int(a)] != scores[Int(b)] ? scores[Int(a)] > scores[Int(b)] : a < b
            }
            let chosen = InvertedIndex.strongest(touched[...], scores: scores, limit: limit)
            #expect(chosen.count == min(limit, touched.count))
            #expect(Set(chosen) == Set(sorted.prefix(limit)))
        }
    }
}
