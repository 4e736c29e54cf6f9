/// Sources that disagree on a number, a date or a name in sentences that say the same thing.
public struct Conflict: Sendable, Hashable, Codable {
    /// What kind of value differs.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A count, amount, age or other number.
        case number
        /// A day, month or year.
        case date
        /// A time of day.
        case time
        /// A person's or place's name.
        case name
    }

    /// One side of the disagreement: a value and who states it.
    public struct Claim: Sendable, Hashable, Codable {
        /// The value as written (`"March 20"`, `"5"`).
        public var value: String
        /// The outlets stating it, sorted, unique.
        public var sources: [String]
        /// The sentences stating it.
        public var provenance: [SourceSpan]

        /// Creates a claim.
        public init(value: String, sources: [String], provenance: [SourceSpan]) {
            self.value = value
            self.sources = sources
            self.provenance = provenance
        }
    }

    /// What kind of value differs.
    public var kind: Kind
    /// A short description of what the value is about (`"injured"`, `"return to Moscow"`).
    public var context: String
    /// Two or more differing claims.
    public var claims: [Claim]

    /// Creates a conflict.
    public init(kind: Kind, context: String, claims: [Claim]) {
        self.kind = kind
        self.context = context
        self.claims = claims
    }
}
