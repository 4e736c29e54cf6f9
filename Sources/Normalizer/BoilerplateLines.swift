/// Recognises lines that are page furniture, not reporting: app promos, share and follow
/// prompts, newsletter sign-ups, copyright notices, photo credits, bare URLs.
///
/// The rules are general patterns (no site names): `CLICK HERE TO GET THE … APP`,
/// `Sign up for …`, `Read more: …`, `Follow us on …`, `Copyright …`, `All rights reserved`,
/// `Advertisement`, `This material may not be published …`, `(Photo: …)`.
package enum BoilerplateLines {
    /// Prefixes (folded) that mark a short line as boilerplate.
    static let prefixes: [String] = [
        "click here", "sign up for", "sign up to", "sign up here", "subscribe to", "subscribe now",
        "subscribe for", "read more:", "read more at", "read more here", "read more about", "read more on",
        "related:", "related articles", "related stories", "related coverage", "recommended:",
        "follow us", "like us on facebook", "share this", "share on", "copyright", "©", "(c) ",
        "all rights reserved", "this material may not be published", "download the", "get the",
        "watch:", "watch the video", "listen:", "photo:", "(photo", "[photo", "image:", "(image",
        "credit:", "photograph:", "file photo", "(ap photo", "ap photo/", "getty images", "reuters/",
        "more:", "also read:", "see also:", "trending:", "breaking news alert", "newsletter:",
        "don't miss", "don’t miss", "want more", "to report a correction", "we want to hear from you",
    ]

    /// What a line that starts with a prefix must also satisfy to be boilerplate.
    private enum PrefixRule: Sendable {
        /// An app or newsletter promo (`get the`, `download the`), not "Get the facts straight".
        case appOrNewsletter
        /// At most 20 words (`more:`, `watch:`, `listen:`).
        case atMostTwentyWords
        /// At most 25 words (every other prefix).
        case atMostTwentyFiveWords
    }

    /// `prefixes` (their bytes and rule) by their first byte, so a line is compared only with
    /// those that can match; 256 lists, most empty.
    private static let prefixesByFirstByte: [[(bytes: [UInt8], rule: PrefixRule)]] = {
        var table = [[(bytes: [UInt8], rule: PrefixRule)]](repeating: [], count: 256)
        for prefix in prefixes {
            let rule: PrefixRule
            switch prefix {
            case "get the", "download the": rule = .appOrNewsletter
            case "more:", "watch:", "listen:": rule = .atMostTwentyWords
            default: rule = .atMostTwentyFiveWords
            }
            table[Int(prefix.utf8.first!)].append((Array(prefix.utf8), rule))
        }
        return table
    }()

    /// Whole lines (folded, trailing punctuation ignored) that are boilerplate.
    static let wholeLines: Set<String> = [
        "advertisement", "advertising", "ad", "sponsored", "sponsored content", "skip advertisement",
        "story continues below", "continue reading", "continue reading below", "read more",
        "share", "share this article", "share this story", "print", "email", "comments",
        "all rights reserved", "back to top", "loading", "loading...", "video", "related",
        "scroll to continue with content", "subscribe", "sign up",
    ]

    /// Whether a line (one line of a paragraph, or a whole short paragraph) is boilerplate.
    ///
    /// Only short lines qualify (at most 40 words), so a real paragraph that happens to begin
    /// with "Get the" survives.
    /// - Parameters:
    ///   - line: the line as written.
    ///   - folded: `Folding.fold(line)` when the caller has it already (it is computed otherwise).
    package static func isBoilerplate(_ line: some StringProtocol, folded knownFold: String? = nil) -> Bool {
        // Most paragraphs are far longer than any boilerplate line: reject them on a byte count
        // of space-separated runs before copying anything.
        guard spaceSeparatedRuns(line.utf8, limit: 43) <= 42 else { return false }
        let bytes = Array(line.utf8)
        var folded = knownFold
        return isBoilerplate(bytes, 0..<bytes.count, folded: &folded)
    }

    /// Whether the line at `line` of `bytes` (valid UTF-8) is boilerplate: the same answer as
    /// `isBoilerplate(String(decoding: bytes[line], as: UTF8.self), folded:)`, decided on the
    /// bytes (no `String` is built unless the line is short and the fold is not known).
    ///
    /// - Parameters:
    ///   - bytes: the text's UTF-8 bytes.
    ///   - line: the line's range.
    ///   - folded: `Folding.fold` of the trimmed line when known; when `nil` and the checks need
    ///     it, it is computed and stored here, so the caller can reuse it.
    package static func isBoilerplate(_ bytes: [UInt8], _ line: Range<Int>, folded: inout String?) -> Bool {
        // Trimming reads only the white space at the ends, so a long line is rejected by the
        // one count below, which stops after 41 runs.
        let trimmed = UTF8Scanner.trim(bytes, line)
        guard !trimmed.isEmpty else { return false }
        let wordCount = spaceSeparatedRuns(bytes[trimmed], limit: 41)
        guard wordCount <= 40 else { return false }
        if isBareURL(bytes, trimmed) { return true }
        if folded == nil { folded = bytes.withUnsafeBufferPointer { Folding.fold(utf8: UnsafeBufferPointer(rebasing: $0[trimmed])) } }
        let foldedString = folded!
        var fold = foldedString
        return fold.withUTF8 { foldedBytes in
            if wordCount <= 8, isWholeLine(foldedBytes) { return true }
            // One pass for the phrases that make a line boilerplate wherever they stand, and
            // for the start of an app promo.
            var promoLead = false
            for index in foldedBytes.indices {
                switch foldedBytes[index] {
                case UInt8(ascii: "a"):
                    if has(foldedBytes, "all rights reserved", at: index) { return true }
                case UInt8(ascii: "m"):
                    if has(foldedBytes, "may not be published, broadcast", at: index) || has(foldedBytes, "may not be reproduced", at: index) {
                        return true
                    }
                case UInt8(ascii: "g"):
                    if !promoLead, has(foldedBytes, "get the ", at: index) { promoLead = true }
                case UInt8(ascii: "d"):
                    if !promoLead, has(foldedBytes, "download the ", at: index) || has(foldedBytes, "download our ", at: index) {
                        promoLead = true
                    }
                default:
                    continue
                }
            }
            if promoLead, wordCount <= 25, isAppPromoEnd(foldedBytes, foldedString) { return true }
            guard let firstByte = foldedBytes.first else { return false }
            for (prefix, rule) in prefixesByFirstByte[Int(firstByte)] where startsWith(foldedBytes, prefix) {
                switch rule {
                case .appOrNewsletter:
                    if contains(foldedBytes, " app") || contains(foldedBytes, "newsletter") { return true }
                case .atMostTwentyWords:
                    if wordCount <= 20 { return true }
                case .atMostTwentyFiveWords:
                    if wordCount <= 25 { return true }
                }
            }
            return isShoutedPromo(bytes, trimmed, folded: foldedBytes)
        }
    }

    /// The number of runs of bytes other than " ", counting no further than `limit`.
    static func spaceSeparatedRuns(_ bytes: some Collection<UInt8>, limit: Int) -> Int {
        if let runs = bytes.withContiguousStorageIfAvailable({ countRuns($0, limit: limit) }) { return runs }
        return countRuns(bytes, limit: limit)
    }

    /// `spaceSeparatedRuns` on any bytes (specialized for contiguous ones).
    private static func countRuns(_ bytes: some Collection<UInt8>, limit: Int) -> Int {
        var runs = 0
        var inRun = false
        for byte in bytes {
            if byte == UInt8(ascii: " ") {
                inRun = false
            } else if !inRun {
                inRun = true
                runs += 1
                if runs >= limit { return runs }
            }
        }
        return runs
    }

    /// A line mostly in capitals that asks the reader to act (`CLICK HERE…`, `GET THE … APP`).
    private static func isShoutedPromo(_ bytes: [UInt8], _ line: Range<Int>, folded: UnsafeBufferPointer<UInt8>) -> Bool {
        var upper = 0, lower = 0
        var index = line.lowerBound
        while index < line.upperBound {
            // Each byte left adds at most one capital: once even all of them could not bring the
            // line back to shouting (lower * 5 <= upper), the answer is no.
            if lower * 5 > upper + (line.upperBound - index) { return false }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte >= 65 && byte <= 90 { upper += 1 } else if byte >= 97 && byte <= 122 { lower += 1 }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: index)
            if UTF8Scanner.isLetter(scalar) {
                if UTF8Scanner.isUppercase(scalar) { upper += 1 } else { lower += 1 }
            }
            index += length
        }
        guard upper >= 8, lower * 5 <= upper else { return false }
        let calls: [StaticString] = ["click", "download", "subscribe", "sign up", "get the", " app", "newsletter", "watch", "follow", "listen"]
        return calls.contains { contains(folded, $0) }
    }

    /// The end of an `… app` promo ("get the x app", "download the x app"): an app named.
    private static func isAppPromoEnd(_ folded: UnsafeBufferPointer<UInt8>, _ foldedString: String) -> Bool {
        endsWithApp(folded, foldedString) || contains(folded, " app ") || contains(folded, " app.") || contains(folded, " apps")
    }

    /// `wholeLines.contains(strippingTrailingMarks(folded))`, on the fold's bytes.
    private static func isWholeLine(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = folded.count
        // Trailing `.:!>|-` and `»` (C2 BB), scalar by scalar.
        while end > 0 {
            switch folded[end - 1] {
            case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "-"):
                end -= 1
                continue
            case 0xBB where end >= 2 && folded[end - 2] == 0xC2:
                end -= 2
                continue
            default:
                break
            }
            break
        }
        // Then white space at both ends.
        var start = 0
        while start < end {
            let (scalar, length) = UTF8Scanner.scalar(inValid: folded, at: start)
            guard UTF8Scanner.isWhitespace(scalar), start + length <= end else { break }
            start += length
        }
        while end > start {
            var scalarStart = end - 1
            while scalarStart > start, folded[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
            guard UTF8Scanner.isWhitespace(UTF8Scanner.scalar(inValid: folded, at: scalarStart).0) else { break }
            end = scalarStart
        }
        // No whole line is longer than this; the rest are compared as strings.
        guard end - start <= longestWholeLine else { return false }
        return wholeLines.contains(String(decoding: UnsafeBufferPointer(rebasing: folded[start..<end]), as: UTF8.self))
    }

    /// The longest of `wholeLines`, in UTF-8 bytes.
    private static let longestWholeLine = wholeLines.map(\.utf8.count).max() ?? 0

    /// Whether `needle` occurs in `haystack` at `index`.
    @inline(__always)
    private static func has(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: StaticString, at index: Int) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard haystack.count - index >= count else { return false }
        let pin = needle.utf8Start
        for offset in 0..<count where haystack[index + offset] != pin[offset] { return false }
        return true
    }

    /// `folded.hasSuffix(" app")`, on the bytes unless a scalar before the suffix could join
    /// its space into one character (then as `String` compares it).
    private static func endsWithApp(_ folded: UnsafeBufferPointer<UInt8>, _ foldedString: String) -> Bool {
        let suffix: StaticString = " app"
        let count = suffix.utf8CodeUnitCount
        guard folded.count >= count else { return false }
        let start = folded.count - count
        for offset in 0..<count where folded[start + offset] != suffix.utf8Start[offset] { return false }
        if start > 0, folded[start - 1] >= 0x80 { return foldedString.hasSuffix(" app") }
        return true
    }

    /// A line that is only a URL: `line.lowercased()` starts with `http://`, `https://` or
    /// `www.` and has no space.
    private static func isBareURL(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard let first = bytes[line].first, first | 0x20 == UInt8(ascii: "h") || first | 0x20 == UInt8(ascii: "w") else { return false }
        // Only ASCII letters lowercase to these prefixes, so the bytes decide, unless a scalar
        // that is not ASCII right after the prefix could join its last character.
        var matched = false
        for prefix: StaticString in ["http://", "https://", "www."] {
            let count = prefix.utf8CodeUnitCount
            guard line.count >= count else { continue }
            var same = true
            for offset in 0..<count {
                let byte = bytes[line.lowerBound + offset]
                let lowered = byte >= 65 && byte <= 90 ? byte + 32 : byte
                if lowered != prefix.utf8Start[offset] { same = false; break }
            }
            guard same else { continue }
            if line.count > count, bytes[line.lowerBound + count] >= 0x80 {
                let lower = String(decoding: bytes[line], as: UTF8.self).lowercased()
                guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") else { return false }
            }
            matched = true
            break
        }
        return matched && !bytes[line].contains(UInt8(ascii: " "))
    }

    /// Whether `needle` occurs in `haystack`, byte by byte (as `asciiContains`).
    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard haystack.count >= count else { return false }
        let pin = needle.utf8Start
        let first = pin[0]
        var start = 0
        let last = haystack.count - count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < count, haystack[start + offset] == pin[offset] { offset += 1 }
                if offset == count { return true }
            }
            start += 1
        }
        return false
    }

    /// Whether `bytes` starts with `prefix`.
    @inline(__always)
    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        for offset in 0..<prefix.count where bytes[offset] != prefix[offset] { return false }
        return true
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (Unicode spaces included).
    func trimmingWhitespace() -> String {
        // Slice the substring's own scalar view: no scalar-by-scalar rebuild.
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !UTF8Scanner.isWhitespace($0) }),
            let last = scalars.lastIndex(where: { !UTF8Scanner.isWhitespace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
