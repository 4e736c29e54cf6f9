@testable import Normalizer

/// Lines and sentences for comparing the byte-level normalizer with `ReferenceNormalizer`: the
/// seed texts cut into lines and sentences, boilerplate in many spellings, and text that takes
/// the rare paths (scalars that are not ASCII, combining marks, odd white space, long lines).
enum TrickyTexts {
    /// Hand-written lines that probe the edges of every rule.
    static let handWritten: [String] = [
        "CLICK HERE TO GET THE FOX NEWS APP", "Click here", "CLICK HERE TO SUBSCRIBE, ÜBER-NEWS", "Sign up for our daily newsletter",
        "Read more: Why the talks failed", "Read more »", "Read more...", "READ MORE", "Advertisement", "Advertisement »",
        "  Advertisement  ", "\u{00A0}Advertisement\u{2009}", "Advertisement -", "Advertisement>|", "Loading...", "loading…",
        "Share this article:", "Follow us on Twitter", "Copyright 2021 The Associated Press. All rights reserved.",
        "© 2021 Example Media", "(c) 2021 Example", "All rights reserved.", "This material may not be published, broadcast, rewritten or redistributed.",
        "It may not be reproduced without permission.", "https://example.com/news/123", "HTTP://EXAMPLE.COM", "www.example.com",
        "www.example.com/a b", "http://\u{301}example.com", "https://é.example", "Www.Example.Com/path", "httpx://example.com",
        "(Photo: John Smith/Example)", "Download the Example News app for breaking alerts", "Download our app.",
        "Get the Example app", "Get the Example app.", "get the example apps now", "Get the facts straight before you speak, the minister said.",
        "GET THE LATEST HEADLINES FROM OUR APP", "Get the x\u{0600} app", "get the \u{0600} app", "Get the newsletter: daily",
        "don’t miss this", "Don't miss it", "Want more? Here", "WATCH: the video", "Watch: a very long line " + String(repeating: "word ", count: 22),
        "More: here", "Listen: now", "Related: one", "Related", "Related.", "Getty Images", "REUTERS/Staff",
        "ÉCLICK HERE TO SUBSCRIBE NOW ÜBER", "ΚΛΙΚ ΕΔΩ ΤΩΡΑ SUBSCRIBE", "FOLLOW US ON INSTAGRAM AND TIKTOK", "LISTEN TO THE PODCAST NOW",
        "Russia recalled its ambassador to the United States.", "NATO and the EU met in Brussels.",
        "Read the full statement, Psaki said, and you will see.", "", " ", "\t", "a", "»", "-", "…",
        "Copyright law was at the heart of a long and bitter dispute between the two companies, which both claimed ownership of the technology in question and demanded damages.",
        String(repeating: "word ", count: 40) + "subscribe", String(repeating: "w ", count: 42), String(repeating: "w ", count: 43),
        "Café owners in Zürich said “no.” Über 40 % agreed — maybe.", "Cafe\u{301} Society met José in Me\u{301}xico.",
        "İstanbul ﬁnal ２０２１ Straße x´y", "The \u{212A}elvin scale", "Line\u{2028}separator and\u{0085}next", "tab\tseparated\tline",
        "“Russia’s” — Lavrov SAID", "MOSCOW (AP) – Russia’s top diplomat said…", "‘freeze’ – ‒ — ― − ‐ ‑", "x`y and x\u{7F}y",
    ]

    /// Every line and sentence of the seed texts, the hand-written lines, and each of those
    /// uppercased, lowercased and with white space around it.
    static var lines: [String] {
        var lines = handWritten
        for text in [SeedTexts.ap, SeedTexts.fox] {
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let bytes = Array(text.utf8)
            lines += SentenceSplitter.split(bytes, in: 0..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        let base = lines
        for line in base { lines += [line.uppercased(), line.lowercased(), " \(line)\u{00A0}", "\(line) »"] }
        return lines
    }
}
