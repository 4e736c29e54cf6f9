/// Whether `needle` occurs in `haystack`, compared byte by byte (no Foundation bridging and no
/// allocation: this runs for every class word of every element and every short line).
///
/// - Complexity: O(n·m) in the byte lengths; both are short here (class words, lines).
func asciiContains(_ haystack: String, _ needle: String) -> Bool {
    let found = haystack.utf8.withContiguousStorageIfAvailable { hay in
        needle.utf8.withContiguousStorageIfAvailable { pin in
            guard !pin.isEmpty else { return true }
            guard hay.count >= pin.count else { return false }
            let first = pin[0]
            var start = 0
            while start + pin.count <= hay.count {
                if hay[start] == first {
                    var offset = 1
                    while offset < pin.count, hay[start + offset] == pin[offset] { offset += 1 }
                    if offset == pin.count { return true }
                }
                start += 1
            }
            return false
        }
    }
    if let found, let result = found { return result }
    let hay = Array(haystack.utf8), pin = Array(needle.utf8)
    guard hay.count >= pin.count else { return false }
    if pin.isEmpty { return true }
    for start in 0...(hay.count - pin.count) where hay[start..<(start + pin.count)].elementsEqual(pin) { return true }
    return false
}

/// The first (or, `backwards`, the last) occurrence of `needle` in `text`, compared byte by
/// byte: Foundation's `range(of:)` bridges both strings to UTF-16 on every call, which made
/// title and byline clean-up cost more than reading the page.
///
/// Both strings are UTF-8, so a match always starts and ends on a character boundary when the
/// needle starts and ends with whole characters.
/// - Complexity: O(n·m) in the byte lengths; both are short here (titles, bylines).
func byteRange(of needle: String, in text: String, backwards: Bool = false) -> Range<String.Index>? {
    let hay = Array(text.utf8), pin = Array(needle.utf8)
    guard !pin.isEmpty, hay.count >= pin.count else { return nil }
    let starts = 0...(hay.count - pin.count)
    func matches(_ start: Int) -> Bool {
        hay[start] == pin[0] && hay[start..<(start + pin.count)].elementsEqual(pin)
    }
    guard let start = backwards ? starts.reversed().first(where: matches) : starts.first(where: matches) else { return nil }
    let lower = text.utf8.index(text.utf8.startIndex, offsetBy: start)
    return lower..<text.utf8.index(lower, offsetBy: pin.count)
}
