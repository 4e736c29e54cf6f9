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

    /// Assigns ids to the keys of a whole corpus without a hash table: every occurrence is
    /// bucketed by the top bits of its key, each bucket is sorted on its own (buckets are
    /// small enough for the cache, and run on every core), and runs of equal keys become one
    /// id. A hash table of millions of keys is a cache miss per occurrence; this is not.
    ///
    /// - Parameters:
    ///   - documents: each document's keys, ascending and unique.
    ///   - threads: how many buckets are sorted at once; the result does not depend on it.
    /// - Complexity: O(n log(n / 4096)) for n keys in all.
    package static func indexing(_ documents: [[UInt64]], threads: ThreadCount = .allCores) -> Indexed {
        indexing(documents, key: { $0 }, threads: threads)
    }

    /// `indexing(_:threads:)` over documents of any elements, each read through `key`: a
    /// weigher indexes its feature lists without first copying out their keys.
    ///
    /// A large corpus is indexed in passes over consecutive ranges of buckets, each pass holding
    /// only its own occurrences: a million articles' 130 million feature occurrences would
    /// otherwise take 2 GB at once on top of the feature lists. Since each document's keys
    /// ascend, so do their buckets: a pass takes each document's next run of elements from
    /// where the previous pass stopped, so passes cost their own occurrences, not a scan of all.
    ///
    /// - Parameters:
    ///   - documents: each document's elements, ascending and unique by `key`.
    ///   - key: the key of an element.
    ///   - threads: how many buckets are sorted at once; the result does not depend on it.
    ///   - passes: how many ranges of buckets are indexed one after another; `nil` chooses by
    ///     size (a pass per 4 million occurrences, 64 MB of entries). The result does not
    ///     depend on it.
    package static func indexing<Element>(
        _ documents: [[Element]], key: (Element) -> UInt64, threads: ThreadCount = .allCores, passes: Int? = nil
    ) -> Indexed {
        let bucketBits = 12
        let bucketCount = 1 << bucketBits
        func bucket(_ key: UInt64) -> Int { Int(key >> UInt64(64 - bucketBits)) }

        // Occurrence positions: document d's keys are positions offsets[d]..<offsets[d + 1].
        var offsets = [Int](repeating: 0, count: documents.count + 1)
        var bucketSizes = [Int](repeating: 0, count: bucketCount + 1)
        for (index, elements) in documents.enumerated() {
            offsets[index + 1] = offsets[index] + elements.count
            for element in elements { bucketSizes[bucket(key(element)) + 1] += 1 }
        }
        var bucketStarts = bucketSizes
        for index in 1...bucketCount { bucketStarts[index] += bucketStarts[index - 1] }
        let total = offsets[documents.count]
        precondition(total <= Int(UInt32.max), "more than 4 billion feature occurrences")
        let passCount = min(bucketCount, max(1, passes ?? (total + (4 << 20) - 1) / (4 << 20)))
        // Where each document's next pass starts, as an offset into its elements.
        var next = [Int32](repeating: 0, count: documents.count)

        var keys: [UInt64] = []
        var frequencies: [Int] = []
        let starts = bucketStarts
        // Each occurrence's id; every position belongs to exactly one bucket, so each slot is
        // written once, by the pass that holds its bucket.
        let idAt = [Int32](unsafeUninitializedCapacity: total) { idBuffer, initialized in
            let idSlots = SharedSlots(idBuffer.baseAddress)
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
                        for (document, elements) in documents.enumerated() {
                            var index = Int(next[document])
                            while index < elements.count {
                                let entryKey = key(elements[index])
                                let target = bucket(entryKey) &- firstBucket
                                guard target < cursor.count else { break }
                                let position = UInt32(offsets[document] + index)
                                (buffer.baseAddress! + (cursor[target] &- passStart)).initialize(to: Entry(key: entryKey, position: position))
                                cursor[target] &+= 1
                                index += 1
                            }
                            next[document] = Int32(index)
                        }
                        for index in cursor.indices {
                            precondition(cursor[index] == starts[firstBucket + index + 1], "each document's elements must ascend by key")
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
                    firstID.append(Int32(keys.count))
                    keys.append(contentsOf: bucket.keys)
                    frequencies.append(contentsOf: bucket.counts)
                }

                // Each occurrence's id, written bucket by bucket on every core.
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
                        (idSlots.pointer! + Int(entry.position)).initialize(to: id)
                    }
                    return true
                }
            }
            initialized = total
        }
        let ids = (0..<documents.count).map { idAt[offsets[$0]..<offsets[$0 + 1]] }
        return Indexed(dictionary: TermDictionary(sortedUniqueKeys: keys), ids: ids, documentFrequencies: frequencies)
    }

    /// One occurrence of a key: the key and its position among all occurrences.
    private struct Entry: Sendable {
        var key: UInt64
        var position: UInt32
    }
}
