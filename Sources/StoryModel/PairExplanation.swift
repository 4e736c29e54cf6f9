/// Why two articles were, or were not, put in the same event: the evidence behind their score.
public struct PairExplanation: Sendable, Hashable, Codable {
    /// A term or name both articles weigh, with its share of the score.
    public struct SharedTerm: Sendable, Hashable, Codable {
        /// The term (stemmed, folded) or proper name.
        public var term: String
        /// Whether it is a proper name.
        public var isName: Bool
        /// Its contribution to the cosine (the product of its two weights).
        public var contribution: Double

        /// Creates a shared term.
        public init(term: String, isName: Bool, contribution: Double) {
            self.term = term
            self.isName = isName
            self.contribution = contribution
        }
    }

    /// Evidence that the two articles report different events, and what it multiplies the score by.
    public struct Adjustment: Sendable, Hashable, Codable {
        /// What the articles disagree on, in words ("headlines state 3 vs 5").
        public var reason: String
        /// The factor the score is multiplied by (below 1).
        public var factor: Double

        /// Creates an adjustment.
        public init(reason: String, factor: Double) {
            self.reason = reason
            self.factor = factor
        }
    }

    /// The first article.
    public var a: ArticleSummary
    /// The second article.
    public var b: ArticleSummary
    /// The clusterer's score for the pair (after the date factor and the same-outlet factor).
    public var score: Double
    /// The score an average link needs to join events (`eventThreshold`).
    public var threshold: Double
    /// The term/name cosine before dates lower it.
    public var cosine: Double
    /// What the publication dates multiply the score by (1 within the window or when undated).
    public var dateFactor: Double
    /// The date decay before a strong match fades it (`dateDecayCeiling`): equal to
    /// `dateFactor` unless the pair's similarity is above the threshold.
    public var dateDecay: Double
    /// Days between the publication dates, when both are known.
    public var daysApart: Int?
    /// The exact word-shingle Jaccard similarity (how much text they share).
    public var shingleJaccard: Double
    /// Whether they are near-duplicates (wire copies), which always share an event.
    public var nearDuplicates: Bool
    /// Whether the run put them in the same event, and which.
    public var sameEvent: Bool
    /// The event ids of `a` and `b`.
    public var events: [String]
    /// The shared terms and names that contribute most, largest first.
    public var sharedTerms: [SharedTerm]
    /// Factors that lowered the score besides dates: the same outlet, headline numbers, ages or
    /// streets that disagree.
    public var adjustments: [Adjustment]

    /// Creates an explanation.
    public init(
        a: ArticleSummary, b: ArticleSummary, score: Double, threshold: Double, cosine: Double,
        dateFactor: Double, dateDecay: Double? = nil, daysApart: Int?, shingleJaccard: Double, nearDuplicates: Bool,
        sameEvent: Bool, events: [String], sharedTerms: [SharedTerm], adjustments: [Adjustment] = []
    ) {
        self.a = a
        self.b = b
        self.score = score
        self.threshold = threshold
        self.cosine = cosine
        self.dateFactor = dateFactor
        self.dateDecay = dateDecay ?? dateFactor
        self.daysApart = daysApart
        self.shingleJaccard = shingleJaccard
        self.nearDuplicates = nearDuplicates
        self.sameEvent = sameEvent
        self.events = events
        self.sharedTerms = sharedTerms
        self.adjustments = adjustments
    }
}
