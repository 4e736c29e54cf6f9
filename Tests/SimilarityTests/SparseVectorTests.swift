import Testing
@testable import Similarity
import StoryModel

@Suite struct SparseVectorTests {
    @Test func entriesAreSortedAndMerged() {
        let vector = SparseVector(entries: [(5, 1), (2, 2), (5, 3), (7, 0)])
        #expect(vector.ids == [2, 5])
        #expect(vector.weights == [2, 4])
        #expect(vector.weight(of: 5) == 4)
        #expect(vector.weight(of: 3) == 0)
    }

    @Test func cosineOfKnownVectors() {
        let a = SparseVector(entries: [(1, 1), (2, 1)])
        let b = SparseVector(entries: [(2, 1), (3, 1)])
        #expect(abs(a.cosine(b) - 0.5) < 1e-12)
        #expect(abs(a.cosine(a) - 1) < 1e-7)
        #expect(a.cosine(SparseVector(entries: [(9, 1)])) == 0)
        #expect(a.cosine(SparseVector()) == 0)
    }

    @Test func normalizedHasUnitLengthAndSameDirection() {
        let a = SparseVector(entries: [(1, 3), (4, 4)]).normalized()
        // Weights are kept in single precision.
        #expect(abs(a.norm - 1) < 1e-7)
        #expect(abs(a.weight(of: 1) - 0.6) < 1e-7)
    }

    @Test func dictionaryIdsDoNotDependOnOrder() {
        let one = TermDictionary(keys: [30, 10, 20, 10] as [UInt64])
        let two = TermDictionary(keys: [20, 30, 10] as [UInt64])
        #expect(one.keys == [10, 20, 30])
        #expect(one.id(of: 30) == two.id(of: 30))
        #expect(one.id(of: 40) == nil)
        #expect(one.key(1) == 20)
    }

    @Test func indexingACorpusAgreesWithTheDictionaryAndCountsDocuments() {
        // Enough keys for thousands of buckets, with shared keys, extremes and zero.
        var generator = SplitMix64(seed: 3)
        let shared = (0..<500).map { _ in generator.next() } + [0, 1, UInt64.max]
        let documents: [[UInt64]] = (0..<300).map { document in
            let own = (0..<Int(generator.next() % 200)).map { _ in generator.next() }
            let common = shared.filter { _ in generator.next() % 4 == 0 || document == 0 }
            return SortedSet.uniqued(own + common)
        }
        let expected = TermDictionary(keys: documents.joined())
        for threads in [ThreadCount.exactly(1), .exactly(2)] {
            let indexed = TermDictionary.indexing(documents, threads: threads)
            #expect(indexed.dictionary.keys == expected.keys)
            for (keys, ids) in zip(documents, indexed.ids) {
                #expect(Array(ids) == keys.map { expected.id(of: $0)! })
            }
            let zero = Int(expected.id(of: 0)!)
            #expect(indexed.documentFrequencies[zero] == documents.filter { $0.contains(0) }.count)
            #expect(indexed.documentFrequencies.reduce(0, +) == documents.reduce(0) { $0 + $1.count })
            // Numbered in place: each key becomes its id.
            var flat = Array(documents.joined())
            var offsets = [0]
            for keys in documents { offsets.append(offsets.last! + keys.count) }
            let numbered = TermDictionary.numbering(&flat, documentOffsets: offsets, threads: threads)
            #expect(numbered.dictionary.keys == expected.keys)
            #expect(flat == documents.joined().map { UInt64(expected.id(of: $0)!) })
            #expect(numbered.documentFrequencies == indexed.documentFrequencies)
            // Indexed in passes over ranges of buckets (as a large corpus is): the same result.
            for passes in [1, 3, 7, 64, 4096] {
                let inPasses = TermDictionary.indexing(documents, threads: threads, passes: passes)
                #expect(inPasses.dictionary.keys == indexed.dictionary.keys)
                #expect(inPasses.ids == indexed.ids)
                #expect(inPasses.documentFrequencies == indexed.documentFrequencies)
            }
        }
    }

    @Test func numberingMakesFewPassesOverALargeCorpus() {
        #expect(TermDictionary.passCount(occurrences: 0) == 1)
        #expect(TermDictionary.passCount(occurrences: 1_000) == 1)
        // 100k articles' 13 million occurrences: passes of 4 million.
        #expect(TermDictionary.passCount(occurrences: 13_000_000) == 4)
        // 1M articles' 130 million: 8 passes, each visiting every document once.
        #expect(TermDictionary.passCount(occurrences: 130_000_000) == 8)
        // Beyond 256 million, passes stop growing at 32 million occurrences (512 MB).
        #expect(TermDictionary.passCount(occurrences: 1_300_000_000) == 39)
    }

    @Test func dotProductMatchesSummingOverSharedIDs() {
        var generator = SplitMix64(seed: 9)
        for _ in 0..<200 {
            func random() -> SparseVector {
                SparseVector(entries: (0..<Int(generator.next() % 40)).map { _ in
                    (id: Int32(generator.next() % 60), weight: Double(generator.next() % 1000) / 100 + 0.01)
                })
            }
            let a = random(), b = random()
            var expected = 0.0
            for (id, weight) in zip(a.ids, a.weights) where b.ids.contains(id) { expected += Double(weight) * b.weight(of: id) }
            #expect(a.dot(b) == expected)
            #expect(b.dot(a) == a.dot(b) || abs(b.dot(a) - a.dot(b)) < 1e-9)
        }
    }

    @Test func candidatePairsOrderTheirIndicesAndNormalize() {
        let pairs = [CandidatePair(5, 2), CandidatePair(2, 5), CandidatePair(3, 3), CandidatePair(1, 70_000)]
        #expect(pairs[0].first == 2 && pairs[0].second == 5)
        #expect(CandidatePair.normalized(pairs) == [CandidatePair(1, 70_000), CandidatePair(2, 5)])
        var generator = SplitMix64(seed: 5)
        for _ in 0..<100 {
            func random() -> [CandidatePair] {
                CandidatePair.normalized((0..<Int(generator.next() % 50)).map { _ in
                    CandidatePair(Int(generator.next() % 20), Int(generator.next() % 20))
                })
            }
            let x = random(), y = random()
            #expect(SortedSet.union(x, y) == CandidatePair.normalized(x + y))
        }
    }

    /// Normalizing several parts on every core gives the one-list result, for any thread count,
    /// with repeats across parts, self-pairs and indices spread over a small or a large range.
    @Test(arguments: [1, 2, 3])
    func candidatePairsNormalizedInPartsMatchOneList(threads: Int) {
        var generator = SplitMix64(seed: UInt64(threads))
        for range in [1, 2, 50, 100_000, 1 << 31] {
            for _ in 0..<20 {
                let parts = (0..<Int(generator.next() % 6)).map { _ in
                    (0..<Int(generator.next() % 400)).map { _ in
                        CandidatePair(Int(generator.next() % UInt64(range)), Int(generator.next() % UInt64(range)))
                    }
                }
                let expected = CandidatePair.normalized(parts.flatMap { $0 })
                #expect(CandidatePair.normalized(parts, threads: .exactly(threads)) == expected)
            }
        }
    }

    @Test func logarithmMatchesKnownValues() {
        #expect(abs(logarithm(1)) < 1e-15)
        #expect(abs(logarithm(2.718_281_828_459_045) - 1) < 1e-14)
        #expect(abs(logarithm(1000) - 6.907_755_278_982_137) < 1e-12)
        #expect(abs(logarithm(0.001) + 6.907_755_278_982_137) < 1e-12)
    }
}
