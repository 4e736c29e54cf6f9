/// The knobs of the similarity engine and the clusterer, with defaults that work without flags.
public struct ClusteringConfiguration: Sendable, Hashable, Codable {
    /// Words per shingle for near-duplicate detection.
    public var shingleSize: Int = 5
    /// MinHash values per signature.
    public var signatureSize: Int = 128
    /// LSH bands; `signatureSize / bands` rows each. 32 bands of 4 rows put the
    /// candidate threshold near Jaccard 0.42.
    public var bands: Int = 32
    /// Estimated shingle Jaccard at or above which two articles are near-duplicates.
    public var nearDuplicateThreshold: Double = 0.5
    /// Share of the shorter article's shingles found in the longer one at or above which they
    /// are near-duplicates anyway (a copy that dropped a paragraph or was cut); 0 turns this off.
    public var nearDuplicateContainment: Double = 0.85
    /// Weighted term/entity similarity at or above which two articles cover the same event
    /// (the average over two clusters' article pairs when clusters merge). Tuned on ECB+ and
    /// Gun Violence Archive articles together with the relative-link check and the age and
    /// headline-number, age, street and clock-time factors.
    public var eventThreshold: Double = 0.16
    /// Within this many days, publication dates do not lower the similarity of two articles.
    public var dateWindowDays: Int = 4
    /// Beyond the window, the similarity halves every this many days (down to `dateDecayFloor`);
    /// 0 makes the window a hard limit: articles further apart are different events.
    public var dateHalfLifeDays: Double = 10
    /// The least the date decay multiplies a similarity by.
    public var dateDecayFloor: Double = 0.4
    /// Term/name similarity at and above which publication dates no longer lower a pair's
    /// score; from `eventThreshold` up to it, the date factor fades linearly from its decayed
    /// value to 1. A follow-up months later (charges, a trial, a sentencing) still shares the
    /// event's names and facts; look-alike events of one kind share less and keep the full
    /// decay. A value at or below `eventThreshold` turns the fade off; a hard window
    /// (`dateHalfLifeDays` 0) never fades.
    public var dateDecayCeiling: Double = 0.25
    /// The seed of the hash family (fixed, so signatures are reproducible).
    public var seed: UInt64 = 0x5EED_0F57_0E1E_57A7
    /// Weight multiplier of a one-word proper name ("lavrov") in the term vector. The word is
    /// also a term of its own, so a half weight keeps a city named in two stories from counting
    /// as much as the facts they share.
    ///
    /// Boosts (this one, `phraseNameBoost`, `numberBoost`, `titleBoost`, `termPairBoost`) and
    /// their products are applied in single precision: every default is exact, another value
    /// (1.3) is rounded to the nearest `Float`.
    public var nameBoost: Double = 0.5
    /// Weight multiplier of a multi-word proper-name phrase ("sergei lavrov").
    public var phraseNameBoost: Double = 1.25
    /// Weight multiplier of a number term ("20", "2021").
    public var numberBoost: Double = 2
    /// Weight multiplier of a term or name that also occurs in the headline.
    public var titleBoost: Double = 1
    /// Share of the combined similarity given to the cosine of the name-only vectors
    /// (the rest is the cosine of the full term-and-name vectors).
    public var nameSimilarityShare: Double = 0
    /// Heaviest terms per article put in the inverted index that proposes candidate pairs.
    public var candidateTermsPerArticle: Int = 30
    /// Per article, the partners sharing the most indexed term weight that become candidate
    /// pairs (besides LSH's near-duplicate candidates); keeps the pair count linear in the corpus.
    public var candidateNeighbors: Int = 50
    /// Weight multiplier of adjacent content-term pairs ("pool game") added as features;
    /// 0 leaves pairs out.
    public var termPairBoost: Double = 0
    /// A sentence repeated verbatim in at least this many independent articles (and at least
    /// 1% of them) is boilerplate and left out of the term vectors; 0 turns this off.
    public var boilerplateMinimumArticles: Int = 5
    /// A sentence repeated verbatim in at least this many independent articles of one outlet is
    /// that outlet's boilerplate (navigation, promos) and left out of the term vectors; 0 turns
    /// this off.
    public var sourceBoilerplateMinimumArticles: Int = 3
    /// A short article at least half of whose shingles occur in this many short articles under
    /// three or more different headlines is a template page (paywall or sign-up notice): it is
    /// described by its headline alone and is nobody's near-duplicate; 0 turns this off.
    public var templateMinimumArticles: Int = 4
    /// Articles count as short for template detection below this many content terms.
    public var templateMaximumTerms: Int = 80
    /// Multiplier on the similarity of two articles from the same outlet (shared page templates
    /// make them look alike); 1 leaves it unchanged.
    public var sameSourceFactor: Double = 0.7
    /// Two clusters of at least `relativeLinkMinimumSize` articles each merge only when their
    /// average cross similarity reaches this fraction of the lower of their own cohesions
    /// (0 turns the check off): two tight stories of one topic stay apart.
    public var relativeLinkFactor: Double = 0.72
    /// Multiplies the similarity of two articles whose headlines both state small numbers
    /// (counts, ages: "4 shot", "girl, 14") and share none of them (1 turns it off).
    public var headlineNumberMismatchFactor: Double = 0.8
    /// Multiplies the similarity of two articles that both give ages ("a 14-year-old girl")
    /// and share none of them (1 turns it off).
    public var ageMismatchFactor: Double = 0.7
    /// Multiplies the similarity of two articles that both name streets ("Patton Avenue",
    /// "Main St.") and share none of them: local stories of one city told at street level are
    /// different incidents more often than not (1 turns it off).
    public var streetMismatchFactor: Double = 0.7
    /// Multiplies the similarity of two articles that both give clock times ("at 1:18 p.m.",
    /// "9pm") and share none of them: reports of one incident repeat when it happened
    /// (1 turns it off).
    public var clockTimeMismatchFactor: Double = 0.85
    /// The cluster size from which `relativeLinkFactor` applies.
    public var relativeLinkMinimumSize: Int = 4
    /// Articles with fewer words (a headline alone, a brief) take no part in forming events:
    /// their few names would pull look-alike events together or cut one apart. After average
    /// link, each joins the event whose articles it scores highest with on average, when that
    /// average reaches `eventThreshold`; a near-duplicate of a longer article stays with it.
    /// 0 turns this off.
    public var shortArticleWords: Int = 20

