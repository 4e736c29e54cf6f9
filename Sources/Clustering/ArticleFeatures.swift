internal import StoryModel
internal import Similarity

/// The comparison features of one article: shingles, MinHash signature, and the hashed terms
/// and names the weighted vectors are built from.
///
/// Built once per article, right after normalizing; it keeps no text, so a large run holds
/// these compact features instead of every article's sentences and words.
package struct ArticleFeatures: Sendable {
    /// The article's id.
    private(set) var id: String
    /// The publication date, if known.
    let date: CalendarDay?
    /// The outlet ("" when unknown).
    private(set) var source: String
    /// How many words the kept body has (breaks ties between repeated ids).
    let wordCount: Int
    /// Sorted unique fingerprints of the word-shingle hashes (see `ShingleFingerprints`), for
    /// near-duplicate checks: half the memory of the hashes. A slice, so a batch of articles
    /// can share one buffer (see `pack(_:)`).
    var shingles: ArraySlice<UInt32>
    /// The sorted unique word-shingle hashes of a short article with a headline (a possible
    /// template page, see `CorpusFeatures.templatePages`); empty for every other article.
    var templateShingles: [UInt64] = []
    /// The LSH band keys of the MinHash signature of `shingles` (see `LSHBanding.bandKeys`);
    /// empty when there are no shingles. A slice, so a batch can share one buffer (see `pack(_:)`).
    var bandKeys: ArraySlice<UInt64>
    /// The distinct term and name keys of the article, or of the batch it was packed with (see
    /// `pack(_:)`), in order of first appearance (see `KeyInterner`): the key lists below hold
    /// positions in it, 32 bits instead of 64.
    private var keyTable: [UInt64]
    /// The article's key lists (see `KeyList`), as positions in `keyTable`, one after another
    /// in one slice, so a batch of articles can share one buffer (see `pack(_:)`). A slice takes
    /// 32 bytes and a million articles' features are held at once: one slice and five ends
    /// instead of six slices.
    private var keyLists: ArraySlice<UInt32>
    /// Where each key list but the last ends in `keyLists` (offsets from its start).
    private var keyListEnds: InlineArray<5, Int32>
    /// Where each sentence's terms end in `sentenceTerms`, then where each sentence's names
    /// end in `sentenceNames` (offsets from their starts): one entry of each per sentence.
    private var sentenceEnds: ArraySlice<Int32>

    /// The lists of keys an article keeps until it is weighed, in their order in `keyLists`.
    private enum KeyList: Int {
        /// The term keys of every sentence, one after another; sentence `i` ends at `termEnds[i]`.
        case sentenceTerms
        /// The name keys of every sentence, one after another; sentence `i` ends at `nameEnds[i]`.
        case sentenceNames
        /// Term keys of the headline.
        case titleTerms
        /// Name keys of the headline.
        case titleNames
        /// Keys of terms that are numbers ("20", "3.5"), sorted, unique.
        case numberKeys
        /// Keys of names of two or more words, sorted, unique.
        case phraseKeys
    }

    /// Where a key list lies in `keyLists`, as offsets from its start.
    private func offsets(of list: KeyList) -> Range<Int> {
        let index = list.rawValue
        let start = index == 0 ? 0 : Int(keyListEnds[index - 1])
        let end = index == keyListEnds.count ? keyLists.count : Int(keyListEnds[index])
        return start..<end
    }

    /// A key list, as a slice of `keyLists`.
    private func keys(_ list: KeyList) -> ArraySlice<UInt32> {
        let offsets = offsets(of: list)
        return keyLists[(keyLists.startIndex + offsets.lowerBound)..<(keyLists.startIndex + offsets.upperBound)]
    }

    private var sentenceTerms: ArraySlice<UInt32> { keys(.sentenceTerms) }
    private var sentenceNames: ArraySlice<UInt32> { keys(.sentenceNames) }
    private var titleTerms: ArraySlice<UInt32> { keys(.titleTerms) }
    private var titleNames: ArraySlice<UInt32> { keys(.titleNames) }
    private var numberKeys: ArraySlice<UInt32> { keys(.numberKeys) }
    private var phraseKeys: ArraySlice<UInt32> { keys(.phraseKeys) }
    /// Where each sentence's terms end in `sentenceTerms` (offsets from its start).
    private var termEnds: ArraySlice<Int32> { sentenceEnds.prefix(sentenceEnds.count / 2) }
    /// Where each sentence's names end in `sentenceNames` (offsets from its start).
    private var nameEnds: ArraySlice<Int32> { sentenceEnds.suffix(sentenceEnds.count / 2) }
    /// A hash of the headline's terms, `nil` when it has none (template pages need a headline).
    let headlineKey: UInt64?
    /// How many content terms the kept sentences hold.
    let termCount: Int
    /// Content terms and names, with counts and boosts, for the full vector.
    var features: [WeightedFeature] = []
    /// Names only, for the name vector; empty unless `nameSimilarityShare` is positive.
    var nameFeatures: [WeightedFeature] = []
    /// The publication day as an ordinal, if known.
    var day: Int? { date?.ordinal }
    /// Small numbers (below 1,000, number words included) the headline states, sorted, unique.
    var headlineNumbers: [Int] = []
    /// Ages the article gives ("a 14-year-old", "aged 32"), sorted, unique.
    var ages: [Int] = []
    /// Streets the article names, each by the word before its street type ("patton" for
    /// "Patton Avenue", "43" for "43rd St."), sorted, unique (see `streets(names:words:)`).
    var streets: [String] = []
    /// Clock times the article gives, in minutes after midnight ("1:18 p.m." is 798), sorted,
    /// unique (see `clockTimes(in:)`).
    var clockTimes: [Int] = []
    /// Whether the body is mostly a page template, so only the headline describes the event.
    var titleOnly = false

    /// The seeds that keep feature kinds apart: a content term, a name and a pair of adjacent
    /// terms with the same text are different features.
    enum Kind: UInt64 {
        case term = 0x5445_524D
        case name = 0x4E41_4D45
        case pair = 0x5041_4952
    }

    /// The key of a feature of one kind (see `WeightedFeature.key(of:seed:)`).
    static func key(_ text: String, _ kind: Kind, seed: UInt64) -> UInt64 {
        WeightedFeature.key(of: text, seed: seed ^ kind.rawValue)
    }

    /// The key of two adjacent content terms, from their term keys.
    static func pairKey(_ first: UInt64, _ second: UInt64, seed: UInt64) -> UInt64 {
        StableHash.finalize(StableHash.mum(first ^ (seed ^ Kind.pair.rawValue), second ^ 0x9E37_79B9_7F4A_7C15))
    }

    /// Extracts the features of an article; weighted features come from `weigh`.
    ///
    /// - Parameter templateMaximumTerms: an article with fewer content terms and a headline
    ///   keeps its full shingle hashes in `templateShingles`.
    init(
        _ article: NormalizedArticle, shingler: WordShingler, hasher: OnePermutationHasher, banding: LSHBanding,
        templateMaximumTerms: Int = 0
    ) {
        let seed = shingler.seed
        id = article.id
        date = article.article.date
        source = article.article.source
        wordCount = article.words.count
        let shingleHashes = shingler.shingles(article.words)
        bandKeys = banding.bandKeys(hasher.signature(shingleHashes))[...]
        shingles = ShingleFingerprints.fingerprints(ofSorted: shingleHashes)[...]
        headlineNumbers = Self.smallNumbers(in: article.article.title ?? "")
        let facts = WordFacts(article.words)
        ages = facts.ages
        clockTimes = facts.clockTimes
        streets = Self.streets(nameLists: article.sentences.map(\.names) + [article.titleNames], numberedStreets: facts.numberedStreets)
        var numbers: [UInt64] = [], phrases: [UInt64] = []
        func termKeys(_ terms: [String], into keys: inout [UInt64]) {
            for term in terms {
                let key = Self.key(term, .term, seed: seed)
                keys.append(key)
                if Self.isNumber(term) { numbers.append(key) }
            }
        }
        func nameKeys(_ names: [String], into keys: inout [UInt64]) {
            for name in names {
                let key = Self.key(name, .name, seed: seed)
                keys.append(key)
                if name.utf8.contains(UInt8(ascii: " ")) { phrases.append(key) }
            }
        }
        // Reserved exactly: a million articles' keys are held until `weigh`, and growth by
        // doubling would leave a third of that memory unused.
        var terms: [UInt64] = [], names: [UInt64] = []
        terms.reserveCapacity(article.sentences.reduce(0) { $0 + $1.terms.count })
        names.reserveCapacity(article.sentences.reduce(0) { $0 + $1.names.count })
        var termEnds: [Int32] = [], nameEnds: [Int32] = []
        termEnds.reserveCapacity(article.sentences.count)
        nameEnds.reserveCapacity(article.sentences.count)
        for sentence in article.sentences {
            termKeys(sentence.terms, into: &terms)
            nameKeys(sentence.names, into: &names)
            termEnds.append(Int32(terms.count))
            nameEnds.append(Int32(names.count))
        }
        termCount = terms.count
        var titleTerms: [UInt64] = [], titleNames: [UInt64] = []
        termKeys(article.titleTerms, into: &titleTerms)
        nameKeys(article.titleNames, into: &titleNames)
        // Numbers are terms and phrases are names: their keys are numbered with the lists'.
        var interner = KeyInterner(capacity: terms.count + names.count + titleTerms.count + titleNames.count)
        // In `KeyList` order.
        let lists = [
            interner.positions(of: terms), interner.positions(of: names), interner.positions(of: titleTerms),
            interner.positions(of: titleNames), SortedSet.uniqued(interner.positions(of: numbers)),
            SortedSet.uniqued(interner.positions(of: phrases)),
        ]
        keyLists = Array(lists.joined())[...]
        keyListEnds = InlineArray(repeating: 0)
        var end = 0
        for index in keyListEnds.indices {
            end += lists[index].count
            keyListEnds[index] = Int32(end)
        }
        sentenceEnds = (termEnds + nameEnds)[...]
        keyTable = interner.keys
        headlineKey = article.titleTerms.isEmpty
            ? nil : StableHash.hash(article.titleTerms.joined(separator: " "), seed: seed)
        if headlineKey != nil, termCount < templateMaximumTerms { templateShingles = shingleHashes }
    }

    /// Calls `body` with the key of each sentence that has one (see `sentenceKey`), in order.
    func forEachSentenceKey(seed: UInt64, _ body: (UInt64) -> Void) {
        let table = keyTable, sentenceTerms = sentenceTerms
        var keys: [UInt64] = []
        var start = sentenceTerms.startIndex
        for end in termEnds {
            let end = sentenceTerms.startIndex + Int(end)
            keys.removeAll(keepingCapacity: true)
            for position in sentenceTerms[start..<end] { keys.append(table[Int(position)]) }
            if let key = Self.sentenceKey(termKeys: keys[...], seed: seed) { body(key) }
            start = end
        }
    }

    /// A hash of a sentence's content terms (from their term keys, in order), or `nil` for a
    /// sentence with fewer than 3 terms (too short to call boilerplate with confidence).
    static func sentenceKey(termKeys: ArraySlice<UInt64>, seed: UInt64) -> UInt64? {
        guard termKeys.count >= 3 else { return nil }
        return StableHash.hash(sequence: termKeys, seed: seed ^ 0x5345_4E54_454E_4345)
    }

    /// Fills the term and name features, leaving out sentences whose key (or outlet-specific
    /// key, from `sourceKey`) is in `boilerplate`, then drops the per-sentence, headline,
    /// number and phrase keys (nothing else reads them).
    ///
    /// `nameFeatures` is filled only when `configuration.nameSimilarityShare` is positive:
    /// otherwise no score reads the name vectors.
    mutating func weigh(
        configuration: ClusteringConfiguration, boilerplate: Set<UInt64>,
        sourceKey: (UInt64) -> UInt64? = { _ in nil }
    ) {
        let seed = configuration.seed
        // Every occurrence's key (terms and names as positions in `keyTable`), then sorted:
        // runs of one key are its count. Flat arrays of integers, not dictionaries of strings.
        // The features are sorted by key at the end, whatever order the positions gave.
        var termKeys: [UInt32] = []
        var nameKeys: [UInt32] = []
        var pairKeys: [UInt64] = []
        var sentenceKeys: [UInt64] = []
        let table = keyTable
        let (sentenceTerms, sentenceNames, termEnds, nameEnds) = (sentenceTerms, sentenceNames, termEnds, nameEnds)
        let pairs = configuration.termPairBoost > 0
        // Offsets in the slices: `termEnds` and `nameEnds` count from each slice's start.
        var termStart = sentenceTerms.startIndex, nameStart = sentenceNames.startIndex
        for sentence in 0..<termEnds.count {
            let termEnd = sentenceTerms.startIndex + Int(termEnds[termEnds.startIndex + sentence])
            let nameEnd = sentenceNames.startIndex + Int(nameEnds[nameEnds.startIndex + sentence])
            defer { (termStart, nameStart) = (termEnd, nameEnd) }
            if titleOnly { continue }
            let terms = sentenceTerms[termStart..<termEnd]
            sentenceKeys.removeAll(keepingCapacity: true)
            for position in terms { sentenceKeys.append(table[Int(position)]) }
            if !boilerplate.isEmpty, let key = Self.sentenceKey(termKeys: sentenceKeys[...], seed: seed),
                boilerplate.contains(key) || sourceKey(key).map(boilerplate.contains) == true {
                continue
            }
            termKeys.append(contentsOf: terms)
            if pairs, sentenceKeys.count > 1 {
                for index in 1..<sentenceKeys.count {
                    pairKeys.append(Self.pairKey(sentenceKeys[index - 1], sentenceKeys[index], seed: seed))
                }
            }
            nameKeys.append(contentsOf: sentenceNames[nameStart..<nameEnd])
        }
        termKeys.append(contentsOf: titleTerms)
        nameKeys.append(contentsOf: titleNames)
        let titleTerms = Set(titleTerms), titleNames = Set(titleNames)
        func isNumber(_ position: UInt32) -> Bool { SortedSet.position(of: position, in: numberKeys) != nil }
        func isPhrase(_ position: UInt32) -> Bool { SortedSet.position(of: position, in: phraseKeys) != nil }

        let countedTerms = Self.counted(&termKeys), countedPairs = Self.counted(&pairKeys)
        let countedNames = Self.counted(&nameKeys)
        let keepsNames = configuration.nameSimilarityShare > 0
        var features: [WeightedFeature] = []
        features.reserveCapacity(countedTerms.count + countedPairs.count + countedNames.count)
        for (position, count) in countedTerms {
            var boost = isNumber(position) ? configuration.numberBoost : 1
            if titleTerms.contains(position) { boost *= configuration.titleBoost }
            features.append(WeightedFeature(key: table[Int(position)], count: count, boost: boost))
        }
        for (key, count) in countedPairs {
            features.append(WeightedFeature(key: key, count: count, boost: configuration.termPairBoost))
        }
        var nameFeatures: [WeightedFeature] = []
        if keepsNames { nameFeatures.reserveCapacity(countedNames.count) }
        for (position, count) in countedNames {
            var boost = isPhrase(position) ? configuration.phraseNameBoost : configuration.nameBoost
            if titleNames.contains(position) { boost *= configuration.titleBoost }
            let feature = WeightedFeature(key: table[Int(position)], count: count, boost: boost)
            features.append(feature)
            if keepsNames { nameFeatures.append(feature) }
        }
        features.sort { $0.key < $1.key }
        self.features = features
        self.nameFeatures = nameFeatures
        keyTable = []
        keyLists = []
        keyListEnds = InlineArray(repeating: 0)
        sentenceEnds = []
    }

    /// Moves the per-article lists of a batch of articles into a few buffers the batch shares:
    /// shingle fingerprints in one, band keys in another, key lists in a third (as positions in
    /// one key table for the batch, which replaces each article's own), sentence ends in a
    /// fourth.
    ///
    /// These lists are most of an article's features, and each buffer is freed whole by the
    /// stage that last reads it (the near-duplicate check, LSH, weighing). Held per article,
    /// they would be a dozen small arrays each, with their headers and allocator overhead, and
    /// freed among arrays that live on, most of their pages would stay resident.
    package static func pack(_ articles: inout [ArticleFeatures]) {
        let shingles = packed(articles.map(\.shingles))
        let bandKeys = packed(articles.map(\.bandKeys))
        // One key table for the batch, ascending: each article's positions move to the batch
        // table's, and since they then sort as their keys do, `weigh` counts them in key order.
        var interner = KeyInterner(capacity: articles.reduce(0) { $0 + $1.keyTable.count } / 4)
        let firstSeen = articles.map { interner.positions(of: $0.keyTable) }
        let table = SortedSet.uniqued(interner.keys)
        var rank = [UInt32](repeating: 0, count: table.count)
        for (position, key) in table.enumerated() { rank[Int(interner.position(of: key))] = UInt32(position) }
        let keys = packed(articles.indices.map { index in
            let article = articles[index]
            let moved = firstSeen[index].map { rank[Int($0)] }
            var lists = article.keyLists.map { moved[Int($0)] }
            // Number and phrase positions stay sorted, for the lookups in `weigh`.
            lists[article.offsets(of: .numberKeys)].sort()
            lists[article.offsets(of: .phraseKeys)].sort()
            return lists[...]
        })
        let ends = packed(articles.map(\.sentenceEnds))
        for index in articles.indices {
            articles[index].keyTable = table
            articles[index].shingles = shingles[index]
            articles[index].bandKeys = bandKeys[index]
            articles[index].keyLists = keys[index]
            articles[index].sentenceEnds = ends[index]
        }
    }

    /// Copies of `lists`, one after another in one new buffer.
    private static func packed<Element>(_ lists: [ArraySlice<Element>]) -> [ArraySlice<Element>] {
        var buffer: [Element] = []
        buffer.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var bounds: [Range<Int>] = []
        bounds.reserveCapacity(lists.count)
        for list in lists {
            bounds.append(buffer.count..<(buffer.count + list.count))
            buffer.append(contentsOf: list)
        }
        return bounds.map { buffer[$0] }
    }

    /// What an article keeps from weighing to the end of a run: its id, date and outlet, the
    /// facts pair scoring compares (headline numbers, ages, streets, clock times), and whether
    /// only its headline describes it. A tenth of the size of its features.
    package struct LastingValues: Sendable {
        /// The article's id.
        let id: String
        /// The publication date, if known.
        let date: CalendarDay?
        /// The outlet ("" when unknown).
        let source: String
        /// See `ArticleFeatures.headlineNumbers`.
        let headlineNumbers: [Int]
        /// See `ArticleFeatures.ages`.
        let ages: [Int]
        /// See `ArticleFeatures.streets`.
        let streets: [String]
        /// See `ArticleFeatures.clockTimes`.
        let clockTimes: [Int]
        /// See `ArticleFeatures.titleOnly`.
        let titleOnly: Bool
        /// The publication day as an ordinal, if known.
        var day: Int? { date?.ordinal }
    }

    /// The lasting values, copied into storage of their own (see `FreshStorage`): they were
    /// allocated among lists that are gone by the time they are needed alone.
    package func freshLastingValues() -> LastingValues {
        LastingValues(
            id: FreshStorage.copy(id), date: date, source: FreshStorage.copy(source),
            headlineNumbers: FreshStorage.copy(headlineNumbers), ages: FreshStorage.copy(ages),
            streets: FreshStorage.copy(streets), clockTimes: FreshStorage.copy(clockTimes), titleOnly: titleOnly)
    }

    /// The full and name feature lists `weigh` filled, leaving both empty.
    mutating func takeWeighedFeatures() -> (features: [WeightedFeature], names: [WeightedFeature]) {
        defer { (features, nameFeatures) = ([], []) }
        return (features, nameFeatures)
    }

    /// Each distinct key with its number of occurrences, ascending by key (sorts `keys`).
    static func counted<Key: Comparable>(_ keys: inout [Key]) -> [(key: Key, count: Int)] {
        keys.sort()
        var result: [(key: Key, count: Int)] = []
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end] == keys[start] { end += 1 }
            result.append((keys[start], end - start))
            start = end
        }
        return result
    }

    /// What each feature key of an article stands for, for explanations: its terms, names
    /// (marked) and adjacent term pairs ("first second").
    static func labels(of article: NormalizedArticle, seed: UInt64) -> [UInt64: (text: String, isName: Bool)] {
        var labels: [UInt64: (text: String, isName: Bool)] = [:]
        for terms in article.sentences.map(\.terms) + [article.titleTerms] {
            for (index, term) in terms.enumerated() {
                let key = key(term, .term, seed: seed)
                labels[key] = (term, false)
                if index > 0 {
                    let previous = terms[index - 1]
                    labels[pairKey(Self.key(previous, .term, seed: seed), key, seed: seed)] = (previous + " " + term, false)
                }
            }
        }
        for name in article.sentences.flatMap(\.names) + article.titleNames {
            labels[key(name, .name, seed: seed)] = (name, true)
        }
        return labels
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
        var text = text
        text.withUTF8 { bytes in
            // Tokens are runs of letters, digits and inner ".,:" ("8:00", "5.6", "1,000" stay whole).
            func isTokenByte(_ byte: UInt8) -> Bool {
                isASCIIAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":")
            }
            var index = 0
            while index < bytes.count {
                guard isTokenByte(bytes[index]) else { index += 1; continue }
                var end = index + 1
                while end < bytes.count, isTokenByte(bytes[end]) { end += 1 }
                var last = end
                while last > index, !isASCIIAlphanumeric(bytes[last - 1]) { last -= 1 }
                let token = UnsafeBufferPointer(rebasing: bytes[index..<last])
                index = end
                guard !token.isEmpty else { continue }
                if token.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                    if token.count <= 3 { result.append(token.reduce(0) { $0 * 10 + Int($1 - 48) }) }
                } else if token.count <= longestNumberWord, token.allSatisfy({ $0 | 0x20 >= 97 && $0 | 0x20 <= 122 }) {
                    // Only ASCII letters can spell a number word; they are lowercased by setting 0x20.
                    let lowered = String(unsafeUninitializedCapacity: token.count) { buffer in
                        for (offset, byte) in token.enumerated() { buffer[offset] = byte | 0x20 }
                        return token.count
                    }
                    if let value = numberWords[lowered] { result.append(value) }
                }
            }
        }
        return SortedSet.uniqued(result)
    }

    /// The longest key of `numberWords`, in bytes.
    private static let longestNumberWord = numberWords.keys.map(\.utf8.count).max() ?? 0

    /// Ages in a lowercased word sequence: "N year(s) old" and "aged N", N a number up to 120
    /// in digits or words.
    static func ages(in words: [String]) -> [Int] { WordFacts(words).ages }

    /// The number an age is given as: digits up to 120, or a number word.
    private static func ageValue(_ word: String) -> Int? {
        if let number = Int(word), number <= 120 { return number }
        return numberWords[word]
    }

    /// What a lowercased word sequence states in fixed patterns, read in one pass: ages (see
    /// `ages(in:)`), clock times (`clockTimes(in:)`) and numbered streets (`streets(names:words:)`).
    /// Each word's first byte is read once; only words that can start a pattern are compared.
    struct WordFacts {
        /// Ages, sorted, unique.
        var ages: [Int] = []
        /// Clock times in minutes after midnight, sorted, unique.
        var clockTimes: [Int] = []
        /// Numbers of numbered streets ("43" of "43", "street"), in order, repeats kept.
        var numberedStreets: [String] = []

        /// Reads the patterns of `words`.
        init(_ words: [String]) {
            let last = words.count - 1
            for index in words.indices {
                let word = words[index]
                let utf8 = word.utf8
                guard let first = utf8.first else { continue }
                switch first {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    // "43", "street": a numbered street.
                    if index < last, utf8.count <= 3, utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), isStreetType(words[index + 1]) {
                        numberedStreets.append(word)
                    }
                case UInt8(ascii: "a"):
                    // "aged", N.
                    if word == "aged", index < last, let age = ageValue(words[index + 1]) { ages.append(age) }
                    if index > 0, word == "am", let time = Self.clockTime(words[index - 1], afternoon: false) { clockTimes.append(time) }
                case UInt8(ascii: "p"):
                    if index > 0, word == "pm", let time = Self.clockTime(words[index - 1], afternoon: true) { clockTimes.append(time) }
                case UInt8(ascii: "y"):
                    // N, "year(s)", "old".
                    if index > 0, index < last, word == "year" || word == "years", words[index + 1] == "old",
                       let age = ageValue(words[index - 1]) {
                        ages.append(age)
                    }
                default:
                    continue
                }
            }
            if ages.count > 1 { ages = SortedSet.uniqued(ages) }
            if clockTimes.count > 1 { clockTimes = SortedSet.uniqued(clockTimes) }
        }

        /// Minutes after midnight of an hour word ("1:18", "9") before "am" or "pm", if it is one.
        private static func clockTime(_ word: String, afternoon: Bool) -> Int? {
            guard let first = word.utf8.first, first >= 48, first <= 57 else { return nil }
            let parts = word.split(separator: ":")
            guard parts.count <= 2, let hour = Int(parts[0]), (1...12).contains(hour) else { return nil }
            var minute = 0
            if parts.count == 2 {
                guard parts[1].utf8.count == 2, let value = Int(parts[1]), value < 60 else { return nil }
                minute = value
            }
            return ((hour % 12) + (afternoon ? 12 : 0)) * 60 + minute
        }
    }

    /// Street-type words that end a street's name, abbreviations included ("court" is left
    /// out: "Supreme Court" and "District Court" are where follow-ups happen, not streets).
    private static let streetTypes: [[UInt8]] = [
        "street", "st", "avenue", "ave", "av", "road", "rd", "drive", "dr", "boulevard", "blvd",
        "lane", "ln", "way", "place", "pl", "parkway", "pkwy", "highway", "hwy", "terrace", "circle",
        "pike", "expressway", "freeway",
    ].map { Array($0.utf8) }

    /// The first bytes of `streetTypes`, as a bit set over `a`–`z` (most words are rejected here).
    private static let streetTypeInitials: UInt32 = streetTypes.reduce(0) { $0 | 1 << UInt32($1[0] - 97) }

    /// The longest street type, in bytes.
    private static let longestStreetType = streetTypes.map(\.count).max() ?? 0

    /// Whether a word's bytes spell a street type ("avenue", "ave", "ave.").
    private static func isStreetType(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = word.count
        if count > 0, word[count - 1] == UInt8(ascii: ".") { count -= 1 }
        guard count > 0, count <= longestStreetType else { return false }
        let initial = word[0]
        guard initial >= 97, initial <= 122, streetTypeInitials & (1 << UInt32(initial - 97)) != 0 else { return false }
        let spelled = UnsafeBufferPointer(rebasing: word[0..<count])
        return streetTypes.contains { $0.count == count && $0.elementsEqual(spelled) }
    }

    /// Whether a word is a street type ("avenue", "ave", "ave.").
    private static func isStreetType(_ word: String) -> Bool {
        var word = word
        return word.withUTF8(isStreetType)
    }

    /// The streets an article names, each by the word before its street type: from name
    /// phrases ("patton avenue", "north patton ave", "main st" give "patton", "patton", "main")
    /// and from numbered streets in the words (the tokenizer reads "43rd Street" as "43",
    /// "street", giving "43"); sorted, unique. The last word alone keeps "North Patton Avenue"
    /// and "Patton Ave." one street.
    ///
    /// - Complexity: O(n) in the bytes of the names plus the number of words; only words that
    ///   start like a street type are compared.
    static func streets(names: [String], words: [String] = []) -> [String] {
        streets(nameLists: [names], numberedStreets: WordFacts(words).numberedStreets)
    }

    /// `streets(names:words:)` over several lists of names (each sentence's, the headline's),
    /// without joining them first, with the words' numbered streets already read.
    static func streets(nameLists: [[String]], numberedStreets: [String]) -> [String] {
        var result: [String] = []
        for var name in nameLists.joined() {
            // Names are folded phrases: words joined by single spaces.
            let street: String? = name.withUTF8 { bytes in
                guard let space = bytes.lastIndex(of: UInt8(ascii: " ")),
                      isStreetType(UnsafeBufferPointer(rebasing: bytes[(space + 1)...])) else { return nil }
                let start = bytes[..<space].lastIndex(of: UInt8(ascii: " ")).map { $0 + 1 } ?? 0
                return start < space ? String(decoding: bytes[start..<space], as: UTF8.self) : nil
            }
            if let street { result.append(street) }
        }
        result += numberedStreets
        // Sorted here, not by the generic `SortedSet.uniqued`: across modules it runs
        // unspecialized for `String` (half of this function's time in a profile).
        guard result.count > 1 else { return result }
        result.sort()
        var unique: [String] = []
        for street in result where unique.last != street { unique.append(street) }
        return unique
    }

    /// Clock times in a lowercased word sequence: an hour (1–12, "h" or "h:mm") followed by
    /// "am" or "pm" ("1:18 p.m." reads as "1:18", "pm"; "9pm" as "9", "pm"), in minutes after
    /// midnight, sorted, unique.
    static func clockTimes(in words: [String]) -> [Int] { WordFacts(words).clockTimes }

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
