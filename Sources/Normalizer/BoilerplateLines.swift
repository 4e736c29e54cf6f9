/// Recognises lines that are page furniture, not reporting: app promos, share and follow
/// prompts, newsletter sign-ups, copyright notices, photo credits, bare URLs.
///
/// The rules are general patterns (no site names): `CLICK HERE TO GET THE … APP`,
/// `Sign up for …`, `Read more: …`, `Follow us on …`, `Copyright …`, `All rights reserved`,
/// `Advertisement`, `This material may not be published …`, `(Photo: …)`.
package enum BoilerplateLines {
    /// Prefixes (folded) that mark a short line as boilerplate.
    private static let prefixes: [String] = [
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

    /// `prefixes` by their first byte, so a line is compared only with those that can match.
    private static let prefixesByFirstByte: [UInt8: [String]] = Dictionary(grouping: prefixes) { $0.utf8.first! }

    /// Whole lines (folded, trailing punctuation ignored) that are boilerplate.
    private static let wholeLines: Set<String> = [
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
        // of space-separated runs before building strings (trimming can remove at most two runs).
        guard spaceSeparatedRuns(line.utf8, limit: 43) <= 42 else { return false }
        let trimmed = line.trimmingWhitespace()
        guard !trimmed.isEmpty else { return false }
        let wordCount = spaceSeparatedRuns(trimmed.utf8, limit: 41)
        guard wordCount <= 40 else { return false }
        if isBareURL(trimmed) { return true }
        let folded = knownFold ?? Folding.fold(trimmed)
        if wordCount <= 8, wholeLines.contains(strippingTrailingMarks(folded)) { return true }
        if asciiContains(folded, "all rights reserved") { return true }
        if asciiContains(folded, "may not be published, broadcast") || asciiContains(folded, "may not be reproduced") {
            return true
        }
        let promo = promoKind(folded)
        if promo, wordCount <= 25 { return true }
        guard let firstByte = folded.utf8.first else { return false }
        for prefix in prefixesByFirstByte[firstByte, default: []] where folded.utf8.starts(with: prefix.utf8) {
            switch prefix {
            case "get the", "download the":
                // Only an app or newsletter promo, not "Get the facts straight, she said."
                if asciiContains(folded, " app") || asciiContains(folded, "newsletter") { return true }
            case "more:", "watch:", "listen:":
                if wordCount <= 20 { return true }
            default:
                if wordCount <= 25 { return true }
            }
        }
        if isShoutedPromo(trimmed, folded: folded) { return true }
        return false
    }

    /// Folded text without trailing `.:!»>|-` marks and white space, for the whole-line list.
    private static func strippingTrailingMarks(_ folded: String) -> String {
        var stripped = folded
        while let last = stripped.unicodeScalars.last, ".:!»>|-".unicodeScalars.contains(last) {
            stripped.unicodeScalars.removeLast()
        }
        return stripped.trimmingWhitespace()
    }

    /// The number of runs of bytes other than " ", counting no further than `limit`.
    static func spaceSeparatedRuns(_ bytes: some Collection<UInt8>, limit: Int) -> Int {
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
    private static func isShoutedPromo(_ line: some StringProtocol, folded: String) -> Bool {
        var upper = 0, lower = 0
        for scalar in line.unicodeScalars where UTF8Scanner.isLetter(scalar) {
            if UTF8Scanner.isUppercase(scalar) { upper += 1 } else { lower += 1 }
        }
        guard upper >= 8, lower * 5 <= upper else { return false }
        let calls = ["click", "download", "subscribe", "sign up", "get the", " app", "newsletter", "watch", "follow", "listen"]
        return calls.contains { asciiContains(folded, $0) }
    }

    /// `… app` promos: "get the x app", "download the x app".
    private static func promoKind(_ folded: String) -> Bool {
        (asciiContains(folded, "get the ") || asciiContains(folded, "download the ") || asciiContains(folded, "download our "))
            && (folded.hasSuffix(" app") || asciiContains(folded, " app ") || asciiContains(folded, " app.") || asciiContains(folded, " apps"))
    }

    /// A line that is only a URL.
    private static func isBareURL(_ line: some StringProtocol) -> Bool {
        guard let first = line.utf8.first, first | 0x20 == UInt8(ascii: "h") || first | 0x20 == UInt8(ascii: "w") else { return false }
        let lower = line.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") else { return false }
        return !lower.utf8.contains(UInt8(ascii: " "))
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
