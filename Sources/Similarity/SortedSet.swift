/// Set operations on sorted arrays of unique values: the flat representation of shingle sets.
package enum SortedSet {
    /// Sorts values and removes duplicates.
    ///
    /// - Complexity: O(n log n).
    @_specialize(exported: true, where T == Int)
    @inlinable package static func uniqued<T: Comparable>(_ values: [T]) -> [T] {
        comparisonUniqued(values)
    }

    /// `uniqued` by comparison sorting, whatever the type.
    @_specialize(exported: true, where T == UInt64)
    @_specialize(exported: true, where T == Int)
    @inlinable package static func comparisonUniqued<T: Comparable>(_ values: [T]) -> [T] {
        let sorted = values.sorted()
        var result: [T] = []
        result.reserveCapacity(sorted.count)
        for value in sorted where result.last != value {
            result.append(value)
        }
        return result
    }

    /// Sorts 64-bit hashes and removes duplicates: `uniqued(_:)` for the shingle and key sets
    /// every article builds, with an LSD radix sort (eight byte-wide passes) once there are
    /// enough values for it to beat comparison sorting.
    ///
    /// - Complexity: O(n).
    package static func uniqued(_ values: [UInt64]) -> [UInt64] {
        guard values.count >= 96 else { return comparisonUniqued(values) }
        var source = values
        var target = [UInt64](repeating: 0, count: values.count)
        source.withUnsafeMutableBufferPointer { source in
            target.withUnsafeMutableBufferPointer { target in
                var from = source, to = target
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
                    for shift in stride(from: UInt64(0), to: 64, by: 8) {
                        counts.initialize(repeating: 0)
                        for value in from { counts[Int((value >> shift) & 0xFF)] &+= 1 }
                        // A byte every value shares needs no pass.
                        if counts[Int((from[0] >> shift) & 0xFF)] == from.count { continue }
                        var total = 0
                        for digit in 0..<256 {
                            let count = counts[digit]
                            counts[digit] = total
                            total &+= count
                        }
                        for value in from {
                            let digit = Int((value >> shift) & 0xFF)
                            to[counts[digit]] = value
                            counts[digit] &+= 1
                        }
                        swap(&from, &to)
                    }
                }
                // The sorted values are in `from`; leave them in `source`.
                if from.baseAddress != source.baseAddress {
                    _ = source.update(fromContentsOf: from)
                }
            }
        }
        var result: [UInt64] = []
        result.reserveCapacity(source.count)
        for value in source where result.last != value { result.append(value) }
        return result
    }

    /// The union of two sorted unique arrays, sorted and unique, in one linear merge.
    ///
    /// - Complexity: O(n + m).
    @_specialize(exported: true, where T == Int)
    @inlinable package static func union<T: Comparable>(_ x: [T], _ y: [T]) -> [T] {
        var result: [T] = []
        result.reserveCapacity(x.count + y.count)
        var i = 0, j = 0
        while i < x.count, j < y.count {
            if x[i] < y[j] {
                result.append(x[i])
                i += 1
            } else if y[j] < x[i] {
                result.append(y[j])
                j += 1
            } else {
                result.append(x[i])
                i += 1
                j += 1
            }
        }
        result.append(contentsOf: x[i...])
        result.append(contentsOf: y[j...])
        return result
    }

    /// The position of `value` in a sorted array or slice, or `nil` when it is absent.
    ///
    /// - Complexity: O(log n).
    @_specialize(exported: true, where Sorted == [UInt64])
    @_specialize(exported: true, where Sorted == ArraySlice<UInt64>)
    @_specialize(exported: true, where Sorted == ArraySlice<UInt32>)
    @inlinable package static func position<Sorted: RandomAccessCollection>(
        of value: Sorted.Element, in sorted: Sorted
    ) -> Int? where Sorted.Element: Comparable, Sorted.Index == Int {
        var low = sorted.startIndex, high = sorted.endIndex
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.endIndex && sorted[low] == value ? low : nil
    }

    /// The number of values two sorted unique arrays share.
    ///
    /// - Complexity: O(n + m).
    @_specialize(exported: true, where T == UInt64)
    @inlinable package static func intersectionCount<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if b[j] < a[i] {
                j += 1
            } else {
                shared += 1
                i += 1
                j += 1
            }
        }
        return shared
    }

    /// The number of values two sorted unique buffers share, or `nil` as soon as it can no
    /// longer reach `need` (the values left on the shorter side would not make it up).
    ///
    /// - Complexity: O(n + m), usually far less for sets that share little.
    @_specialize(exported: true, where T == UInt64)
    @inlinable package static func intersectionCount<T: Comparable>(
        _ a: UnsafeBufferPointer<T>, _ b: UnsafeBufferPointer<T>, stoppingBelow need: Double
    ) -> Int? {
        intersectionCount(a, b, from: 0, 0, sharedSoFar: 0, stoppingBelow: need)
    }

    /// `intersectionCount(_:_:stoppingBelow:)` resumed at `a[start]` and `b[otherStart]`, with
    /// `sharedSoFar` values already counted before them (the block-wise 32-bit version hands
    /// over its last few values this way).
    @_specialize(exported: true, where T == UInt64)
    @_specialize(exported: true, where T == UInt32)
    @inlinable static func intersectionCount<T: Comparable>(
        _ a: UnsafeBufferPointer<T>, _ b: UnsafeBufferPointer<T>, from start: Int, _ otherStart: Int,
        sharedSoFar: Int, stoppingBelow need: Double
    ) -> Int? {
        var i = start, j = otherStart, shared = sharedSoFar
        var checkpoint = 0
        while i < a.count, j < b.count {
            if checkpoint == 0 {
                checkpoint = 32
                if Double(shared + min(a.count - i, b.count - j)) < need { return nil }
            }
            checkpoint -= 1
            let x = a[i], y = b[j]
            if x < y {
                i += 1
            } else if y < x {
                j += 1
            } else {
                shared += 1
                i += 1
                j += 1
            }
        }
        return Double(shared) < need ? nil : shared
    }

    /// The number of values two sorted unique 32-bit buffers share, or `nil` as soon as it can
    /// no longer reach `need` — the same answer as the generic version, four values at a time.
    ///
    /// Each step compares a block of four values from each side all against all (the second
    /// block in its four rotations) and then moves past the block whose last value is smaller,
    /// or both when those are equal. A shared value is met in exactly one pair of blocks, so it
    /// is counted once; the last few values of the shorter remainder are merged one by one
    /// (`intersectionCount(_:_:from:_:sharedSoFar:stoppingBelow:)`).
    ///
    /// - Complexity: O(n + m), usually far less for sets that share little.
    package static func intersectionCount(
        _ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, stoppingBelow need: Double
    ) -> Int? {
        var i = 0, j = 0, shared = 0
        let countA = a.count, countB = b.count
        if countA >= 4, countB >= 4, let baseA = a.baseAddress, let baseB = b.baseAddress {
            let rawA = UnsafeRawPointer(baseA), rawB = UnsafeRawPointer(baseB)
            let stride = MemoryLayout<UInt32>.stride
            var checkpoint = 0
            while i + 4 <= countA, j + 4 <= countB {
                if checkpoint == 0 {
                    checkpoint = 8
                    // An upper bound: the current block of one side may already have matched.
                    if Double(shared + min(countA - i, countB - j)) < need { return nil }
                }
                checkpoint -= 1
                let x = rawA.loadUnaligned(fromByteOffset: i * stride, as: SIMD4<UInt32>.self)
                let y = rawB.loadUnaligned(fromByteOffset: j * stride, as: SIMD4<UInt32>.self)
                let matches = (x .== y)
                    .| (x .== SIMD4(y[1], y[2], y[3], y[0]))
                    .| (x .== SIMD4(y[2], y[3], y[0], y[1]))
                    .| (x .== SIMD4(y[3], y[0], y[1], y[2]))
                shared &+= Int(SIMD4<UInt32>(repeating: 0).replacing(with: 1, where: matches).wrappedSum())
                let lastA = x[3], lastB = y[3]
                i &+= lastA <= lastB ? 4 : 0
                j &+= lastB <= lastA ? 4 : 0
            }
        }
        return intersectionCount(a, b, from: i, j, sharedSoFar: shared, stoppingBelow: need)
    }

    /// The exact Jaccard similarity |A∩B| / |A∪B| of two sorted unique arrays (0 when both are empty).
    ///
    /// - Complexity: O(n + m).
    @_specialize(exported: true, where T == UInt64)
    @inlinable package static func jaccard<T: Comparable>(_ a: [T], _ b: [T]) -> Double {
        let shared = intersectionCount(a, b)
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
