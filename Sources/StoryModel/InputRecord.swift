/// What happened to one input path: its articles were clustered, or it was skipped and why.
///
/// Every path the user named or that discovery found appears in a run's output exactly once,
/// so nothing is lost silently.
public struct InputRecord: Sendable, Hashable, Codable {
    /// Whether an input was used.
    public enum Status: String, Sendable, Hashable, Codable {
        /// One or more articles were read from the input.
        case clustered
        /// Nothing was read from the input; `reason` says why.
        case skipped
    }

    /// The input's path.
    public var path: String
    /// The format the input was read as, when it was recognised.
    public var format: InputFormat?
    /// Whether its articles were used.
    public var status: Status
    /// The ids of the articles read from the input (empty when skipped).
    public var articleIDs: [String]
    /// Why the input was skipped, or notes on a partial read (items skipped inside a feed).
    public var reason: SkipReason?
    /// Items inside the input that were skipped (a feed item without text, a broken JSON line).
    public var skippedItems: [SkippedItem]
    /// For an input skipped as a duplicate: the path of the input with the same bytes, whose
    /// articles stand for this one's (so its events are this file's events too).
    public var duplicateOf: String?

    /// Creates a record.
    public init(
        path: String, format: InputFormat?, status: Status, articleIDs: [String] = [],
        reason: SkipReason? = nil, skippedItems: [SkippedItem] = [], duplicateOf: String? = nil
    ) {
        self.path = path
        self.format = format
        self.status = status
        self.articleIDs = articleIDs
        self.reason = reason
        self.skippedItems = skippedItems
        self.duplicateOf = duplicateOf
    }
}

/// An item inside a multi-article input (feed item, JSON line) that was not used.
public struct SkippedItem: Sendable, Hashable, Codable {
    /// The item's position: 1-based line for JSON Lines, 1-based item for feeds.
    public var position: Int
    /// Why it was skipped.
    public var reason: SkipReason

    /// Creates a skipped-item note.
    public init(position: Int, reason: SkipReason) {
        self.position = position
        self.reason = reason
    }
}

/// Why an input (or an item inside one) was not used, with a message a person can act on.
public struct SkipReason: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kinds of problem, stable for scripts (`code` in JSON).
    public enum Code: String, Sendable, Hashable, Codable {
        /// The file could not be opened or read (permissions, vanished, a directory).
        case unreadable
        /// The file has no bytes, or no text after cleanup.
        case empty
        /// The bytes are not text (NUL bytes, a known binary signature).
        case binary
        /// The text is not valid in its encoding and could not be decoded.
        case invalidEncoding = "invalid-encoding"
        /// The file is larger than the configured limit.
        case tooLarge = "too-large"
        /// The content could not be parsed in its format (broken XML, broken JSON).
        case malformed
        /// The document declares entities or does something hostile (XXE, entity expansion).
        case unsafe
        /// The same bytes were already read from another path.
        case duplicate
        /// The extension and the content say nothing StoryMerge can read.
        case unsupported
        /// The article has too little text to compare (below the minimum word count).
        case tooShort = "too-short"
    }

    /// The kind of problem.
    public var code: Code
    /// A sentence for a person: what is wrong and, where useful, what to do.
    public var message: String

    /// Creates a reason.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// `code: message`.
    public var description: String { "\(code.rawValue): \(message)" }
}
