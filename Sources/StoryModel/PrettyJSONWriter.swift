/// Writes JSON text byte for byte as Reports' `JSONOutput.encode` does (`JSONEncoder` with
/// pretty printing, sorted keys and unescaped slashes), for values large enough that the
/// encoder's per-value boxing dominates a run: a 100k-article cluster report, a corpus
/// extracted to JSON.
///
/// The caller writes keys in the encoder's sorted order; the writer takes care of
/// indentation, separators, empty containers and escaping.
///
/// ```swift
/// var json = PrettyJSONWriter()
/// json.beginObject()
/// json.key("id"); json.string("E1")
/// json.key("size"); json.number(3)
/// json.endObject()
/// ```
package struct PrettyJSONWriter {
    /// The output so far.
    package private(set) var bytes: [UInt8] = []
    /// For each open container: whether it has a member yet.
    private var open: [Bool] = []

    /// Creates a writer, reserving `capacity` bytes.
    package init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Opens an object (as a value: after `key(_:)`, inside an array, or at the top).
    package mutating func beginObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        open.append(false)
    }

    /// Closes the innermost object.
    package mutating func endObject() { end(UInt8(ascii: "}")) }

    /// Opens an array (as a value).
    package mutating func beginArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        open.append(false)
    }

    /// Closes the innermost array.
    package mutating func endArray() { end(UInt8(ascii: "]")) }

    /// Writes a member's key; its value comes next.
    package mutating func key(_ name: String) {
        member()
        quoted(name)
        append(" : ")
        pendingKey = true
    }

    /// Writes a string value.
    package mutating func string(_ text: String) {
        beginValue()
        quoted(text)
    }

    /// Writes an integer value.
    package mutating func number(_ value: Int) {
        beginValue()
        append(String(value))
    }

    /// Writes a floating-point value as the encoder does: integral values without a fraction
    /// (`1`, not `1.0`), others in their shortest round-trip form (`0.315`).
    package mutating func number(_ value: Double) {
        beginValue()
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            append(String(Int(value)))
        } else {
            append(value.description)
        }
    }

    /// Hands the bytes written so far to `sink` and forgets them, so a large document goes out
    /// in pieces instead of being held whole; the writer goes on where it stopped.
    ///
    /// - Parameters:
    ///   - sink: receives the pending bytes (not called when there are none).
    ///   - threshold: flush only once at least this many bytes are pending.
    package mutating func flush(to sink: (UnsafeBufferPointer<UInt8>) throws -> Void, atLeast threshold: Int = 0) rethrows {
        guard !bytes.isEmpty, bytes.count >= threshold else { return }
        try bytes.withUnsafeBufferPointer { try sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes the bytes of `text` as they are (a trailing newline after the document).
    package mutating func raw(_ text: String) { append(text) }

    /// Writes an array of strings.
    package mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Whether the last thing written was a key (so the next value follows it on its line).
    private var pendingKey = false

    /// Starts a value: after a key it follows on the same line; in an array or at the top it
    /// is a new member.
    private mutating func beginValue() {
        if pendingKey {
            pendingKey = false
        } else if !open.isEmpty {
            member()
        }
    }

    /// Separates a new member from the previous one and indents it.
    private mutating func member() {
        if open[open.count - 1] { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1] = true
        bytes.append(0x0A)
        indent(open.count)
    }

    /// Closes a container: an empty one keeps a blank line inside, as the encoder writes it.
    private mutating func end(_ bracket: UInt8) {
        let hadMembers = open.removeLast()
        bytes.append(0x0A)
        if !hadMembers { bytes.append(0x0A) }
        indent(open.count)
        bytes.append(bracket)
    }

    private mutating func indent(_ level: Int) {
        for _ in 0..<(level * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A JSON string: quotes, backslashes and control characters escaped; `/` and non-ASCII as is.
    private mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Runs without anything to escape are copied whole.
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                case 0x08: append("\\b")
                case 0x0C: append("\\f")
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    append("\\u00")
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
