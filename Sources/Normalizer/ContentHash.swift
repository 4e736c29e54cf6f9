/// A 128-bit content fingerprint of a file's bytes, used to find the same file under two paths.
///
/// Two independent 64-bit hashes (FNV-1a and a multiply-rotate mix) plus the length; equal
/// fingerprints are still confirmed by comparing bytes. Deterministic across runs and machines.
package struct ContentHash: Sendable, Hashable {
    /// FNV-1a 64 of the bytes.
    package var fnv: UInt64
    /// A second, independent 64-bit mix of the bytes.
    package var mix: UInt64
    /// The number of bytes.
    package var count: Int

    /// Fingerprints `bytes`.
    ///
    /// - Complexity: O(n).
    package init(_ bytes: [UInt8]) {
        var fnv: UInt64 = 0xCBF2_9CE4_8422_2325
        var mix: UInt64 = 0x9E37_79B9_7F4A_7C15
        for byte in bytes {
            fnv = (fnv ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            mix = ((mix ^ UInt64(byte)) &* 0xFF51_AFD7_ED55_8CCD)
            mix = (mix << 23) | (mix >> 41)
        }
        mix ^= mix >> 33
        mix = mix &* 0xC4CE_B9FE_1A85_EC53
        mix ^= mix >> 33
        self.fnv = fnv
        self.mix = mix
        self.count = bytes.count
    }
}
