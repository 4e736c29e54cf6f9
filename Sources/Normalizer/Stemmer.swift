/// A light, conservative English suffix stripper (in the spirit of Porter's step 1).
///
/// It conflates inflections so `talks`, `talked`, `talking` meet as `talk`, and `countries`
/// meets `country`, without Porter's aggressive derivational steps. Stems need not be words
/// (`force` and `forced` both give `forc`); they only need to agree.
package enum Stemmer {
    /// Stems one folded, ASCII-lowercase word; other words are returned unchanged.
    ///
    /// Rules, in order: plural and `-ied` (`ies`/`ied`→`y`, `sses`→`ss`, `(ch|sh|x|z|ss)es`→drop
    /// `es`, `s`→drop unless `ss`/`us`/`is`), then `-ly`, then `-eed`/`-ed`/`-ing` when a vowel
    /// remains, then undoubling (`stopp`→`stop`) and a final silent `e`.
    /// - Complexity: O(length of the word).
    package static func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.count >= 4, w.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }

        // Step 1: plurals, third person, -ied.
        if ends(w, "ies") || ends(w, "ied") {
            if w.count > 4 { w.removeLast(3); w.append(UInt8(ascii: "y")) }
        } else if ends(w, "sses") {
            w.removeLast(2)
        } else if ends(w, "es"), w.count > 4, ends(w.dropLast(2), "ch") || ends(w.dropLast(2), "sh")
            || ends(w.dropLast(2), "x") || ends(w.dropLast(2), "z") || ends(w.dropLast(2), "ss") {
            w.removeLast(2)
        } else if ends(w, "s"), !ends(w, "ss"), !ends(w, "us"), !ends(w, "is"), !ends(w, "'s") {
            w.removeLast()
        }

        // Step 2: adverbs in -ly, keeping at least four letters.
        if ends(w, "ly"), w.count - 2 >= 4 { w.removeLast(2) }

        // Step 3: -eed, -ed, -ing.
        var strippedVerbSuffix = false
        if ends(w, "eed") {
            if w.count - 3 >= 3 { w.removeLast(1) }
        } else if ends(w, "ed"), w.count - 2 >= 3, hasVowel(w.dropLast(2)) {
            w.removeLast(2)
            strippedVerbSuffix = true
        } else if ends(w, "ing"), w.count - 3 >= 3, hasVowel(w.dropLast(3)) {
            w.removeLast(3)
            strippedVerbSuffix = true
        }

        // Step 4: undouble a final consonant left by -ed/-ing, drop a final silent e.
        if strippedVerbSuffix, w.count >= 4, w[w.count - 1] == w[w.count - 2], !isVowel(w[w.count - 1]),
            !"lsz".utf8.contains(w[w.count - 1]) {
            w.removeLast()
        }
        if w.last == UInt8(ascii: "e"), w.count - 1 >= 3 { w.removeLast() }
        return String(decoding: w, as: UTF8.self)
    }

    private static func ends(_ word: some Collection<UInt8>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.count >= count else { return false }
        return suffix.withUTF8Buffer { word.suffix(count).elementsEqual($0) }
    }

    private static func isVowel(_ byte: UInt8) -> Bool { "aeiouy".utf8.contains(byte) }

    private static func hasVowel(_ word: some Collection<UInt8>) -> Bool { word.contains { "aeiou".utf8.contains($0) } || word.dropFirst().contains(UInt8(ascii: "y")) }
}
