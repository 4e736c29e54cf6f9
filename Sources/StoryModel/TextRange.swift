/// A half-open range of UTF-8 byte offsets into an article's cleaned text.
///
/// Offsets count UTF-8 bytes, not `Character`s, so a range slices the same text in any
/// language that reads UTF-8 (`text.utf8[start..<end]` in Swift, `bytes[start:end]` in Python).
public struct TextRange: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The offset of the first byte.
    public var start: Int
    /// The offset one past the last byte.
    public var end: Int

    /// Creates a range from `start` up to, not including, `end`.
    ///
    /// - Precondition: `0 <= start <= end`.
    public init(start: Int, end: Int) {
        precondition(0 <= start && start <= end, "TextRange needs 0 <= start <= end")
        self.start = start
        self.end = end
    }

    /// The number of bytes in the range.
    public var count: Int { end - start }

    /// Orders ranges by start, then by end.
    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    /// `start..<end`, as bytes.
    public var description: String { "\(start)..<\(end)" }
}

extension String {
    /// The text inside a UTF-8 byte range of this string.
    ///
    /// - Parameter range: byte offsets; clamped to the string's bounds.
    /// - Returns: the bytes in `range`, decoded (invalid sequences repaired).
    public func slice(_ range: TextRange) -> String {
        let bytes = Array(utf8)
        let lower = min(max(0, range.start), bytes.count)
        let upper = min(max(lower, range.end), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
