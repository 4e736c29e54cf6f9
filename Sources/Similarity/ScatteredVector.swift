/// One sparse vector spread over a dense array indexed by term id, so that its dot products
/// with many other vectors each cost one pass over the other vector instead of a merge of both.
///
/// Scoring a million articles' candidate pairs takes every pair that shares its first article
/// in turn: that article's vector is scattered once, and each partner's ids are looked up
/// directly. The products that match are gathered without a branch and added in ascending id
/// order, the order `SparseVector.dot` adds them in, so the result is bit for bit the same.
///
/// ```swift
/// var scattered = ScatteredVector(dimension: dictionary.count)
/// scattered.load(vectors[a])
/// let score = scattered.dot(vectors[b])   // == vectors[a].dot(vectors[b])
/// ```
package struct ScatteredVector: Sendable {
    /// The loaded vector's weight at each id, 0 elsewhere.
    private var dense: [Float]
    /// The ids set in `dense`, cleared on the next `load`.
    private var loadedIDs: ArraySlice<Int32> = []
    /// Room for the matching products of one `dot`.
    private var products: [Double] = []

    /// Creates an empty scattered vector for ids below `dimension`.
    ///
    /// - Parameter dimension: one more than the largest id any vector loaded or dotted holds.
    package init(dimension: Int) {
        dense = [Float](repeating: 0, count: max(0, dimension))
    }

    /// One more than the largest id of `vectors` (0 when all are empty): the `dimension` they need.
    package static func dimension(of vectors: [SparseVector]) -> Int {
        vectors.reduce(0) { Swift.max($0, $1.ids.last.map { Int($0) + 1 } ?? 0) }
    }

    /// Makes `vector` the one dot products are taken with.
    ///
    /// - Complexity: O(n + m) for the new vector's n and the previous one's m entries.
    package mutating func load(_ vector: SparseVector) {
        dense.withUnsafeMutableBufferPointer { dense in
            for id in loadedIDs { dense[Int(id)] = 0 }
            for (id, weight) in zip(vector.ids, vector.weights) { dense[Int(id)] = weight }
        }
        loadedIDs = vector.ids
    }

    /// The dot product of the loaded vector with `other`, equal to `SparseVector.dot` of the two.
    ///
    /// - Complexity: O(m) for `other`'s m entries.
    package mutating func dot(_ other: SparseVector) -> Double {
        if products.count < other.count { products = [Double](repeating: 0, count: other.count) }
        return dense.withUnsafeBufferPointer { dense in
            products.withUnsafeMutableBufferPointer { products in
                other.ids.withUnsafeBufferPointer { ids in
                    other.weights.withUnsafeBufferPointer { weights in
                        // Every product is written; only a match moves the cursor past it.
                        var matches = 0
                        for index in 0..<ids.count {
                            let mine = dense[Int(ids[index])]
                            products[matches] = Double(mine) * Double(weights[index])
                            // Weights are never -0, so a zero bit pattern is exactly "absent".
                            matches &+= mine.bitPattern != 0 ? 1 : 0
                        }
                        var sum = 0.0
                        for index in 0..<matches { sum += products[index] }
                        return sum
                    }
                }
            }
        }
    }
}
