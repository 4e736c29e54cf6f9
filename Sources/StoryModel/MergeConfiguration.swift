/// The knobs of sentence alignment and merging.
public struct MergeConfiguration: Sendable, Hashable, Codable {
    /// Sentence similarity at or above which two sentences from different articles are fused.
    public var fusionThreshold: Double = 0.5
    /// How much a shared proper name counts relative to a shared content term.
    public var nameWeight: Double = 2.0
    /// How much a shared number counts relative to a shared content term.
    public var numberWeight: Double = 1.5
    /// Distinct shared content terms two sentences need before they can be fused at all (names
    /// are not counted again: their words are terms already). Sentences with equal folded text
    /// are fused regardless.
    public var minimumSharedTerms: Int = 3
    /// Quotes with fewer words than this are kept only when a speech verb introduces them
    /// directly (`Biden said, "I do."`); shorter quotes inside a clause are scare quotes.
    public var minimumQuoteWords: Int = 3
    /// Word overlap (Jaccard) at or above which two quotes from different outlets are one quote.
    public var quoteMatchThreshold: Double = 0.7

    /// The defaults.
    public init() {}

    private enum CodingKeys: String, CodingKey {
        case fusionThreshold, nameWeight, numberWeight, minimumSharedTerms, minimumQuoteWords, quoteMatchThreshold
    }

    /// Decodes a configuration; missing keys keep their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let v = try c.decodeIfPresent(Double.self, forKey: .fusionThreshold) { fusionThreshold = v }
        if let v = try c.decodeIfPresent(Double.self, forKey: .nameWeight) { nameWeight = v }
        if let v = try c.decodeIfPresent(Double.self, forKey: .numberWeight) { numberWeight = v }
        if let v = try c.decodeIfPresent(Int.self, forKey: .minimumSharedTerms) { minimumSharedTerms = v }
        if let v = try c.decodeIfPresent(Int.self, forKey: .minimumQuoteWords) { minimumQuoteWords = v }
        if let v = try c.decodeIfPresent(Double.self, forKey: .quoteMatchThreshold) { quoteMatchThreshold = v }
    }
}
