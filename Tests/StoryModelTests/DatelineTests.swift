import Testing
import StoryModel

@Suite struct DatelineTests {
    /// The character-based definition the byte scan must agree with.
    static func reference(_ text: String) -> String {
        let head = text.prefix(100)
        guard let close = head.firstIndex(of: ")") else { return text }
        let rest = text[text.index(after: close)...].drop { $0 == " " }
        guard let dash = rest.first, "-–—:".contains(dash) else { return text }
        let body = rest.dropFirst().drop { $0 == " " }
        return body.isEmpty ? text : String(body)
    }

    @Test func removesWireDatelines() {
        #expect(Dateline.removing(from: "MOSCOW (AP) – Russia's top diplomat said") == "Russia's top diplomat said")
        #expect(Dateline.removing(from: "WASHINGTON (Reuters) - The Senate voted") == "The Senate voted")
        #expect(Dateline.removing(from: "LONDON (AFP): Talks resumed") == "Talks resumed")
        #expect(Dateline.removing(from: "The mayor (a Democrat) said no") == "The mayor (a Democrat) said no")
        #expect(Dateline.removing(from: "MOSCOW (AP) –") == "MOSCOW (AP) –")
    }

    @Test func agreesWithTheCharacterDefinition() {
        let pieces = ["MOSCOW", " ", "(AP)", ")", "(", " – ", " - ", " — ", ":", "é", "東京", "\r\n", "\u{301}", "x", "word ", "🚀", "-", "\n"]
        var generator = Xorshift(state: 0x9E37_79B9_7F4A_7C15)
        var texts = [
            String(repeating: "a", count: 99) + ") - body", String(repeating: "a", count: 100) + ") - body",
            String(repeating: "é", count: 99) + ") - body", String(repeating: "é", count: 100) + ") - body",
            "KYIV )\u{301} - body", "KYIV (AP)\u{301}- body", "\r\n(AP) - body", "", ")", ") -", ") - x",
        ]
        for _ in 0..<2_000 {
            texts.append((0..<Int.random(in: 1...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            #expect(Dateline.removing(from: text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    /// A seeded generator, so every run checks the same texts.
    struct Xorshift: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }
}
