#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Removes what StoryMerge never reads from HTML bytes before libxml2 parses them: the bodies of
/// `<script>` (other than JSON data) and `<style>` elements, and attributes outside
/// `keptAttributes`.
///
/// Their text is never read (`LibXMLTree` does not copy it), yet it is often half of a news
/// page's bytes, and libxml2 reads raw text one character at a time. The scan follows libxml2's
/// own HTML tokenizer where it matters: comments end at the first `-->`, a tag's quoted
/// attribute values (after `=`) may hold `>` and `<`, a `<script>` or `<style>` body ends at the
/// first `</script` or `</style` (ASCII case-insensitive), `<script/>` has no body, and
/// attributes are read as `htmlParseStartTag` reads them. The tags stay, so the tree has the
/// same elements; only their raw text, unread attributes and indentation are gone. When anything is
/// unterminated the rest of the input is kept as it is.
enum HTMLRawText {
    /// The bytes with the bodies of non-JSON `<script>` and all `<style>` elements and the
    /// unread attributes removed and blank runs between tags cut to one blank, or nil when
    /// there is nothing to remove.
    ///
    /// Only for ASCII-compatible encodings (UTF-8, Windows-125x, ISO-8859-x, and multi-byte
    /// charsets whose trail bytes never fall below 0x40): `<`, `>`, quotes and `=` are then
    /// always the characters themselves.
    /// - Complexity: O(n) in the byte count.
    static func stripped(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { stripped($0) }
    }

