internal import StoryModel
internal import Similarity

/// The comparison features of one article: shingles, MinHash signature and weighted features.
struct ArticleFeatures: Sendable {
    /// Sorted unique word-shingle hashes.
    var shingles: [UInt64]
    /// The MinHash signature of `shingles`.
    var signature: MinHashSignature
    /// Sorted unique keys of the article's sentences (see `sentenceKey`).
    var sentenceKeys: [UInt64]
    /// The key of each sentence in order, until `weigh` has used them.
    private var keyOfSentence: [UInt64?]
    /// Content terms and names, with counts and boosts, for the full vector.
    var features: [WeightedFeature] = []
    /// Names only, for the name vector.
    var nameFeatures: [WeightedFeature] = []
    /// The publication day as an ordinal, if known.
    var day: Int?
    /// Small numbers (below 1,000, number words included) the headline states, sorted, unique.
    var headlineNumbers: [Int] = []
    /// Ages the article gives ("a 14-year-old", "aged 32"), sorted, unique.
    var ages: [Int] = []
    /// Whether the body is mostly a page template, so only the headline describes the event.
    var titleOnly = false

    /// The key prefix that keeps name phrases apart from content terms.
    static let namePrefix = "\u{1}"
    /// The key prefix of adjacent content-term pairs.
    static let pairPrefix = "\u{2}"

    /// Extracts the shingle features of an article; term features come from `weigh`.
    init(_ article: NormalizedArticle, shingler: WordShingler, hasher: OnePermutationHasher) {
        shingles = shingler.shingles(article.words)
        signature = hasher.signature(shingles)
        day = article.article.date?.ordinal
        headlineNumbers = Self.smallNumbers(in: article.article.title ?? "")
        ages = Self.ages(in: article.words)
        keyOfSentence = article.sentences.map { Self.sentenceKey($0, seed: shingler.seed) }
        sentenceKeys = SortedSet.uniqued(keyOfSentence.compactMap { $0 })
    }

    /// A hash of a sentence's content terms, or `nil` for a sentence with fewer than 3 terms
    /// (too short to call boilerplate with confidence).
    static func sentenceKey(_ sentence: Sentence, seed: UInt64) -> UInt64? {
        guard sentence.terms.count >= 3 else { return nil }
        let hashes = sentence.terms.map { StableHash.hash($0, seed: seed) }
        return StableHash.hash(sequence: hashes[...], seed: seed ^ 0x5345_4E54_454E_4345)
    }

    /// Fills the term and name features, leaving out sentences whose key (or outlet-specific
    /// key, from `sourceKey`) is in `boilerplate`.
    mutating func weigh(
        _ article: NormalizedArticle, configuration: ClusteringConfiguration, boilerplate: Set<UInt64>,
        sourceKey: (UInt64) -> UInt64? = { _ in nil }
    ) {
        var termCounts: [String: Int] = [:]
        var nameCounts: [String: Int] = [:]
        var pairCounts: [String: Int] = [:]
        // Keys from `init` (same sentences, same seed), or computed when this article was not
        // built from `article`.
        let keys = keyOfSentence.count == article.sentences.count
            ? keyOfSentence : article.sentences.map { Self.sentenceKey($0, seed: configuration.seed) }
        keyOfSentence = []
        for (sentence, key) in zip(article.sentences, keys) where !titleOnly {
            if !boilerplate.isEmpty, let key, boilerplate.contains(key) || sourceKey(key).map(boilerplate.contains) == true {
                continue
            }
            for term in sentence.terms { termCounts[term, default: 0] += 1 }
            for name in sentence.names { nameCounts[name, default: 0] += 1 }
            if configuration.termPairBoost > 0, sentence.terms.count > 1 {
                for index in 1..<sentence.terms.count {
                    let pair = Self.pairPrefix + sentence.terms[index - 1] + " " + sentence.terms[index]
                    pairCounts[pair, default: 0] += 1
                }
            }
        }
        for term in article.titleTerms { termCounts[term, default: 0] += 1 }
        for name in article.titleNames { nameCounts[name, default: 0] += 1 }
        let titleTerms = Set(article.titleTerms)
        let titleNames = Set(article.titleNames)

        var features: [WeightedFeature] = []
        for (term, count) in termCounts {
            var boost = Self.isNumber(term) ? configuration.numberBoost : 1
            if titleTerms.contains(term) { boost *= configuration.titleBoost }
            features.append(WeightedFeature(key: term, count: count, boost: boost))
        }
        for (pair, count) in pairCounts {
            features.append(WeightedFeature(key: pair, count: count, boost: configuration.termPairBoost))
        }
        var nameFeatures: [WeightedFeature] = []
        for (name, count) in nameCounts {
            var boost = name.utf8.contains(UInt8(ascii: " ")) ? configuration.phraseNameBoost : configuration.nameBoost
            if titleNames.contains(name) { boost *= configuration.titleBoost }
            let feature = WeightedFeature(key: Self.namePrefix + name, count: count, boost: boost)
            features.append(feature)
            nameFeatures.append(feature)
        }
        // Dictionary order is per process; sort so everything downstream is reproducible.
        self.features = features.sorted { $0.key < $1.key }
        self.nameFeatures = nameFeatures.sorted { $0.key < $1.key }
    }

    /// Number words a headline spells out, with their values.
    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "single": 1, "double": 2, "triple": 3, "quadruple": 4,
    ]

    /// The distinct numbers below 1,000 in a text, digits or number words ("Two killed",
    /// "girl, 14", "5-year-old"); longer numbers (years, amounts) are left out.
    static func smallNumbers(in text: String) -> [Int] {
        var result: [Int] = []
        // Tokens are runs of letters, digits and inner ".,:" ("8:00", "5.6", "1,000" stay whole).
        for token in text.utf8.split(whereSeparator: { byte in
            !(isASCIIAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":"))
        }) {
            var bytes = Array(token)
            while let last = bytes.last, !isASCIIAlphanumeric(last) { bytes.removeLast() }
            guard !bytes.isEmpty else { continue }
            if bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                if bytes.count <= 3, let value = Int(String(decoding: bytes, as: UTF8.self)) { result.append(value) }
            } else if let value = numberWords[String(decoding: bytes, as: UTF8.self).lowercased()] {
                result.append(value)
            }
        }
        return SortedSet.uniqued(result)
    }

    /// Ages in a lowercased word sequence: "N year(s) old" and "aged N", N a number up to 120
    /// in digits or words.
    static func ages(in words: [String]) -> [Int] {
        func value(_ word: String) -> Int? {
            if let number = Int(word), number <= 120 { return number }
            return numberWords[word]
        }
        var result: [Int] = []
        for index in words.indices {
            if words[index] == "aged", index + 1 < words.count, let age = value(words[index + 1]) {
                result.append(age)
            } else if index + 2 < words.count, words[index + 1] == "year" || words[index + 1] == "years",
                      words[index + 2] == "old", let age = value(words[index]) {
                result.append(age)
            }
        }
        return SortedSet.uniqued(result)
    }

    /// Whether a byte is an ASCII letter or digit.
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122)
    }

    /// Whether a term is a number ("20", "3.5", "1,000", "2021").
    static func isNumber(_ term: String) -> Bool {
        var sawDigit = false
        for byte in term.utf8 {
            if byte >= 48, byte <= 57 {
                sawDigit = true
            } else if byte != UInt8(ascii: "."), byte != UInt8(ascii: ","), byte != UInt8(ascii: "%") {
                return false
            }
        }
        return sawDigit
    }
}
