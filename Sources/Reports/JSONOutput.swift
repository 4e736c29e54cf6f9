internal import Foundation
package import StoryModel

/// Deterministic JSON: sorted keys, two-space indentation, unescaped slashes, trailing newline.
package enum JSONOutput {
    /// Encodes a value as deterministic JSON text.
    package static func encode<T: Encodable>(_ value: T) -> String {
        encodedByFoundation(value)
    }

    /// `value` through `JSONEncoder`.
    private static func encodedByFoundation<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension JSONOutput {
    /// Encodes a run report as `encode(_:)` does, byte for byte; a report without stories (the
    /// output of `cluster`, which can list a million articles) is written by hand, many times
    /// faster than the encoder.
    package static func encode(_ report: RunReport) -> String {
        guard report.stories.isEmpty else { return encodedByFoundation(report) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256 * (report.articles.count + report.inputs.count))
        write(report) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes a run report as `encode(_:)` encodes it, byte for byte, handing the text to `sink`
    /// in pieces of about `chunkSize` bytes: a million-article cluster report (about 800 MB
    /// of JSON) goes to its file or pipe without ever being held whole.
    ///
    /// - Parameters:
    ///   - report: the run.
    ///   - chunkSize: how many bytes gather before `sink` is called.
    ///   - sink: receives the text in order; it may throw to stop the writing (a closed pipe).
    package static func write(
        _ report: RunReport, chunkSize: Int = 1 << 20, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        guard report.stories.isEmpty else {
            var text = encodedByFoundation(report)
            try text.withUTF8 { try sink($0) }
            return
        }
        var json = PrettyJSONWriter(capacity: min(chunkSize, 256 * (report.articles.count + report.inputs.count)) + 4096)
        json.beginObject()
        json.key("articles")
        json.beginArray()
        for article in report.articles {
            write(article, to: &json)
            try json.flush(to: sink, atLeast: chunkSize)
        }
        json.endArray()
        json.key("clusters")
        json.beginArray()
        for cluster in report.clusters {
            json.beginObject()
            json.key("articleIDs"); json.strings(cluster.articleIDs)
            json.key("cohesion"); json.number(cluster.cohesion)
            json.key("id"); json.string(cluster.id)
            json.key("nearDuplicateGroups")
            json.beginArray()
            for group in cluster.nearDuplicateGroups { json.strings(group) }
            json.endArray()
            json.endObject()
            try json.flush(to: sink, atLeast: chunkSize)
        }
        json.endArray()
        json.key("generator"); json.string(report.generator)
        json.key("inputs")
        json.beginArray()
        for input in report.inputs {
            write(input, to: &json)
            try json.flush(to: sink, atLeast: chunkSize)
        }
        json.endArray()
        json.key("schemaVersion"); json.number(report.schemaVersion)
        json.key("stories"); json.strings([])
        json.endObject()
        json.raw("\n")
        try json.flush(to: sink)
    }

    /// An article summary, keys in the encoder's order; absent optionals are left out.
    private static func write(_ article: ArticleSummary, to json: inout PrettyJSONWriter) {
        json.beginObject()
        if let date = article.date { json.key("date"); json.string(date.description) }
        json.key("file"); json.string(article.file)
        json.key("id"); json.string(article.id)
        if let lead = article.lead { json.key("lead"); json.string(lead) }
        json.key("sentenceCount"); json.number(article.sentenceCount)
        json.key("source"); json.string(article.source)
        if let title = article.title { json.key("title"); json.string(title) }
        if let url = article.url { json.key("url"); json.string(url) }
        json.endObject()
    }

    /// An input record, keys in the encoder's order.
    private static func write(_ input: InputRecord, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("articleIDs"); json.strings(input.articleIDs)
        if let original = input.duplicateOf { json.key("duplicateOf"); json.string(original) }
        if let format = input.format { json.key("format"); json.string(format.rawValue) }
        json.key("path"); json.string(input.path)
        if let reason = input.reason { json.key("reason"); write(reason, to: &json) }
        json.key("skippedItems")
        json.beginArray()
        for item in input.skippedItems {
            json.beginObject()
            json.key("position"); json.number(item.position)
            json.key("reason"); write(item.reason, to: &json)
            json.endObject()
        }
        json.endArray()
        json.key("status"); json.string(input.status.rawValue)
        json.endObject()
    }

    /// A skip reason.
    private static func write(_ reason: SkipReason, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("code"); json.string(reason.code.rawValue)
        json.key("message"); json.string(reason.message)
        json.endObject()
    }
}
