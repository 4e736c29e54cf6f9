/// MinHash signatures of many documents in one flat array: row `d` holds document `d`'s
/// `width` values. One allocation instead of one array per document.
package struct SignatureMatrix: Sendable {
    /// Values per signature.
    package let width: Int
    /// Row-major values, `count × width`.
    package private(set) var values: [UInt64]

    /// Creates a matrix from row-major values.
    ///
    /// - Precondition: `values.count` is a multiple of `width`.
    package init(width: Int, values: [UInt64]) {
        precondition(width > 0 && values.count % width == 0, "whole rows only")
        self.width = width
        self.values = values
    }

    /// Creates a matrix from separate signatures of one family.
    package init(_ signatures: [MinHashSignature], width: Int) {
        self.width = max(1, width)
        var values: [UInt64] = []
        values.reserveCapacity(signatures.count * self.width)
        for signature in signatures {
            precondition(signature.values.count == self.width, "one family, one width")
            values.append(contentsOf: signature.values)
        }
        self.values = values
    }

    /// The number of documents.
    package var count: Int { values.count / width }

    /// The signature of document `index`.
    package func signature(_ index: Int) -> MinHashSignature {
        MinHashSignature(values: Array(values[(index * width)..<((index + 1) * width)]))
    }

    /// Whether document `index` came from an empty set.
    package func isEmpty(_ index: Int) -> Bool {
        values[(index * width)..<((index + 1) * width)].allSatisfy { $0 == .max }
    }

    /// The fraction of positions where two documents' signatures agree (0 if either is empty).
    ///
    /// - Complexity: O(width).
    package func estimatedJaccard(_ a: Int, _ b: Int) -> Double {
        guard !isEmpty(a), !isEmpty(b) else { return 0 }
        return values.withUnsafeBufferPointer { values in
            var equal = 0
            let rowA = a * width, rowB = b * width
            for offset in 0..<width where values[rowA + offset] == values[rowB + offset] { equal += 1 }
            return Double(equal) / Double(width)
        }
    }
}
