import Testing
@testable import Normalizer

@Suite struct ShortWordSetTests {
    /// Words that are not stop words but come close: prefixes, extensions, other cases, padding
    /// bytes, words at and past the 16-byte limit, and words that are not ASCII.
    private var nearMisses: [String] {
        var words: [String] = []
        for word in StopWords.list {
            words += [String(word.dropLast()), word + "s", word + "x", word.uppercased(), word.capitalized, word + "\0", "\0" + word, word + "é"]
        }
        words += ["", "killer", "embassy", "russia", "sanctions", "five", "one", "x", "zz", "nevertheles", "neverthelesss",
                  "abcdefghijklmnop", "abcdefghijklmnopq", "yourselvesyourse", "ça", "é", "über", "\u{212A}", String(repeating: "a", count: 40)]
        return words
    }

    @Test func everyStopWordIsFoundAtItsPosition() {
        let set = ShortWordSet(StopWords.list)
        #expect(set.count == Set(StopWords.list).count)
        for (position, word) in StopWords.list.enumerated() {
            #expect(set.contains(word), "\(word)")
            var copy = word
            #expect(copy.withUTF8 { set.index(of: $0) } == position, "\(word)")
            let bytes = Array(word.utf8)
            #expect(set.contains(bytes, 0..<bytes.count))
        }
    }

    @Test func agreesWithSetOfStringOnNearMisses() {
        let set = ShortWordSet(StopWords.list)
        let strings = Set(StopWords.list)
        var found = 0
        for word in nearMisses {
            #expect(set.contains(word) == strings.contains(word), "\(word.debugDescription)")
            #expect(StopWords.contains(word) == strings.contains(word), "\(word.debugDescription)")
            let bytes = Array(word.utf8)
            #expect(bytes.withUnsafeBufferPointer { StopWords.contains($0) } == strings.contains(word))
            if strings.contains(word) { found += 1 }
        }
        // Some near misses are stop words themselves ("an" from "and"): both answers occur.
        #expect(found > 0 && found < nearMisses.count)
    }

    @Test func rangesOfALargerBufferAreLookedUpAlone() {
        let set = ShortWordSet(["of", "the", "van"])
        let bytes = Array("bank of the vanguard".utf8)
        #expect(set.contains(bytes, 5..<7))
        #expect(set.contains(bytes, 8..<11))
        #expect(set.contains(bytes, 12..<15))
        #expect(!set.contains(bytes, 12..<16))
        #expect(!set.contains(bytes, 0..<0))
    }

    @Test func repeatedWordsKeepTheirFirstPosition() {
        let set = ShortWordSet(["sen", "deputy", "sen", "agent"])
        #expect(set.count == 3)
        var word = "agent"
        #expect(word.withUTF8 { set.index(of: $0) } == 2)
    }
}
