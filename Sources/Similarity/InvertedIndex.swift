package import StoryModel

/// An inverted index over each document's top-weighted terms, for candidate generation.
///
/// Each document contributes its `topTerms` heaviest terms among those that can pair it with
/// another document: terms found in at least two documents and in at most `maxPostings` (more
/// are too common to tell events apart). A term no other document has, often the heaviest
/// (a rare name, a typo), would take a place and propose nothing. Documents that
/// share a posting list are candidates; `candidatePairs(neighbors:threads:)` keeps, for each
/// document, only the ones whose shared terms weigh most, so the pair count stays linear in
/// the number of documents.
///
/// Postings are stored flat (offsets into one array of document and weight pairs), term by term.
package struct InvertedIndex: Sendable {
    /// The indexed terms, ascending.
    private var terms: [Int32] = []
    /// `offsets[i]..<offsets[i + 1]` are the postings of `terms[i]`.
    private var offsets: [Int] = [0]
    /// Postings: the document (ascending within each term) and its weight of the term, side by
    /// side so ranking reads one stream.
    private var postings: [(document: Int32, weight: Float)] = []
    /// Per document: the indices into `terms` of its indexed terms, with its weight of each.
    private var documentTerms: [[(term: Int32, weight: Float)]] = []

    /// Builds the index.
    ///
    /// - Parameters:
    ///   - vectors: one weighted vector per document.
    ///   - topTerms: terms kept per document (heaviest first, ties by smaller id), among the
    ///     terms found in 2…`maxPostings` documents.
    ///   - maxPostings: terms found in more documents are not indexed, and posting lists
    ///     longer than this are dropped.
    ///   - threads: how many threads pick top terms; the index does not depend on it.
    /// - Complexity: O(N·t log k + P + V) for N documents of t terms, k top terms, P postings
    ///   and V term ids.
    package init(vectors: [SparseVector], topTerms: Int, maxPostings: Int, threads: ThreadCount = .allCores) {
        // Each document's top terms that other documents share (on every core), then a
        // counting sort by term: documents were visited in order, so each term's postings come
        // out ascending by document.
        let frequencies = Self.documentFrequencies(vectors, threads: threads)
        let shareable = 2...UInt32(clamping: max(2, maxPostings))
        let top: [[(term: Int32, weight: Float)]] = vectors.parallelMap(threads: threads) { vector in
            Self.heaviest(vector, limit: max(0, topTerms)) { shareable.contains(frequencies[Int($0)]) }
                .map { (vector.ids[$0], vector.weights[$0]) }
        }
        let vocabulary = Int(top.lazy.flatMap { $0.lazy.map(\.term) }.max() ?? -1) + 1
        var starts = [Int](repeating: 0, count: vocabulary + 1)
        for document in top { for entry in document { starts[Int(entry.term) + 1] += 1 } }
        for term in 0..<vocabulary { starts[term + 1] += starts[term] }
        var cursor = starts
        var entries = [(term: Int32, document: Int32, weight: Float)](
            repeating: (0, 0, 0), count: starts[vocabulary])
        for (document, selected) in top.enumerated() {
            for entry in selected {
                entries[cursor[Int(entry.term)]] = (entry.term, Int32(document), entry.weight)
                cursor[Int(entry.term)] += 1
            }
        }
        documentTerms = Array(repeating: [], count: vectors.count)
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end].term == entries[start].term { end += 1 }
            if end - start <= maxPostings {
                let termIndex = Int32(terms.count)
                terms.append(entries[start].term)
                for entry in entries[start..<end] {
                    postings.append((entry.document, entry.weight))
                    documentTerms[Int(entry.document)].append((termIndex, entry.weight))
                }
                offsets.append(postings.count)
            }
            start = end
        }
    }

    /// The indices of a vector's `limit` heaviest entries (ties by smaller id) among those whose
    /// id is `eligible`, in no particular order: a bounded heap, not a sort of every entry.
    static func heaviest(_ vector: SparseVector, limit: Int, where eligible: (Int32) -> Bool = { _ in true }) -> [Int] {
        let ids = vector.ids, weights = vector.weights
        return best(ids.indices.filter { eligible(ids[$0]) }, limit: limit) { a, b in
            weights[a] != weights[b] ? weights[a] > weights[b] : ids[a] < ids[b]
        }
    }

    /// The `limit` best of `candidates` by `ranksAbove` (a strict total order), in no particular
    /// order: a bounded min-heap whose root is the lowest-ranked kept, so each candidate costs
    /// one comparison unless it displaces the root.
    @inline(__always)
    static func best<T>(_ candidates: [T], limit: Int, ranksAbove: (T, T) -> Bool) -> [T] {
        guard candidates.count > limit else { return candidates }
        guard limit > 0 else { return [] }
        var heap = Array(candidates.prefix(limit))
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                let left = 2 * parent + 1, right = left + 1
                var lowest = parent
                if left < heap.count, ranksAbove(heap[lowest], heap[left]) { lowest = left }
                if right < heap.count, ranksAbove(heap[lowest], heap[right]) { lowest = right }
                guard lowest != parent else { return }
                heap.swapAt(parent, lowest)
                parent = lowest
            }
        }
        for start in stride(from: limit / 2 - 1, through: 0, by: -1) { siftDown(start) }
        for candidate in candidates[limit...] where ranksAbove(candidate, heap[0]) {
            heap[0] = candidate
            siftDown(0)
        }
        return heap
    }

    /// How many vectors hold each term id (ids are unique within a vector), indexed by id up
    /// to the largest id present; counted per block of vectors on every core, then summed.
    static func documentFrequencies(_ vectors: [SparseVector], threads: ThreadCount = .allCores) -> [UInt32] {
        let vocabulary = Int(vectors.lazy.compactMap(\.ids.last).max() ?? -1) + 1
        guard vocabulary > 0 else { return [] }
        let workers = min(threads.resolved, max(1, vectors.count / 4096))
        let blockSize = (vectors.count + workers - 1) / workers
        let partial: [[UInt32]] = Array(stride(from: 0, to: vectors.count, by: blockSize)).parallelMap(threads: threads) { start in
            var counts = [UInt32](repeating: 0, count: vocabulary)
            counts.withUnsafeMutableBufferPointer { counts in
                for vector in vectors[start..<min(start + blockSize, vectors.count)] {
                    for id in vector.ids { counts[Int(id)] &+= 1 }
                }
            }
            return counts
        }
        var total = partial[0]
        for counts in partial.dropFirst() { for id in 0..<vocabulary { total[id] &+= counts[id] } }
        return total
    }

    /// The number of posting lists kept.
    package var termCount: Int { terms.count }

    /// Pairs of documents sharing at least one indexed term, sorted and unique.
    ///
    /// - Parameters:
    ///   - neighbors: for each document, keep only this many partners: those with the largest
    ///     sum of weight products over the shared indexed terms (ties by smaller index). A pair
    ///     is kept when either document keeps the other. `Int.max` keeps every pair.
    ///   - threads: how many threads rank neighbours; the result does not depend on it.
    /// - Complexity: O(Σ over documents of their postings' lengths) to rank, plus sorting the pairs.
    package func candidatePairs(neighbors: Int = .max, threads: ThreadCount = .allCores) -> [CandidatePair] {
        let count = documentTerms.count
        guard count > 1, neighbors > 0 else { return [] }
        // Blocks of documents ranked on one thread each, with one dense accumulator per block.
        let blockSize = max(256, count / 64)
        let blocks = Array(stride(from: 0, to: count, by: blockSize))
        let perBlock: [[CandidatePair]] = blocks.parallelMap(threads: threads) { blockStart in
            var scores = [Float](repeating: 0, count: count)
            // The documents scored so far for the current one: at most every other document.
            var touched = [Int32](repeating: 0, count: count)
            var pairs: [CandidatePair] = []
            for document in blockStart..<min(blockStart + blockSize, count) {
                let touchedCount = scores.withUnsafeMutableBufferPointer { scores in
                    touched.withUnsafeMutableBufferPointer { touched in
                        postings.withUnsafeBufferPointer { postings in
                            offsets.withUnsafeBufferPointer { offsets in
                                var touchedCount = 0
                                for (termIndex, own) in documentTerms[document] {
                                    for posting in postings[offsets[Int(termIndex)]..<offsets[Int(termIndex) + 1]] {
                                        let other = Int(posting.document)
                                        guard other != document else { continue }
                                        if scores[other] == 0 {
                                            touched[touchedCount] = posting.document
                                            touchedCount += 1
                                        }
                                        // Never back to 0 once touched (weights are positive; this guards underflow).
                                        scores[other] += max(own * posting.weight, Float.leastNonzeroMagnitude)
                                    }
                                }
                                return touchedCount
                            }
                        }
                    }
                }
                let candidates = touched[..<touchedCount]
                for other in Self.strongest(candidates, scores: scores, limit: neighbors) {
                    pairs.append(CandidatePair(document, Int(other)))
                }
                for other in candidates { scores[Int(other)] = 0 }
            }
            return pairs
        }
        return CandidatePair.normalized(consume perBlock, threads: threads)
    }

    /// The `limit` documents of `touched` with the highest scores (ties by smaller index), in
    /// no particular order.
    ///
    /// Each candidate is ranked by one integer: the score's bits (a positive `Float` orders as
    /// its bit pattern) above the complement of its index, so "higher score, then smaller
    /// index" is plain integer order and `best` compares registers, not scores looked up
    /// through indices.
    static func strongest(_ touched: ArraySlice<Int32>, scores: [Float], limit: Int) -> [Int32] {
        guard touched.count > limit else { return Array(touched) }
        let ranks = touched.map { document in
            UInt64(scores[Int(document)].bitPattern) << 32 | UInt64(UInt32.max - UInt32(bitPattern: document))
        }
        return best(ranks, limit: limit, ranksAbove: >).map { Int32(bitPattern: UInt32.max - UInt32(truncatingIfNeeded: $0)) }
    }
}
