/// Datelines: the `MOSCOW (AP) –` lead-in that wire stories open with.
public enum Dateline {
    /// The text without a leading dateline (a short lead ending in a parenthesised outlet and a
    /// dash or colon); the text as is when it has none.
    ///
    /// `MOSCOW (AP) – Russia's top diplomat…` → `Russia's top diplomat…`.
    public static func removing(from text: String) -> String {
        let head = text.prefix(100)
        guard let close = head.firstIndex(of: ")") else { return text }
        let rest = text[text.index(after: close)...].drop { $0 == " " }
        guard let dash = rest.first, "-–—:".contains(dash) else { return text }
        let body = rest.dropFirst().drop { $0 == " " }
        return body.isEmpty ? text : String(body)
    }
}
