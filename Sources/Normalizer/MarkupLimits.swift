#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Limits checked on raw markup before libxml2 sees it, for inputs that would make the parser
/// itself slow (libxml2 2.9 checks each new attribute against all earlier ones: an element
/// with a million attributes takes hours).
enum MarkupLimits {
    /// The most attribute-like tokens one tag may hold (real pages stay below 100).
    static let maxAttributesPerTag = 10_000

    /// The byte offset of the first tag holding more than `limit` attribute-like tokens, or nil.
    ///
    /// A byte scan, not a parse: inside a tag (`<` then a letter), every run of non-space bytes
    /// after white space counts as one token; quoted values are skipped whole.
    /// - Complexity: O(n) in the byte count.
    static func overfullTag(in bytes: [UInt8], limit: Int = maxAttributesPerTag) -> Int? {
        bytes.withUnsafeBufferPointer { overfullTag(in: $0, limit: limit) }
    }

    private static func overfullTag(in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = 0
        let count = bytes.count
        while index < count {
            if bytes[index] != UInt8(ascii: "<") {
                // Text between tags: jump to the next "<".
                guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), count - index) else { return nil }
                index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            }
            guard index + 1 < count, isLetter(bytes[index + 1]) else {
                index += 1
                continue
            }
            let tagStart = index
            var tokens = 0
            var afterSpace = false
            index += 1
            scan: while index < count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: ">"):
                    break scan
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    // A quoted value is skipped whole (memchr: values are most of a tag's bytes).
                    guard let close = memchr(base + index + 1, Int32(byte), count - index - 1) else { return nil }
                    index = UnsafeRawPointer(close) - UnsafeRawPointer(base)
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                    afterSpace = true
                default:
                    if afterSpace {
                        tokens += 1
                        if tokens > limit { return tagStart }
                    }
                    afterSpace = false
                }
                index += 1
            }
            index += 1
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
}
