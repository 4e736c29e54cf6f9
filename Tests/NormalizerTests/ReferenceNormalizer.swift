@testable import Normalizer

/// The `String`-based implementations the byte-level normalizer replaced, frozen as they were,
/// so tests can check that the fast code gives the same answers on any input.
enum ReferenceNormalizer {
    // MARK: Paragraphs

    /// `TextNormalizer.paragraphRanges` as it was: every byte of every line measured for white space.
    static func paragraphRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var start = 0, index = 0, lineStart = 0, paragraphEnd = 0
        var lineBlank = true, inParagraph = false
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                if lineBlank {
                    if inParagraph { paragraphs.append(start..<paragraphEnd) }
                    inParagraph = false
                } else {
                    if !inParagraph { start = lineStart; inParagraph = true }
                    paragraphEnd = index
                }
                index += 1
                lineStart = index
                lineBlank = true
                continue
            }
            let length = UTF8Scanner.whitespaceLength(in: bytes, at: index)
            if length == 0 { lineBlank = false }
            index += max(length, 1)
        }
        if inParagraph { paragraphs.append(start..<paragraphEnd) }
        return paragraphs.map { UTF8Scanner.trim(bytes, $0) }.filter { !$0.isEmpty }
    }

    // MARK: Folding

    /// `Folding.foldCommon` as it was: scalar by scalar into an array, then a `String`.
    static func foldCommon(_ text: some StringProtocol) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func append(_ byte: UInt8) {
            if pendingSpace {
                if !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
            }
            bytes.append(byte)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { pendingSpace = true; continue }
                if byte < 0x20 || byte == 0x7F || byte == 0x60 { return nil }
                append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
                continue
            }
            if value == 0x2026 {
                append(0x2E); append(0x2E); append(0x2E)
                continue
            }
            if UTF8Scanner.isWhitespace(scalar), value != 0x85, value != 0x1680 { pendingSpace = true; continue }
            let mapped = Folding.fold(scalar)
            guard mapped != scalar, mapped.isASCII, value != 0x00B4, value != 0x2032, value != 0x2033 else { return nil }
            append(UInt8(mapped.value))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `Folding.fold` as it was.
    static func fold(_ text: some StringProtocol) -> String {
        foldCommon(text) ?? Folding.foldWithFoundation(text)
    }

    // MARK: Stemming

    /// `Stemmer.stem` as it was.
    static func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.count >= 4, w.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
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
        if ends(w, "ly"), w.count - 2 >= 4 { w.removeLast(2) }
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
        if strippedVerbSuffix, w.count >= 4, w[w.count - 1] == w[w.count - 2], !"aeiouy".utf8.contains(w[w.count - 1]),
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

    private static func hasVowel(_ word: some Collection<UInt8>) -> Bool {
        word.contains { "aeiou".utf8.contains($0) } || word.dropFirst().contains(UInt8(ascii: "y"))
    }

    // MARK: Boilerplate lines

    // The word lists are the production ones; only the matching is the original String code.
    private static let prefixes = BoilerplateLines.prefixes
    private static let wholeLines = BoilerplateLines.wholeLines

    /// `BoilerplateLines.isBoilerplate` as it was, on strings.
    static func isBoilerplate(_ line: some StringProtocol, folded knownFold: String? = nil) -> Bool {
        guard BoilerplateLines.spaceSeparatedRuns(line.utf8, limit: 43) <= 42 else { return false }
        let trimmed = line.trimmingWhitespace()
        guard !trimmed.isEmpty else { return false }
        let wordCount = BoilerplateLines.spaceSeparatedRuns(trimmed.utf8, limit: 41)
        guard wordCount <= 40 else { return false }
        if isBareURL(trimmed) { return true }
        let folded = knownFold ?? fold(trimmed)
        if wordCount <= 8, wholeLines.contains(strippingTrailingMarks(folded)) { return true }
        if asciiContains(folded, "all rights reserved") { return true }
        if asciiContains(folded, "may not be published, broadcast") || asciiContains(folded, "may not be reproduced") {
            return true
        }
        let promo = (asciiContains(folded, "get the ") || asciiContains(folded, "download the ") || asciiContains(folded, "download our "))
            && (folded.hasSuffix(" app") || asciiContains(folded, " app ") || asciiContains(folded, " app.") || asciiContains(folded, " apps"))
        if promo, wordCount <= 25 { return true }
        for prefix in prefixes where folded.utf8.starts(with: prefix.utf8) {
            switch prefix {
            case "get the", "download the":
                if asciiContains(folded, " app") || asciiContains(folded, "newsletter") { return true }
            case "more:", "watch:", "listen:":
                if wordCount <= 20 { return true }
            default:
                if wordCount <= 25 { return true }
            }
        }
        var upper = 0, lower = 0
        for scalar in trimmed.unicodeScalars where UTF8Scanner.isLetter(scalar) {
            if UTF8Scanner.isUppercase(scalar) { upper += 1 } else { lower += 1 }
        }
        guard upper >= 8, lower * 5 <= upper else { return false }
        let calls = ["click", "download", "subscribe", "sign up", "get the", " app", "newsletter", "watch", "follow", "listen"]
        return calls.contains { asciiContains(folded, $0) }
    }

    private static func strippingTrailingMarks(_ folded: String) -> String {
        var stripped = folded
        while let last = stripped.unicodeScalars.last, ".:!»>|-".unicodeScalars.contains(last) {
            stripped.unicodeScalars.removeLast()
        }
        return stripped.trimmingWhitespace()
    }

    private static func isBareURL(_ line: some StringProtocol) -> Bool {
        guard let first = line.utf8.first, first | 0x20 == UInt8(ascii: "h") || first | 0x20 == UInt8(ascii: "w") else { return false }
        let lower = line.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") else { return false }
        return !lower.utf8.contains(UInt8(ascii: " "))
    }
}
