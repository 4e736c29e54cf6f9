/// A sparse vector as parallel arrays of term ids (ascending, unique) and weights.
package struct SparseVector: Sendable, Hashable {
    /// Term ids, strictly ascending. A slice: a corpus's vectors can share one buffer (see
    /// `TermWeighter.weigh`), so the first index need not be 0.
    package private(set) var ids: ArraySlice<Int32>
    /// The weight of each id, at the same index: `weights[i]` belongs to `ids[i]`. Single
    /// precision: a million articles' vectors hold over a hundred million weights, and scores
    /// are summed in double precision from them.
    package private(set) var weights: ArraySlice<Float>

    /// Creates a vector from `(id, weight)` entries in any order; weights of repeated ids add up
    /// (in double precision) and are then kept in single precision; zero weights are dropped.
    package init(entries: [(id: Int32, weight: Double)]) {
        let sorted = entries.sorted { $0.id < $1.id }
        var ids: [Int32] = []
        var weights: [Double] = []
        ids.reserveCapacity(sorted.count)
        weights.reserveCapacity(sorted.count)
        for entry in sorted {
            if ids.last == entry.id {
                weights[weights.count - 1] += entry.weight
            } else {
                ids.append(entry.id)
                weights.append(entry.weight)
            }
        }
        var keptIDs: [Int32] = []
        var keptWeights: [Float] = []
        for (id, weight) in zip(ids, weights) where Float(weight) != 0 {
            keptIDs.append(id)
            keptWeights.append(Float(weight))
        }
        self.ids = keptIDs[...]
        self.weights = keptWeights[...]
    }

    /// Creates a vector from ids already strictly ascending and their weights, at the same
    /// indices; zero weights are dropped. Without zero weights the vector shares the slices'
    /// storage.
    package init(ascendingIDs ids: ArraySlice<Int32>, weights: ArraySlice<Float>) {
        precondition(ids.indices == weights.indices, "one weight per id, at the same index")
        if weights.contains(0) {
            self.init(entries: zip(ids, weights).map { (id: $0.0, weight: Double($0.1)) })
        } else {
            self.init()
            self.ids = ids
            self.weights = weights
        }
    }

    /// The empty vector.
    package init() {
        ids = []
        weights = []
    }

    /// The number of non-zero entries.
    package var count: Int { ids.count }

    /// The Euclidean length.
    package var norm: Double {
        var sum = 0.0
        for weight in weights { sum += Double(weight) * Double(weight) }
        return sum.squareRoot()
    }

    /// The vector scaled to unit length (the empty vector stays empty).
    package func normalized() -> SparseVector {
        let length = norm
        guard length > 0 else { return self }
        var copy = self
        for index in copy.weights.indices { copy.weights[index] = Float(Double(copy.weights[index]) / length) }
        return copy
    }

    /// The dot product, by merging the two sorted id arrays.
    ///
    /// - Complexity: O(n + m).
    package func dot(_ other: SparseVector) -> Double {
        ids.withUnsafeBufferPointer { x in
            other.ids.withUnsafeBufferPointer { y in
                weights.withUnsafeBufferPointer { u in
                    other.weights.withUnsafeBufferPointer { v in
                        var i = 0, j = 0
                        var sum = 0.0
                        // Both indices advance without a branch; only a match adds.
                        while i < x.count, j < y.count {
                            let a = x[i], b = y[j]
                            if a == b { sum += Double(u[i]) * Double(v[j]) }
                            i &+= a <= b ? 1 : 0
                            j &+= b <= a ? 1 : 0
                        }
                        return sum
                    }
                }
            }
        }
    }

    /// The cosine similarity (0 when either vector is empty), clamped to 0…1 for
    /// non-negative weights.
    ///
    /// - Complexity: O(n + m).
    package func cosine(_ other: SparseVector) -> Double {
        let denominator = norm * other.norm
        guard denominator > 0 else { return 0 }
        return min(1, max(-1, dot(other) / denominator))
    }

    /// The weight of an id (0 when absent).
    ///
    /// - Complexity: O(log n).
    package func weight(of id: Int32) -> Double {
        SortedSet.position(of: id, in: ids).map { Double(weights[$0]) } ?? 0
    }
}
