/// Shingle sets kept in half the memory: each 64-bit shingle hash cut to its top 32 bits.
///
/// Near-duplicate checks hold every article's shingle set until they are done, the largest
/// per-article state of a big run (about 250 shingles an article, 2 GB for a million articles
/// as 64-bit hashes). The top 32 bits of hashes sorted ascending are themselves ascending, so
/// the fingerprints of a sorted set are sorted by construction and only neighbours can repeat.
///
/// Two different shingles of one pair of articles share a fingerprint with a probability of
/// about n·m / 2³² (1.5 in 100,000 for two articles of 250 shingles), and then the pair's
/// intersection is counted one too high: a pair's verdict can change only when its Jaccard
/// similarity lies within one shingle of the threshold. Checks that count shingles across a
/// whole corpus (template pages) would meet many such coincidences, so they keep full hashes.
package enum ShingleFingerprints {
    /// The fingerprints of a sorted unique set of shingle hashes: sorted ascending and unique.
    ///
    /// - Parameter shingles: hashes sorted ascending (as `WordShingler.shingles` returns them).
    /// - Returns: the top 32 bits of each hash, repeats kept once; reserved exactly, since a
    ///   large run holds one such array per article.
    /// - Complexity: O(n).
    package static func fingerprints(ofSorted shingles: [UInt64]) -> [UInt32] {
        var count = 0
        var previous: UInt32?
        for shingle in shingles {
            let fingerprint = UInt32(truncatingIfNeeded: shingle >> 32)
            if fingerprint != previous { count += 1 }
            previous = fingerprint
        }
        return [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
            var last: UInt32?
            for shingle in shingles {
                let fingerprint = UInt32(truncatingIfNeeded: shingle >> 32)
                guard fingerprint != last else { continue }
                buffer[initialized] = fingerprint
                initialized += 1
                last = fingerprint
            }
        }
    }
}
