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
