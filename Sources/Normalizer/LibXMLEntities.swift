internal import CLibXML2

/// HTML named entities for XML documents that use them without declaring them (feeds with a
/// raw `&nbsp;` or `&eacute;`): libxml2's HTML entity table, consulted from Swift.
enum LibXMLEntities {
    /// The five entities XML predefines; they never need rewriting.
    private static let xmlPredefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// The code point of an HTML named entity (`nbsp` → U+00A0), or nil when HTML has none.
    static func htmlCodePoint(_ name: String) -> UInt32? {
        guard let entry = name.withCString({ pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { htmlEntityLookup($0) }
        }) else { return nil }
        return UInt32(entry.pointee.value)
    }

    /// Rewrites every HTML named entity reference that XML does not predefine as a numeric
    /// character reference (`&nbsp;` → `&#160;`); unknown names and everything else stay as they are.
    ///
    /// - Complexity: O(n) in the byte count.
    static func numericReferences(in bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, end - index <= 32,
                  (bytes[end] | 0x20 >= 97 && bytes[end] | 0x20 <= 122) || (bytes[end] >= 48 && bytes[end] <= 57) {
                end += 1
            }
            if end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > index + 1 {
                let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                if !xmlPredefined.contains(name), let codePoint = htmlCodePoint(name) {
                    output.append(contentsOf: Array("&#\(codePoint);".utf8))
                    index = end + 1
                    continue
                }
            }
            output.append(byte)
            index += 1
        }
        return output
    }
}
