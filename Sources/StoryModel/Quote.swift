/// A direct quotation with its speaker and the outlets that carry it.
public struct Quote: Sendable, Hashable, Codable {
    /// One outlet's version of a quotation.
    public struct Wording: Sendable, Hashable, Codable {
        /// The outlet.
        public var source: String
        /// The article's id.
        public var articleID: String
        /// The quoted words as this article wrote them, without the marks.
        public var text: String
        /// The speaker this article names, when it names one.
        public var speaker: String?

        /// Creates a wording.
        public init(source: String, articleID: String, text: String, speaker: String? = nil) {
            self.source = source
            self.articleID = articleID
            self.text = text
            self.speaker = speaker
        }
    }

    /// The quoted words, without the quotation marks, as the first source wrote them.
    public var text: String
    /// Who said it (`"Sergei Lavrov"`, `"Psaki"`), when the text says so.
    public var speaker: String?
    /// The outlets that carry the quote, sorted, unique.
    public var sources: [String]
    /// Each source's sentence holding the quote.
    public var provenance: [SourceSpan]
    /// Every article's version, in `provenance` order, when the articles carrying the quote word
    /// it differently (a partial quote, a changed word); empty when all agree with `text`.
    public var wordings: [Wording]

    /// Creates a quote.
    public init(text: String, speaker: String?, sources: [String], provenance: [SourceSpan], wordings: [Wording] = []) {
        self.text = text
        self.speaker = speaker
        self.sources = sources
        self.provenance = provenance
        self.wordings = wordings
    }

    private enum CodingKeys: String, CodingKey {
        case text, speaker, sources, provenance, wordings
    }

    /// Decodes a quote; a missing `wordings` (older output) is empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
        sources = try c.decode([String].self, forKey: .sources)
        provenance = try c.decode([SourceSpan].self, forKey: .provenance)
        wordings = try c.decodeIfPresent([Wording].self, forKey: .wordings) ?? []
    }
}
