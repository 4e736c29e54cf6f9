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
        return stem(&w) ? String(decoding: w, as: UTF8.self) : word
    }

    /// Whether `stem` can change the word: only words of four or more bytes ending in `s`, `d`,
    /// `g`, `y` or `e` can lose a suffix (a cheap test before copying the word).
    @inline(__always)
    static func mayStem(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 4 else { return false }
        switch word[word.count - 1] {
        case UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "g"), UInt8(ascii: "y"), UInt8(ascii: "e"): return true
        default: return false
        }
    }

    /// Stems a word held as bytes, in place (the same rules as `stem(_:)`).
    ///
    /// - Returns: whether the bytes changed; words that are not ASCII lowercase, or shorter than
    ///   four letters, never do.
    static func stem(_ w: inout [UInt8]) -> Bool {
        guard w.count >= 4 else { return false }
        for byte in w where byte < 97 || byte > 122 { return false }
        let original = w.count
        var appended = false

        // Step 1: plurals, third person, -ied.
        if ends(w, "ies") || ends(w, "ied") {
            if w.count > 4 { w.removeLast(3); w.append(UInt8(ascii: "y")); appended = true }
        } else if ends(w, "sses") {
            w.removeLast(2)
        } else if ends(w, "es"), w.count > 4, ends(w, "ches") || ends(w, "shes") || ends(w, "xes") || ends(w, "zes") || ends(w, "sses") {
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
        } else if ends(w, "ed"), w.count - 2 >= 3, hasVowel(w, before: w.count - 2) {
            w.removeLast(2)
            strippedVerbSuffix = true
        } else if ends(w, "ing"), w.count - 3 >= 3, hasVowel(w, before: w.count - 3) {
            w.removeLast(3)
            strippedVerbSuffix = true
        }

        // Step 4: undouble a final consonant left by -ed/-ing, drop a final silent e.
        if strippedVerbSuffix, w.count >= 4, w[w.count - 1] == w[w.count - 2], !isVowel(w[w.count - 1]),
            w[w.count - 1] != UInt8(ascii: "l"), w[w.count - 1] != UInt8(ascii: "s"), w[w.count - 1] != UInt8(ascii: "z") {
            w.removeLast()
        }
        if w.last == UInt8(ascii: "e"), w.count - 1 >= 3 { w.removeLast() }
        return appended || w.count != original
    }

    @inline(__always)
    private static func ends(_ word: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.count >= count else { return false }
        let start = word.count - count
        let pattern = suffix.utf8Start
        for offset in 0..<count where word[start + offset] != pattern[offset] { return false }
        return true
    }

    @inline(__always)
    private static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): return true
        default: return false
        }
    }

    /// Whether `word[..<end]` has a vowel: `aeiou` anywhere, or `y` after the first letter.
    private static func hasVowel(_ word: [UInt8], before end: Int) -> Bool {
        for index in 0..<end {
            switch word[index] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return true
            case UInt8(ascii: "y") where index > 0: return true
            default: continue
            }
        }
        return false
    }
}
