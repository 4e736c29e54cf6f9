extension StringProtocol {
    /// Whether the text holds `needle` byte for byte (UTF-8), without Foundation's
    /// locale-aware search: the hot loops of line classification call this per line.
    ///
    /// - Complexity: O(n·m) worst case for short needles, O(n) in practice.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first else { return true }
            let search = { (text: UnsafeBufferPointer<UInt8>) -> Bool in
                guard text.count >= pattern.count else { return false }
                var start = 0
                let last = text.count - pattern.count
                while start <= last {
                    if text[start] == first {
                        var matched = 1
                        while matched < pattern.count, text[start + matched] == pattern[matched] { matched += 1 }
                        if matched == pattern.count { return true }
                    }
                    start += 1
                }
                return false
            }
            if let result = utf8.withContiguousStorageIfAvailable(search) { return result }
            return Array(utf8).withUnsafeBufferPointer(search)
        }
    }
}
