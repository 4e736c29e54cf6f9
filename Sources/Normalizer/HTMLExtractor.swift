package import StoryModel

/// Extracts the main article and its metadata from an HTML page with libxml2's HTML parser.
package enum HTMLExtractor {
    /// Extracts the main text and metadata of a page.
    ///
    /// - Parameter bytes: the page's bytes, in any charset the page declares (UTF-8 assumed
    ///   when valid).
    /// - Returns: the page's metadata and main-text paragraphs.
    /// - Throws: `LoadFailure` when the bytes are not a parseable page.
    package static func extract(_ bytes: [UInt8]) throws(LoadFailure) -> ExtractedPage {
        throw LoadFailure(.unsupported, "HTML extraction is not built yet")
    }
}
