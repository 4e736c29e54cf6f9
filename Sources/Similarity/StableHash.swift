/// A fast seeded 64-bit hash over bytes, identical on every run and platform.
///
/// The mixing follows the wyhash idea: 8-byte little-endian blocks folded with a 64×64→128-bit
/// multiply whose halves are xored ("mum"), then a murmur3 finalizer. It is not cryptographic; it
/// is for shingles, MinHash and LSH keys, where `Hasher` (seeded per process) must not be used.
package enum StableHash {
    private static let p0: UInt64 = 0xA076_1D64_78BD_642F
    private static let p1: UInt64 = 0xE703_7ED1_A0B4_28DB
    private static let p2: UInt64 = 0x8EBC_6AF0_9C88_C6E3
    private static let p3: UInt64 = 0x5899_65CC_7537_4CC3

    /// The 128-bit product of two words, folded to 64 bits by xoring its halves.
    @inline(__always)
    package static func mum(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// The murmur3 64-bit finalizer: a bijection that spreads every input bit over the output.
    @inline(__always)
    package static func finalize(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    /// Hashes raw bytes.
    ///
    /// - Parameters:
    ///   - bytes: the bytes to hash.
    ///   - seed: selects a member of the hash family.
    /// - Returns: a 64-bit hash.
    /// - Complexity: O(n) in the number of bytes.
    package static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        let count = bytes.count
        var state = seed ^ mum(seed ^ p0, p1)
        var offset = 0
        while offset + 8 <= count {
            let block = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            state = mum(block ^ p1, state ^ p2)
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < count {
                tail |= UInt64(bytes[offset]) << shift
                shift += 8
                offset += 1
            }
            state = mum(tail ^ p3, state ^ p2)
        }
        return finalize(mum(state ^ p3, UInt64(truncatingIfNeeded: count) ^ p1))
    }

    /// Hashes an array of bytes.
    ///
    /// - Parameters:
    ///   - bytes: the bytes to hash.
    ///   - seed: selects a member of the hash family.
    /// - Returns: the same value as the buffer form for the same bytes.
    package static func hash(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
        bytes.withUnsafeBytes { hash($0, seed: seed) }
    }

    /// Hashes the UTF-8 bytes of a string.
    ///
    /// - Parameters:
    ///   - string: the text to hash.
    ///   - seed: selects a member of the hash family.
    /// - Returns: the hash of `string.utf8`.
    package static func hash(_ string: String, seed: UInt64) -> UInt64 {
        var copy = string
        return copy.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: seed) }
    }

    /// Hashes an ordered sequence of already-hashed items (a window of word hashes).
    ///
    /// Order matters: `[a, b]` and `[b, a]` hash differently.
    ///
    /// - Parameters:
    ///   - values: the item hashes, in order.
    ///   - seed: selects a member of the hash family.
    /// - Returns: a 64-bit hash of the sequence.
    /// - Complexity: O(n) in the number of values.
    package static func hash(sequence values: ArraySlice<UInt64>, seed: UInt64) -> UInt64 {
        var state = seed ^ mum(seed ^ p2, p3)
        for value in values {
            state = mum(value ^ p1, state ^ p0)
        }
        return finalize(state ^ UInt64(truncatingIfNeeded: values.count) &* p3)
    }

    /// Hashes an ordered run of item hashes in memory; the same value as the `ArraySlice` form.
    ///
    /// - Parameters:
    ///   - values: the item hashes, in order.
    ///   - seed: selects a member of the hash family.
    package static func hash(sequence values: UnsafeBufferPointer<UInt64>, seed: UInt64) -> UInt64 {
        var state = seed ^ mum(seed ^ p2, p3)
        for value in values {
            state = mum(value ^ p1, state ^ p0)
        }
        return finalize(state ^ UInt64(truncatingIfNeeded: values.count) &* p3)
    }
}
