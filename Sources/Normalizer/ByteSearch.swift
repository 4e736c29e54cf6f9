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
