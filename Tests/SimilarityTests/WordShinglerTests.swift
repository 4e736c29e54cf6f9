import Testing
@testable import Similarity

@Suite struct WordShinglerTests {
    let shingler = WordShingler(size: 3, seed: 5)

    @Test func oneShinglePerWindow() {
        let words = ["a", "b", "c", "d", "e"]
        #expect(shingler.shingles(words).count == 3)
    }

    @Test func repeatedWindowsCountOnce() {
        #expect(shingler.shingles(["a", "b", "c", "a", "b", "c"]).count == 3)  // abc, bca, cab
    }

    @Test func shortDocumentsUseWhatTheyHave() {
        #expect(shingler.shingles(["a", "b"]).count == 1)
        #expect(shingler.shingles(["a", "b"]) != shingler.shingles(["b", "a"]))
        #expect(shingler.shingles([]).isEmpty)
    }

    @Test func sharedWindowsShareHashes() {
        let a = shingler.shingles(["russia", "recalled", "its", "ambassador", "today"])
        let b = shingler.shingles(["moscow", "russia", "recalled", "its", "ambassador"])
        #expect(SortedSet.intersectionCount(a, b) == 2)
        #expect(a == a.sorted())
    }

    @Test func exactJaccard() {
        #expect(SortedSet.jaccard([1, 2, 3, 4], [3, 4, 5, 6]) == 2.0 / 6.0)
        #expect(SortedSet.jaccard([Int](), []) == 0)
        #expect(SortedSet.uniqued([3, 1, 3, 2]) == [1, 2, 3])
    }
}
