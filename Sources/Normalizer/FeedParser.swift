package import StoryModel

/// Reads RSS and Atom feeds with libxml2's XML parser (no network, no entity expansion).
package enum FeedParser {
    /// Parses a feed.
    ///
    /// - Parameter bytes: the feed document.
    /// - Returns: the feed and its items.
    /// - Throws: `LoadFailure` for malformed or hostile XML, or XML that is not a feed.
    package static func parse(_ bytes: [UInt8]) throws(LoadFailure) -> Feed {
        throw LoadFailure(.unsupported, "feed parsing is not built yet")
    }
}
