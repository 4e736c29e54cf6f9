/// Small helpers for scanning UTF-8 bytes: decoding one scalar and classifying it.
///
/// The hot loops of the normalizer walk `[UInt8]`; these helpers keep the ASCII path cheap and
/// fall back to Unicode properties only for multi-byte scalars.
enum UTF8Scanner {
    /// Decodes the scalar starting at `index`, returning it and its length in bytes.
    ///
    /// Invalid or truncated sequences decode as U+FFFD with length 1, so a scan always advances.
    static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return ("\u{FFFD}", 1)
        }
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", 1) }
        return (scalar, length)
    }

    /// Decodes the scalar starting at `index` of a buffer of valid UTF-8 (a `String`'s bytes),
    /// returning it and its length in bytes.
    @inline(__always)
    static func scalar(inValid bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        } else {
            value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The start of the scalar that ends just before `index` (for scanning backwards).
    static func previousScalarStart(in bytes: [UInt8], before index: Int) -> Int {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80, index - start < 4 { start -= 1 }
        return start
    }

    /// Whether a scalar is a letter or a digit (any script).
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// Whether a scalar is a letter (any script).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return scalar.properties.isAlphabetic
    }

    /// Whether a scalar is an uppercase (or titlecase) letter.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 65 && scalar.value <= 90 }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    /// Whether a scalar is a lowercase letter.
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 97 && scalar.value <= 122 }
        return scalar.properties.isLowercase
    }

    /// Whether a scalar is white space (ASCII, no-break and typographic spaces, line separators).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Whether the byte at `index` starts a white-space scalar; returns its length (0 when not).
    static func whitespaceLength(in bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) ? 1 : 0 }
        let (scalar, length) = scalar(in: bytes, at: index)
        return isWhitespace(scalar) ? length : 0
    }

    /// Trims white space from both ends of a byte range.
    ///
    /// A scalar that straddles either end of the range (possible when the bytes are not valid
    /// UTF-8, or the range was cut inside a scalar) is never trimmed, so the result always lies
    /// inside `range` and `lowerBound <= upperBound` holds.
    static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let length = whitespaceLength(in: bytes, at: lower)
            if length == 0 || lower + length > upper { break }
            lower += length
        }
        while upper > lower {
            let start = previousScalarStart(in: bytes, before: upper)
            if start < lower || whitespaceLength(in: bytes, at: start) != upper - start { break }
            upper = start
        }
        return lower..<upper
    }

    /// `text.split(separator:)` for an ASCII separator (" ", "/"), cut on bytes unless the
    /// separator touches a non-ASCII byte: a combining mark after it, or a prepended mark before
    /// it, joins it into a larger character, which the Character split does not cut.
    ///
    /// - Complexity: O(n) in the text's bytes, without grapheme breaking on the byte path.
    static func split(_ text: Substring, onASCII separator: UInt8) -> [Substring] {
        let utf8 = text.utf8
        var previous: UInt8 = 0
        for byte in utf8 {
            if (previous == separator && byte >= 0x80) || (byte == separator && previous >= 0x80) {
                return text.split(separator: Character(Unicode.Scalar(separator)))
            }
            previous = byte
        }
        return utf8.split(separator: separator).map { Substring($0) }
    }
}