    /// The defaults.
    public init() {}

    private enum CodingKeys: String, CodingKey {
        case streetMismatchFactor, clockTimeMismatchFactor
        case ageMismatchFactor, headlineNumberMismatchFactor, relativeLinkFactor, relativeLinkMinimumSize, shingleSize, signatureSize, bands, nearDuplicateThreshold, eventThreshold,
            dateWindowDays, seed, nameBoost, phraseNameBoost, numberBoost, titleBoost,
            nameSimilarityShare, candidateTermsPerArticle, candidateNeighbors, termPairBoost,
            boilerplateMinimumArticles, sourceBoilerplateMinimumArticles, sameSourceFactor,
            templateMinimumArticles, templateMaximumTerms, dateHalfLifeDays, dateDecayFloor,
            nearDuplicateContainment, dateDecayCeiling, shortArticleWords
    }

    /// Decodes a configuration; missing keys keep their defaults, so older or partial
    /// configuration files still load.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let value = try container.decodeIfPresent(Int.self, forKey: .shingleSize) { shingleSize = value }
        if let value = try container.decodeIfPresent(Int.self, forKey: .signatureSize) { signatureSize = value }
        if let value = try container.decodeIfPresent(Int.self, forKey: .bands) { bands = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .nearDuplicateThreshold) { nearDuplicateThreshold = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .eventThreshold) { eventThreshold = value }
        if let value = try container.decodeIfPresent(Int.self, forKey: .dateWindowDays) { dateWindowDays = value }
        if let value = try container.decodeIfPresent(UInt64.self, forKey: .seed) { seed = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .nameBoost) { nameBoost = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .phraseNameBoost) { phraseNameBoost = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .numberBoost) { numberBoost = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .titleBoost) { titleBoost = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .nameSimilarityShare) { nameSimilarityShare = value }
        if let value = try container.decodeIfPresent(Int.self, forKey: .candidateTermsPerArticle) { candidateTermsPerArticle = value }
        if let value = try container.decodeIfPresent(Int.self, forKey: .candidateNeighbors) { candidateNeighbors = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .termPairBoost) { termPairBoost = value }
        if let value = try container.decodeIfPresent(Int.self, forKey: .boilerplateMinimumArticles) { boilerplateMinimumArticles = value }
        if let value = try container.decodeIfPresent(Int.self, forKey: .sourceBoilerplateMinimumArticles) { sourceBoilerplateMinimumArticles = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .sameSourceFactor) { sameSourceFactor = value }
        if let value = try container.decodeIfPresent(Int.self, forKey: .templateMinimumArticles) { templateMinimumArticles = value }
        if let value = try container.decodeIfPresent(Int.self, forKey: .templateMaximumTerms) { templateMaximumTerms = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .dateHalfLifeDays) { dateHalfLifeDays = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .dateDecayFloor) { dateDecayFloor = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .dateDecayCeiling) { dateDecayCeiling = value }
        if let value = try container.decodeIfPresent(Int.self, forKey: .shortArticleWords) { shortArticleWords = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .nearDuplicateContainment) { nearDuplicateContainment = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .relativeLinkFactor) { relativeLinkFactor = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .ageMismatchFactor) { ageMismatchFactor = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .headlineNumberMismatchFactor) { headlineNumberMismatchFactor = value }
        if let value = try container.decodeIfPresent(Int.self, forKey: .relativeLinkMinimumSize) { relativeLinkMinimumSize = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .streetMismatchFactor) { streetMismatchFactor = value }
        if let value = try container.decodeIfPresent(Double.self, forKey: .clockTimeMismatchFactor) { clockTimeMismatchFactor = value }
    }
}
