import Foundation
import StoryMerge

/// Writes `extract --format json-object` output by hand: the same bytes `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` writes for `ExtractCommand.Record`
/// values, without its per-value boxing (the encoder took longer than reading a page).
struct JSONObjectWriter {
    private var json = PrettyJSONWriter()

    /// The output bytes so far.
    var bytes: [UInt8] { json.bytes }

    /// Writes the keyed records: keys in `order` (the encoder's sorted-key order).
    mutating func write(_ records: [(key: String, record: ExtractCommand.Record)]) {
        json = PrettyJSONWriter(capacity: records.reduce(0) { $0 + $1.record.articleBody.utf8.count * 2 + 1024 })
        json.beginObject()
        for (key, record) in records {
            json.key(key)
            write(record)
        }
        json.endObject()
    }

    /// One record, keys in sorted order; absent optionals are left out.
    private mutating func write(_ record: ExtractCommand.Record) {
        json.beginObject()
        json.key("articleBody"); json.string(record.articleBody)
        json.key("authors"); json.strings(record.authors)
        if let container = record.container { json.key("container"); json.string(container) }
        if let date = record.date { json.key("date"); json.string(date) }
        json.key("format"); json.string(record.format)
        json.key("id"); json.string(record.id)
        if let item = record.item { json.key("item"); json.number(item) }
        json.key("key"); json.string(record.key)
        if let language = record.language { json.key("language"); json.string(language) }
        json.key("outlet"); json.string(record.outlet)
        json.key("paragraphs"); json.strings(record.paragraphs)
        json.key("path"); json.string(record.path)
        if let rules = record.rules {
            json.key("rules")
            json.beginObject()
            for name in JSONObjectWriter.encoderOrder(Array(rules.keys)) {
                json.key(name); json.string(rules[name]!)
            }
            json.endObject()
        }
        if let title = record.title { json.key("title"); json.string(title) }
        if let url = record.url { json.key("url"); json.string(url) }
        json.endObject()
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