    private static func stripped(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let count = bytes.count
        var output: [UInt8] = []
        var copiedUpTo = 0  // bytes before this offset are in `output` (or deliberately dropped)
        var changed = false
        /// Leaves out `bytes[from..<to]`.
        func drop(_ from: Int, _ to: Int) {
            guard to > from else { return }
            if !changed { output.reserveCapacity(count) }
            changed = true
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<from]))
            copiedUpTo = to
        }
        var index = 0
        var afterMarkup = false  // whether `index` is just past a tag or comment
        while index < count {
            // Jump to the next "<".
            guard let lt = nextByte(UInt8(ascii: "<"), in: bytes, from: index) else { break }
            if afterMarkup && lt - index > 1 { squeezeBlanks(bytes, from: index, to: lt, drop: drop) }
            afterMarkup = true
            index = lt
            guard index + 1 < count else { break }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") {
                if index + 3 < count, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                    guard let end = find(Array("-->".utf8), in: bytes, from: index + 4, caseInsensitive: false) else { break }
                    index = end + 3
                } else {
                    guard let end = nextByte(UInt8(ascii: ">"), in: bytes, from: index + 2) else { break }
                    index = end + 1
                }
                continue
            }
            let isEnd = next == UInt8(ascii: "/")
            let nameStart = isEnd ? index + 2 : index + 1
            guard nameStart < count, isLetter(bytes[nameStart]) else {
                index += 1
                afterMarkup = false
                continue
            }
            var nameEnd = nameStart
            while nameEnd < count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
            if isEnd {
                // libxml2 skips an end tag's junk to the next ">", quotes or not.
                guard let tagEnd = nextByte(UInt8(ascii: ">"), in: bytes, from: nameEnd) else { break }
                index = tagEnd + 1
                continue
            }
            let isAnchor = nameEnd - nameStart == 1 && bytes[nameStart] | 0x20 == UInt8(ascii: "a")
            guard let tagEnd = nameEnd - nameStart < maxNameLength
                ? attributesEnd(bytes, from: nameEnd, anchor: isAnchor, drop: drop) : endOfTag(bytes, from: nameEnd) else { break }
            index = tagEnd + 1
            let kind = rawTextKind(bytes, nameStart: nameStart, nameEnd: nameEnd)
            guard kind != .none, bytes[tagEnd - 1] != UInt8(ascii: "/") else { continue }
            if kind == .script && containsJSON(bytes, from: nameEnd, to: tagEnd) { continue }
            let closing: [UInt8] = kind == .script ? Array("</script".utf8) : Array("</style".utf8)
            guard let close = find(closing, in: bytes, from: index, caseInsensitive: true) else { break }
            drop(index, close)
            index = close
            afterMarkup = false
        }
        guard changed else { return nil }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<count]))
        return output
    }

    /// Leaves one blank of the run `bytes[from..<to]` between two tags when the run is all
    /// blanks (the indentation of pretty-printed markup, which libxml2 would read one character
    /// at a time): the line break when there is one, else the first blank. Readers collapse
    /// blanks, so a run and its one kept blank read the same.
    private static func squeezeBlanks(
        _ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, drop: (Int, Int) -> Void
    ) {
        var kept = from
        for position in from..<to {
            switch bytes[position] {
            case UInt8(ascii: "\n"): if bytes[kept] != UInt8(ascii: "\n") { kept = position }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return
            }
        }
        drop(from, kept)
        drop(kept + 1, to)
    }

    /// libxml2 reads at most this many bytes of a name (`HTML_PARSER_BUFFER_SIZE`).
    private static let maxNameLength = 100

    /// The attributes StoryMerge reads from HTML (`LibXMLTree.Node.attribute(_:)` callers),
    /// plus `charset` (libxml2's own encoding detection), by length. Every other attribute is
    /// left out before parsing: they are most of a page's markup bytes (`srcset`, `data-*`,
    /// `on*`, `src`, `alt`, …). A new `attribute("…")` lookup needs its name here.
    static let keptAttributes: [String] = [
        "id", "rel", "type", "href", "role", "lang", "name", "class", "style", "hidden", "content", "pubdate",
        "charset", "itemprop", "datetime", "xml:lang", "property", "aria-label", "http-equiv", "aria-hidden",
    ]

    /// `keptAttributes` grouped by byte length.
    private static let keptByLength: [[[UInt8]]] = {
        var table = Array(repeating: [[UInt8]](), count: 16)
        for name in keptAttributes { table[name.utf8.count].append(Array(name.utf8)) }
        return table
    }()

    /// Whether `bytes[start..<end]` names a kept attribute (ASCII case-insensitive).
    /// Whether the attribute name is `href` (ASCII case-insensitive).
    private static func isHref(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        end - start == 4 && bytes[start] | 0x20 == UInt8(ascii: "h") && bytes[start + 1] | 0x20 == UInt8(ascii: "r")
            && bytes[start + 2] | 0x20 == UInt8(ascii: "e") && bytes[start + 3] | 0x20 == UInt8(ascii: "f")
    }

    /// Whether a link target can be an author page (`/author/…`, `/autor/…`, `/auteur/…`): the
    /// only thing a link's `href` is read for (`HTMLMetadataReader`'s author links). Other link
    /// targets (a news page's thousands of URLs, a third of its kept attribute bytes) are dropped.
    private static func namesAuthorPage(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>) -> Bool {
        guard value.count >= 4 else { return false }
        for index in value.lowerBound..<(value.upperBound - 3) {
            if bytes[index] == UInt8(ascii: "/") && bytes[index + 1] | 0x20 == UInt8(ascii: "a")
                && bytes[index + 2] | 0x20 == UInt8(ascii: "u") && bytes[index + 3] | 0x20 == UInt8(ascii: "t") {
                return true
            }
            // A character reference (`&#47;`, `&sol;`) may spell the slash: keep the value.
            if bytes[index] == UInt8(ascii: "&") && (bytes[index + 1] == UInt8(ascii: "#") || bytes[index + 1] | 0x20 == UInt8(ascii: "s")) {
                return true
            }
        }
        return false
    }

    private static func isKept(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length < keptByLength.count else { return false }
        candidates: for name in keptByLength[length] {
            for offset in 0..<length {
                var byte = bytes[start + offset]
                if byte >= 65 && byte <= 90 { byte += 32 }
                if byte != name[offset] { continue candidates }
            }
            return true
        }
        return false
    }

    /// Whether libxml2 counts the byte as blank (`IS_BLANK_CH`).
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Reads a start tag's attributes the way libxml2's `htmlParseStartTag` does, handing each
    /// attribute StoryMerge never reads to `drop`, and returns the
    /// offset of the tag's `>`, or nil when the tag never ends. At anything unusual (a byte
    /// that cannot start a name, a name of 100 bytes or more) the rest of the tag is kept as it is.
    private static func attributesEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, anchor: Bool, drop: (Int, Int) -> Void
    ) -> Int? {
        let count = bytes.count
        var index = start
        while true {
            while index < count, isBlank(bytes[index]) { index += 1 }
            guard index < count else { return nil }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return index }
            if byte == UInt8(ascii: "/"), index + 1 < count, bytes[index + 1] == UInt8(ascii: ">") { return index + 1 }
            guard isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") else {
                return endOfTag(bytes, from: index)
            }
            let nameStart = index
            while index < count, isNameByte(bytes[index]) { index += 1 }
            let nameEnd = index
            guard nameEnd - nameStart < maxNameLength else { return endOfTag(bytes, from: nameStart) }
            var end = nameEnd
            var cursor = nameEnd
            var value = nameEnd..<nameEnd
            while cursor < count, isBlank(bytes[cursor]) { cursor += 1 }
            if cursor < count, bytes[cursor] == UInt8(ascii: "=") {
                cursor += 1
                while cursor < count, isBlank(bytes[cursor]) { cursor += 1 }
                guard cursor < count else { return nil }
                let quote = bytes[cursor]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = nextByte(quote, in: bytes, from: cursor + 1) else { return nil }
                    value = (cursor + 1)..<close
                    end = close + 1
                } else {
                    let valueStart = cursor
                    while cursor < count, !isBlank(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
                    value = valueStart..<cursor
                    end = cursor
                }
            }
            // The blanks before the attribute stay: `a="1"b="2"` must not become `a="1"c` glued
            // to a name after it.
            if !isKept(bytes, nameStart, nameEnd) || (anchor && isHref(bytes, nameStart, nameEnd) && !namesAuthorPage(bytes, value)) {
                drop(nameStart, end)
            }
            index = end
        }
    }

    private enum Kind { case none, script, style }

    /// Whether the tag name is `script` or `style` (ASCII case-insensitive).
    private static func rawTextKind(_ bytes: UnsafeBufferPointer<UInt8>, nameStart: Int, nameEnd: Int) -> Kind {
        func named(_ name: StaticString) -> Bool {
            guard nameEnd - nameStart == name.utf8CodeUnitCount else { return false }
            let expected = name.utf8Start
            for offset in 0..<(nameEnd - nameStart) where bytes[nameStart + offset] | 0x20 != expected[offset] { return false }
            return true
        }
        if named("script") { return .script }
        if named("style") { return .style }
        return .none
    }

    /// The offset of the `>` that ends a tag whose name ends at `start`: quoted values after
    /// `=` are skipped whole, as libxml2 reads them.
    private static func endOfTag(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        var afterEquals = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: ">"):
                return index
            case UInt8(ascii: "="):
                afterEquals = true
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                break
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if afterEquals {
                    guard let close = nextByte(byte, in: bytes, from: index + 1) else { return nil }
                    index = close
                }
                afterEquals = false
            default:
                afterEquals = false
            }
            index += 1
        }
        return nil
    }

    /// Whether the tag's bytes mention `json` (a `type` of JSON data: such scripts are read).
    private static func containsJSON(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard end - start >= 4 else { return false }
        for index in start...(end - 4)
        where bytes[index] | 0x20 == UInt8(ascii: "j") && bytes[index + 1] | 0x20 == UInt8(ascii: "s")
            && bytes[index + 2] | 0x20 == UInt8(ascii: "o") && bytes[index + 3] | 0x20 == UInt8(ascii: "n") {
            return true
        }
        return false
    }

    /// The offset of the next `byte` at or after `start`.
    private static func nextByte(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The offset of the next occurrence of `needle` (letters compared ASCII case-insensitively
    /// when asked; the needle is lowercase).
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, caseInsensitive: Bool) -> Int? {
        let first = needle[0]
        var index = start
        while let candidate = nextByte(first, in: bytes, from: index) {
            guard candidate + needle.count <= bytes.count else { return nil }
            var matches = true
            for offset in 1..<needle.count {
                let byte = bytes[candidate + offset]
                if byte != needle[offset] && !(caseInsensitive && byte | 0x20 == needle[offset] && isLetter(byte)) {
                    matches = false
                    break
                }
            }
            if matches { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Bytes libxml2 reads as part of an HTML name.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}
