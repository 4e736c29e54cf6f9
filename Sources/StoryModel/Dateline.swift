/// Datelines: the `MOSCOW (AP) –` lead-in that wire stories open with.
public enum Dateline {
    /// The text without a leading dateline (a short lead ending in a parenthesised outlet and a
    /// dash or colon); the text as is when it has none.
    ///
    /// `MOSCOW (AP) – Russia's top diplomat…` → `Russia's top diplomat…`.
    public static func removing(from text: String) -> String {
        // The ")" among the first 100 characters: found on bytes while they are plain ASCII
        // (one byte, one character), else by characters.
        var close: String.Index?
        let utf8 = text.utf8
        var index = utf8.startIndex
        var offset = 0
        while index != utf8.endIndex, offset < 100 {
            let byte = utf8[index]
            if byte >= 0x80 || byte == 0x0D {
                close = text.prefix(100).firstIndex(of: ")")
                break
            }
            if byte == UInt8(ascii: ")") {
                let next = utf8.index(after: index)
                // A combining mark after ")" would make it part of another character.
                close = next != utf8.endIndex && utf8[next] >= 0x80 ? text.prefix(100).firstIndex(of: ")") : index
                break
            }
            index = utf8.index(after: index)
            offset += 1
        }
        guard let close else { return text }
        let rest = text[text.index(after: close)...].drop { $0 == " " }
        guard let dash = rest.first, "-–—:".contains(dash) else { return text }
        let body = rest.dropFirst().drop { $0 == " " }
        return body.isEmpty ? text : String(body)
    }
}
