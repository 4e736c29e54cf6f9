internal import StoryModel

/// What a file holds once its container is opened: a gzip file's inner bytes, or a WARC
/// file's HTTP responses (each one a page).
package struct InputContainer: Sendable {
    /// The container kinds StoryMerge opens.
    package enum Kind: String, Sendable, Hashable {
        /// A gzip file around one input (`page.html.gz`, `feed.xml.gz`).
        case gzip
        /// A WARC file.
        case warc
        /// A gzip-compressed WARC file (one gzip member per record, as Common Crawl writes).
        case warcGzip = "warc.gz"
    }

    /// How many times `maxFileSize` a gzip file may decompress to (the decompression-bomb guard).
    package static let expansionFactor = 8

    /// The container, or `nil` for a plain file.
    package var kind: Kind?
    /// The decompressed bytes of a plain or gzip input (empty for WARC files).
    package var bytes: [UInt8]
    /// The responses of a WARC file (empty otherwise).
    package var responses: [WARCReader.Response]

    /// Whether the input holds many pages (a WARC file).
    package var isArchive: Bool { kind == .warc || kind == .warcGzip }

    /// Opens a file's bytes: inflates gzip, splits WARC into responses, passes others through.
    ///
    /// - Parameters:
    ///   - raw: the file's bytes as read.
    ///   - maxFileSize: the loader's size limit; decompressed data may be `expansionFactor` times larger.
    /// - Throws: `.malformed` (truncated or corrupt gzip, broken WARC), `.tooLarge` (past the limit).
    package static func open(_ raw: [UInt8], maxFileSize: Int) throws(LoadFailure) -> InputContainer {
        var bytes = raw
        var kind: Kind?
        let limit = maxFileSize.multipliedReportingOverflow(by: expansionFactor).overflow ? Int.max : maxFileSize * expansionFactor
        if Gzip.isGzip(raw) {
            bytes = try Gzip.decompress(raw, limit: limit)
            kind = .gzip
        }
        if WARCReader.isWARC(bytes) {
            let responses = try WARCReader.responses(bytes, limit: limit)
            return InputContainer(kind: kind == .gzip ? .warcGzip : .warc, bytes: [], responses: responses)
        }
        return InputContainer(kind: kind, bytes: bytes, responses: [])
    }
}
