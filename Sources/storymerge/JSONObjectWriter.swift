import Foundation
import StoryMerge

/// Writes `extract --format json-object` output by hand: the same bytes `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` writes for `ExtractCommand.Record`
/// values, without its per-value boxing (the encoder took longer than reading a page).
struct JSONObjectWriter {
    /// The output bytes so far.
    private(set) var bytes: [UInt8] = []

    /// Writes the keyed records: keys in `order` (the encoder's sorted-key order).
    mutating func write(_ records: [(key: String, record: ExtractCommand.Record)]) {
        bytes.reserveCapacity(records.reduce(0) { $0 + $1.record.articleBody.utf8.count * 2 + 1024 })
        append("{\n")
        for (position, entry) in records.enumerated() {
            append("  ")
            string(entry.key)
            append(" : ")
            record(entry.record)
            append(position == records.count - 1 ? "\n" : ",\n")
        }
        append("}")
    }

    /// One record at indentation level 1 (its fields at level 2), keys in sorted order.
    private mutating func record(_ record: ExtractCommand.Record) {
        var first = true
        append("{\n")
        func key(_ name: String) {
            if !first { append(",\n") }
            first = false
            append("    ")
            string(name)
            append(" : ")
        }
        key("articleBody"); string(record.articleBody)
        key("authors"); array(record.authors)
        if let container = record.container { key("container"); string(container) }
        if let date = record.date { key("date"); string(date) }
        key("format"); string(record.format)
        key("id"); string(record.id)
        if let item = record.item { key("item"); append(String(item)) }
        key("key"); string(record.key)
        if let language = record.language { key("language"); string(language) }
        key("outlet"); string(record.outlet)
        key("paragraphs"); array(record.paragraphs)
        key("path"); string(record.path)
        if let rules = record.rules {
            key("rules")
            let sorted = JSONObjectWriter.encoderOrder(Array(rules.keys))
            if sorted.isEmpty {
                append("{\n\n    }")
            } else {
                append("{\n")
                for (position, name) in sorted.enumerated() {
                    append("      ")
                    string(name)
                    append(" : ")
                    string(rules[name]!)
                    append(position == sorted.count - 1 ? "\n" : ",\n")
                }
                append("    }")
            }
        }
        if let title = record.title { key("title"); string(title) }
        if let url = record.url { key("url"); string(url) }
        append("\n  }")
    }

    /// A string array at indentation level 2.
    private mutating func array(_ values: [String]) {
        if values.isEmpty {
            append("[\n\n    ]")
            return
        }
        append("[\n")
        for (position, value) in values.enumerated() {
            append("      ")
            string(value)
            append(position == values.count - 1 ? "\n" : ",\n")
        }
        append("    ]")
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A JSON string: quotes, backslashes and control characters escaped; `/` and non-ASCII as is.
    private mutating func string(_ text: String) {
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

    /// Keys in the order `JSONEncoder`'s `.sortedKeys` writes them (it compares numerically and
    /// ignoring case, not by bytes): taken from the encoder itself on a small dictionary.
    static func encoderOrder(_ keys: [String]) -> [String] {
        guard keys.count > 1 else { return keys }
        var positions: [String: Int] = [:]
        for (position, key) in keys.enumerated() { positions[key] = position }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Each key maps to its position; the written order of the positions is the key order.
        guard let data = try? encoder.encode(positions) else { return keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
        var order: [Int] = []
        var inString = false
        var escaped = false
        var number: Int?
        for byte in data {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            if byte == UInt8(ascii: "\"") { inString = true; continue }
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                number = (number ?? 0) * 10 + Int(byte - UInt8(ascii: "0"))
            } else if let value = number {
                order.append(value)
                number = nil
            }
        }
        guard order.count == keys.count, Set(order).count == keys.count, order.allSatisfy({ $0 < keys.count }) else {
            return keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
        return order.map { keys[$0] }
    }
}
