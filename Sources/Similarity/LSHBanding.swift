package import StoryModel

/// Locality-sensitive hashing over MinHash signatures: signatures are cut into bands of rows,
/// and documents whose band values agree in any band become candidate pairs.
///
/// With b bands of r rows a pair of Jaccard similarity s becomes a candidate with probability
/// 1 − (1 − sᴿ)ᵇ; the S-curve's midpoint sits near (1/b)^(1/r). Buckets are flat arrays:
/// `(bandKey, document)` entries are sorted and runs of equal keys are the buckets.
package struct LSHBanding: Sendable {
    /// The number of bands.
    package let bands: Int
    /// Rows per band.
    package let rows: Int
    /// The seed of the band-key hash.
    package let seed: UInt64

    /// Creates a banding for signatures of `signatureSize` values.
    ///
    /// - Parameters:
    ///   - signatureSize: values per signature.
    ///   - bands: requested bands; clamped to 1…signatureSize. Rows are `signatureSize / bands`.
    ///   - seed: the band-key hash seed.
    package init(signatureSize: Int, bands: Int, seed: UInt64) {
        let size = max(1, signatureSize)
        self.bands = min(max(1, bands), size)
        self.rows = max(1, size / self.bands)
        self.seed = seed
    }

    /// The approximate Jaccard similarity at which a pair becomes a candidate half the time.
    package var threshold: Double {
        // (1/bands)^(1/rows) without Foundation: Newton's method on x^rows = 1/bands.
        let target = 1.0 / Double(bands)
        var x = 0.5
        for _ in 0..<60 {
            var power = 1.0
            for _ in 0..<(rows - 1) { power *= x }
            x = min(max(x - (power * x - target) / (Double(rows) * power), 1e-9), 1)
        }
        return x
    }

    /// The candidate pairs among signatures (indices into `signatures`), sorted and unique.
    ///
    /// Empty signatures (from empty sets) are never candidates.
    ///
    /// - Parameter signatures: signatures of one family, all the same size.
    /// - Returns: pairs that share at least one band.
    /// - Complexity: O(n·b log(n·b)) plus the size of the buckets' pair lists.
    package func candidatePairs(_ signatures: [MinHashSignature]) -> [CandidatePair] {
        var entries: [(key: UInt64, document: Int)] = []
        entries.reserveCapacity(signatures.count * bands)
        for (document, signature) in signatures.enumerated() where !signature.isEmpty {
            for band in 0..<bands {
                let start = band * rows
                let end = min(start + rows, signature.values.count)
                guard start < end else { break }
                let key = StableHash.hash(
                    sequence: signature.values[start..<end], seed: seed &+ UInt64(band) &* 0x9E37_79B9_7F4A_7C15)
                entries.append((key, document))
            }
        }
        entries.sort { ($0.key, $0.document) < ($1.key, $1.document) }
        var pairs: [CandidatePair] = []
        var runStart = 0
        while runStart < entries.count {
            var runEnd = runStart + 1
            while runEnd < entries.count, entries[runEnd].key == entries[runStart].key { runEnd += 1 }
            if runEnd - runStart > 1 {
                for i in runStart..<(runEnd - 1) {
                    for j in (i + 1)..<runEnd where entries[i].document != entries[j].document {
                        pairs.append(CandidatePair(entries[i].document, entries[j].document))
                    }
                }
            }
            runStart = runEnd
        }
        return CandidatePair.normalized(pairs)
    }

    /// The candidate pairs among the rows of a signature matrix, sorted and unique; the same
    /// pairs as `candidatePairs(_:)` on the separate signatures.
    ///
    /// Each band is bucketed on its own (its `(key, document)` entries sorted in a flat array),
    /// bands in parallel; the result does not depend on `threads`.
    ///
    /// A bucket with more than `maxBucket` documents (a template page copied thousands of times)
    /// proposes only each member with the next, which keeps the pair count linear and still
    /// connects the bucket for union-find grouping.
    ///
    /// - Parameters:
    ///   - matrix: signatures of one family, `matrix.width` values each.
    ///   - threads: how many bands are bucketed at once.
    ///   - maxBucket: buckets larger than this propose a chain instead of all pairs.
    /// - Complexity: O(b·n log n) plus the size of the buckets' pair lists (at most
    ///   b·n·maxBucket / 2).
    package func candidatePairs(
        _ matrix: SignatureMatrix, threads: ThreadCount = .allCores, maxBucket: Int = .max
    ) -> [CandidatePair] {
        let documents = matrix.count
        let width = matrix.width
        let nonEmpty = (0..<documents).filter { !matrix.isEmpty($0) }
        let (rows, seed) = (rows, seed)
        return Self.union(ofBands: bands, threads: threads, maxBucket: maxBucket) { band in
            let start = band * rows
            let end = min(start + rows, width)
            guard start < end else { return [] }
            let bandSeed = seed &+ UInt64(band) &* 0x9E37_79B9_7F4A_7C15
            var entries: [(key: UInt64, document: Int32)] = []
            entries.reserveCapacity(nonEmpty.count)
            matrix.values.withUnsafeBufferPointer { values in
                for document in nonEmpty {
                    let row = document * width
                    let key = StableHash.hash(
                        sequence: UnsafeBufferPointer(rebasing: values[(row + start)..<(row + end)]), seed: bandSeed)
                    entries.append((key, Int32(document)))
                }
            }
            return entries
        }
    }

    /// The key of each band of a signature: what `candidatePairs` buckets documents by.
    /// Empty for an empty signature (which proposes no pairs).
    ///
    /// A large run keeps these keys (one per band) instead of the whole signature.
    package func bandKeys(_ signature: MinHashSignature) -> [UInt64] {
        guard !signature.isEmpty else { return [] }
        var keys: [UInt64] = []
        keys.reserveCapacity(bands)
        for band in 0..<bands {
            let start = band * rows
            let end = min(start + rows, signature.values.count)
            guard start < end else { break }
            keys.append(StableHash.hash(
                sequence: signature.values[start..<end], seed: seed &+ UInt64(band) &* 0x9E37_79B9_7F4A_7C15))
        }
        return keys
    }

    /// Candidate pairs from each document's band keys (see `bandKeys(_:)`): the pairs
    /// `candidatePairs(_:threads:maxBucket:)` gives for the documents' signatures.
    package func candidatePairs<Keys: RandomAccessCollection<UInt64> & Sendable>(
        bandKeys: [Keys], threads: ThreadCount = .allCores, maxBucket: Int = .max
    ) -> [CandidatePair] {
        let width = bandKeys.lazy.map(\.count).max() ?? 0
        return Self.union(ofBands: width, threads: threads, maxBucket: maxBucket) { band in
            var entries: [(key: UInt64, document: Int32)] = []
            entries.reserveCapacity(bandKeys.count)
            for (document, keys) in bandKeys.enumerated() where band < keys.count {
                entries.append((keys[keys.index(keys.startIndex, offsetBy: band)], Int32(document)))
            }
            return entries
        }
    }

    /// The union of the pairs each band's buckets propose, sorted and unique.
    ///
    /// As many bands as there are threads are bucketed at once, and their pairs joined and
    /// merged into the result before the next ones are made: a similar pair is proposed by many
    /// bands, and those duplicates are never all held at once (a million articles propose tens
    /// of millions).
    ///
    /// - Parameters:
    ///   - count: the number of bands.
    ///   - threads: how many bands are bucketed at once; the result does not depend on it.
    ///   - maxBucket: buckets larger than this propose a chain instead of all pairs.
    ///   - entries: a band's `(key, document)` entries, each document at most once.
    private static func union(
        ofBands count: Int, threads: ThreadCount, maxBucket: Int,
        entries: @Sendable (Int) -> [(key: UInt64, document: Int32)]
    ) -> [CandidatePair] {
        var result: [CandidatePair] = []
        let batch = max(1, threads.resolved)
        for first in stride(from: 0, to: count, by: batch) {
            let lists = Array(first..<min(first + batch, count)).parallelMap(threads: threads) { band in
                var bandEntries = entries(band)
                var pairs = Self.pairs(sharingKeys: &bandEntries, maxBucket: maxBucket)
                // Unique already: a document has one key in a band, so one bucket.
                pairs.sort()
                return pairs
            }
            // The round's lists are joined first, so the growing result is copied once a round.
            let joined = lists.dropFirst().reduce(lists[0]) { SortedSet.union($0, $1) }
            result = result.isEmpty ? joined : SortedSet.union(result, joined)
        }
        return result
    }

    /// The pairs of documents that share a key in one band (sorts `entries`), each once when
    /// every document has one entry; a bucket larger than `maxBucket` links its members in a
    /// chain instead of all pairs.
    private static func pairs(sharingKeys entries: inout [(key: UInt64, document: Int32)], maxBucket: Int) -> [CandidatePair] {
        entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.document < $1.document }
        var pairs: [CandidatePair] = []
        var runStart = 0
        while runStart < entries.count {
            var runEnd = runStart + 1
            while runEnd < entries.count, entries[runEnd].key == entries[runStart].key { runEnd += 1 }
            if runEnd - runStart > maxBucket {
                for i in runStart..<(runEnd - 1) {
                    pairs.append(CandidatePair(Int(entries[i].document), Int(entries[i + 1].document)))
                }
            } else if runEnd - runStart > 1 {
                for i in runStart..<(runEnd - 1) {
                    for j in (i + 1)..<runEnd {
                        pairs.append(CandidatePair(Int(entries[i].document), Int(entries[j].document)))
                    }
                }
            }
            runStart = runEnd
        }
        return pairs
    }
}
