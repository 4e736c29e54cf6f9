package import StoryModel

/// Maps feature keys to dense `Int32` ids, assigned in ascending key order so ids never depend
/// on the order documents arrived in.
package struct TermDictionary: Sendable {
    /// The keys, ascending; a key's id is its index here.
    package let keys: [UInt64]

    /// Builds a dictionary over every distinct key of `keys`.
    ///
    /// - Complexity: O(n log n) for n keys.
    package init(keys: some Sequence<UInt64>) {
        self.keys = SortedSet.uniqued(Array(keys))
    }

    private init(sortedUniqueKeys: [UInt64]) {
        keys = sortedUniqueKeys
    }

    /// The number of keys.
    package var count: Int { keys.count }

    /// The id of a key, or `nil` when it is not in the dictionary.
    ///
    /// - Complexity: O(log n).
    package func id(of key: UInt64) -> Int32? {
        SortedSet.position(of: key, in: keys).map(Int32.init)
    }

    /// The key with an id.
    package func key(_ id: Int32) -> UInt64 {
        keys[Int(id)]
    }

    /// A corpus's dictionary, each document's ids and each id's document frequency.
    package struct Indexed: Sendable {
        /// The dictionary of every key of the documents.
        package var dictionary: TermDictionary
        /// Per document, the id of each of its keys, in the documents' order (ascending, since
        /// ids follow key order): slices of one buffer that holds every document's ids in turn.
        package var ids: [ArraySlice<Int32>]
        /// How many documents hold each id.
        package var documentFrequencies: [Int]
    }

    /// A corpus's dictionary and each id's document frequency, from `numbering(_:documentOffsets:threads:passes:)`.
    package struct Numbered: Sendable {
        /// The dictionary of every key of the documents.
        package var dictionary: TermDictionary
        /// How many documents hold each id.
        package var documentFrequencies: [Int]
    }

    /// Assigns ids to the keys of a whole corpus (see `numbering(_:documentOffsets:threads:passes:)`)
    /// and gives each document its ids.
    ///
    /// - Parameters:
    ///   - documents: each document's keys, ascending and unique.
    ///   - threads: how many buckets are sorted at once; the result does not depend on it.
    ///   - passes: how many ranges of buckets are numbered one after another; `nil` chooses by
    ///     size. The result does not depend on it.
    /// - Complexity: O(n log(n / 4096)) for n keys in all.
    package static func indexing(_ documents: [[UInt64]], threads: ThreadCount = .allCores, passes: Int? = nil) -> Indexed {
        var offsets = [0]
        offsets.reserveCapacity(documents.count + 1)
        var keys: [UInt64] = []
        keys.reserveCapacity(documents.reduce(0) { $0 + $1.count })
        for document in documents {
            keys.append(contentsOf: document)
            offsets.append(keys.count)
        }
        let numbered = numbering(&keys, documentOffsets: offsets, threads: threads, passes: passes)
        let idAt = keys.map { Int32(truncatingIfNeeded: $0) }
        let ids = documents.indices.map { idAt[offsets[$0]..<offsets[$0 + 1]] }
        return Indexed(dictionary: numbered.dictionary, ids: ids, documentFrequencies: numbered.documentFrequencies)
    }

    /// Assigns ids to the keys of a whole corpus held in one buffer, replacing each key by its
    /// id in place: a key that has been numbered is not needed again, so a million articles'
    /// 130 million occurrences are held once, not also as a second buffer of ids.
    ///
    /// It needs no hash table: every occurrence is bucketed by the top bits of its key, each
    /// bucket is sorted on its own (buckets are small enough for the cache, and run on every
    /// core), and runs of equal keys become one id. A hash table of millions of keys is a cache
    /// miss per occurrence; this is not.
    ///
    /// A large corpus is numbered in passes over consecutive ranges of buckets, each pass holding
    /// only its own occurrences (16 bytes each). Since each document's keys ascend, so do their
    /// buckets: a pass takes each document's next run of keys from where the previous pass
    /// stopped, so passes cost their own occurrences, not a scan of all, and never read a key
    /// an earlier pass has replaced. Each pass still visits every document once, a cache miss
    /// each, so a large corpus takes at most 8 passes while a pass holds up to 32 million
    /// occurrences (512 MB): a million documents' 130 million occurrences take 8 passes, not 32.
    ///
    /// - Parameters:
    ///   - keys: every document's keys, one document after another, each document's ascending
    ///     and unique; on return each holds its id (`UInt64(id)`).
    ///   - offsets: document `d`'s keys are `keys[offsets[d]..<offsets[d + 1]]`; the last
    ///     offset is `keys.count`.
    ///   - threads: how many buckets are sorted at once; the result does not depend on it.
    ///   - passes: how many ranges of buckets are numbered one after another; `nil` chooses by
    ///     size (passes of 4 million occurrences, 64 MB of entries, but no more than 8 passes
    ///     until a pass holds 32 million). The result does not depend on it.
    /// - Returns: the dictionary of every key (an id is its key's rank) and each id's document
    ///   frequency.
    /// - Complexity: O(n log(n / 4096)) for n keys in all.
    package static func numbering(
        _ keys: inout [UInt64], documentOffsets offsets: [Int], threads: ThreadCount = .allCores, passes: Int? = nil
    ) -> Numbered {
        precondition(offsets.first == 0 && offsets.last == keys.count, "the offsets must span the keys")
        let bucketBits = 12
        let bucketCount = 1 << bucketBits
        func bucket(_ key: UInt64) -> Int { Int(key >> UInt64(64 - bucketBits)) }

        let total = keys.count
        precondition(total <= Int(UInt32.max), "more than 4 billion feature occurrences")
        var bucketSizes = [Int](repeating: 0, count: bucketCount + 1)
        for key in keys { bucketSizes[bucket(key) + 1] += 1 }
        var bucketStarts = bucketSizes
        for index in 1...bucketCount { bucketStarts[index] += bucketStarts[index - 1] }
        let passCount = min(bucketCount, max(1, passes ?? Self.passCount(occurrences: total)))
        let documentCount = offsets.count - 1
        // Where each document's next pass starts, as a position in `keys`.
        var next = Array(offsets.dropLast())

        var dictionaryKeys: [UInt64] = []
        var frequencies: [Int] = []
        let starts = bucketStarts
        keys.withUnsafeMutableBufferPointer { keyBuffer in
            // Every position belongs to exactly one bucket, so each key is replaced once, by
            // the pass that holds its bucket, after that pass has read it.
            let keySlots = SharedSlots(keyBuffer.baseAddress)
            for pass in 0..<passCount {
                let firstBucket = pass * bucketCount / passCount
                let endBucket = (pass + 1) * bucketCount / passCount
                let passStart = starts[firstBucket]
                let occurrences = starts[endBucket] - passStart
                guard occurrences > 0 else { continue }

                // Scatter this pass's (key, position) pairs into their buckets.
                var cursor = Array(starts[firstBucket..<endBucket])
                var entries = [Entry](unsafeUninitializedCapacity: occurrences) { buffer, filled in
                    cursor.withUnsafeMutableBufferPointer { cursor in
                        for document in 0..<documentCount {
                            var position = next[document]
                            let end = offsets[document + 1]
                            while position < end {
                                let entryKey = keyBuffer[position]
                                let target = bucket(entryKey) &- firstBucket
                                guard target < cursor.count else { break }
                                (buffer.baseAddress! + (cursor[target] &- passStart)).initialize(
                                    to: Entry(key: entryKey, position: UInt32(position)))
                                cursor[target] &+= 1
                                position += 1
                            }
                            next[document] = position
                        }
                        for index in cursor.indices {
                            precondition(cursor[index] == starts[firstBucket + index + 1], "each document's keys must ascend")
                        }
                    }
                    filled = occurrences
                }

                // Each bucket sorted in place on its own (workers touch disjoint ranges), then
                // its distinct keys and their counts.
                let perBucket: [(keys: [UInt64], counts: [Int])] = entries.withUnsafeMutableBufferPointer { buffer in
                    let shared = SharedSlots(buffer.baseAddress)
                    return Array(firstBucket..<endBucket).parallelMap(threads: threads) { index in
                        guard starts[index] < starts[index + 1], let base = shared.pointer else { return ([], []) }
                        var slice = UnsafeMutableBufferPointer(start: base + (starts[index] - passStart), count: starts[index + 1] - starts[index])
                        slice.sort { $0.key < $1.key }
                        var keys: [UInt64] = []
                        var counts: [Int] = []
                        for entry in slice {
                            if keys.last == entry.key { counts[counts.count - 1] += 1 } else {
                                keys.append(entry.key)
                                counts.append(1)
                            }
                        }
                        return (keys, counts)
                    }
                }
                var firstID: [Int32] = []
                for bucket in perBucket {
                    firstID.append(Int32(dictionaryKeys.count))
                    dictionaryKeys.append(contentsOf: bucket.keys)
                    frequencies.append(contentsOf: bucket.counts)
                }

                // Each occurrence's id in place of its key, written bucket by bucket on every core.
                let bases = firstID
                let sorted = consume entries
                _ = Array(firstBucket..<endBucket).parallelMap(threads: threads) { index -> Bool in
                    var id = bases[index - firstBucket] - 1
                    var previous: UInt64?
                    for entry in sorted[(starts[index] - passStart)..<(starts[index + 1] - passStart)] {
                        if entry.key != previous {
                            id += 1
                            previous = entry.key
                        }
                        (keySlots.pointer! + Int(entry.position)).pointee = UInt64(id)
                    }
                    return true
                }
            }
        }
        return Numbered(dictionary: TermDictionary(sortedUniqueKeys: dictionaryKeys), documentFrequencies: frequencies)
    }

    /// How many passes `numbering` makes over `occurrences` keys when not told: passes of 4
    /// million occurrences (64 MB of entries), but no more than 8 until a pass holds 32 million.
    static func passCount(occurrences: Int) -> Int {
        let passSize = min(max(4 << 20, occurrences / 8), 32 << 20)
        return max(1, (occurrences + passSize - 1) / passSize)
    }

    /// One occurrence of a key: the key and its position among all occurrences.
    private struct Entry: Sendable {
        var key: UInt64
        var position: UInt32
    }
}
