internal import Foundation

/// Deterministic JSON: sorted keys, two-space indentation, unescaped slashes, trailing newline.
package enum JSONOutput {
    /// Encodes a value as deterministic JSON text.
    package static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
