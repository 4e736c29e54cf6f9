internal import Foundation

/// The comparison form of text: NFKC, lowercased, diacritics removed, quotes and dashes
/// unified, white space collapsed.
///
/// `“Russia’s” — Lavrov` folds to `"russia's" - lavrov`; `Café` folds to `cafe`.
package enum Folding {
    /// Folds a piece of text (a sentence or a title).
    ///
    /// Foundation's normalization and folding are slow, so call this once per sentence and
    /// work on the folded bytes afterwards.
    /// - Parameter text: original text.
    /// - Returns: the folded text, trimmed, single spaces between words.
    package static func fold(_ text: some StringProtocol) -> String {
        foldCommon(text) ?? foldWithFoundation(text)
    }

    /// Folds text given as its UTF-8 bytes (which must be valid UTF-8): `fold` of that text,
    /// without building the text first when it folds without Foundation.
    package static func fold(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        foldCommon(bytes) ?? foldWithFoundation(String(decoding: bytes, as: UTF8.self))
    }

    /// The full fold through Foundation: NFKC, case and diacritic folding, then the scalar map.
    static func foldWithFoundation(_ text: some StringProtocol) -> String {
        let normalized = String(text).precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in normalized.unicodeScalars {
            if UTF8Scanner.isWhitespace(scalar) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(fold(scalar))
        }
        return String(scalars)
    }

    /// The fold of text made only of ASCII, typographic quotes, dashes, spaces and the
    /// ellipsis, computed without Foundation (most English news); `nil` for anything else.
    static func foldCommon(_ text: some StringProtocol) -> String? {
        if let folded = text.utf8.withContiguousStorageIfAvailable(foldCommon) { return folded }
        return Array(text.utf8).withUnsafeBufferPointer(foldCommon)
    }

    /// `foldCommon` on the UTF-8 bytes of a string: written straight into the result, which is
    /// never longer than the input (every mapped scalar is at most as long as its UTF-8).
    static func foldCommon(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        var common = true
        let folded = String(unsafeUninitializedCapacity: max(utf8.count, 1)) { output in
            var written = 0
            var pendingSpace = false
            @inline(__always) func append(_ byte: UInt8) {
                if pendingSpace {
                    if written > 0 { output[written] = 0x20; written += 1 }
                    pendingSpace = false
                }
                output[written] = byte
                written += 1
            }
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                if byte < 0x80 {
                    index += 1
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { pendingSpace = true; continue }
                    // Controls other than white space: leave them to the full path.
                    if byte < 0x20 || byte == 0x7F || byte == 0x60 { common = false; return 0 }
                    append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
                    continue
                }
                let (scalar, length) = UTF8Scanner.scalar(inValid: utf8, at: index)
                index += length
                let value = scalar.value
                if value == 0x2026 {
                    append(0x2E); append(0x2E); append(0x2E)
                    continue
                }
                if UTF8Scanner.isWhitespace(scalar), value != 0x85, value != 0x1680 { pendingSpace = true; continue }
                let mapped = fold(scalar)
                guard mapped != scalar, mapped.isASCII, value != 0x00B4, value != 0x2032, value != 0x2033 else { common = false; return 0 }
                append(UInt8(mapped.value))
            }
            return written
        }
        return common ? folded : nil
    }

    /// Maps typographic quotes and dashes to their ASCII forms.
    package static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
        default: return scalar
        }
    }
}
