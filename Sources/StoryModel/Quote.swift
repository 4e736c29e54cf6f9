/// A direct quotation with its speaker and the outlets that carry it.
public struct Quote: Sendable, Hashable, Codable {
    /// The quoted words, without the quotation marks, as the first source wrote them.
    public var text: String
    /// Who said it (`"Sergei Lavrov"`, `"Psaki"`), when the text says so.
    public var speaker: String?
    /// The outlets that carry the quote, sorted, unique.
    public var sources: [String]
    /// Each source's sentence holding the quote.
    public var provenance: [SourceSpan]

    /// Creates a quote.
    public init(text: String, speaker: String?, sources: [String], provenance: [SourceSpan]) {
        self.text = text
        self.speaker = speaker
        self.sources = sources
        self.provenance = provenance
    }
}
