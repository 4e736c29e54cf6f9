internal import StoryModel

/// Turns the bytes of a text input into a `String`: UTF-8 (with or without a byte-order mark)
/// or UTF-16 with a byte-order mark; anything else is refused with the offending byte offset.
package enum TextDecoding {
    /// The byte-order marks StoryMerge recognises.
    package enum ByteOrderMark: Sendable, Hashable {
        /// `EF BB BF`.
        case utf8
        /// `FF FE`.
        case utf16LittleEndian
        /// `FE FF`.
        case utf16BigEndian

        /// The mark's length in bytes.
        package var length: Int { self == .utf8 ? 3 : 2 }
    }

    /// The byte-order mark at the start of `bytes`, if any.
    package static func byteOrderMark(_ bytes: some Collection<UInt8>) -> ByteOrderMark? {
        var iterator = bytes.makeIterator()
        let b0 = iterator.next(), b1 = iterator.next(), b2 = iterator.next()
        if b0 == 0xEF, b1 == 0xBB, b2 == 0xBF { return .utf8 }
        if b0 == 0xFF, b1 == 0xFE { return .utf16LittleEndian }
        if b0 == 0xFE, b1 == 0xFF { return .utf16BigEndian }
        return nil
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence, or `nil`.
    ///
    /// Rejects overlong forms, surrogates and scalars above U+10FFFF, as the standard requires.
    /// - Parameters:
    ///   - bytes: the bytes to check.
    ///   - allowTruncatedEnd: accept a sequence cut off by the end of `bytes` (for prefixes).
    /// - Complexity: O(n).
    package static func firstInvalidUTF8Offset(_ bytes: [UInt8], allowTruncatedEnd: Bool = false) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8Offset(in: $0, allowTruncatedEnd: allowTruncatedEnd) }
    }

    /// The offset of the first byte at or after `start` that is not ASCII, or nil.
    ///
    /// - Complexity: O(n), eight bytes at a time.
    static func firstNonASCIIOffset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        var index = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
        }
        while index < count {
            if bytes[index] >= 0x80 { return index }
            index += 1
        }
        return nil
    }

    /// `firstInvalidUTF8Offset(_:allowTruncatedEnd:)` on a buffer; ASCII runs are skipped eight
    /// bytes at a time.
    static func firstInvalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>, allowTruncatedEnd: Bool = false) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                guard let next = firstNonASCIIOffset(in: bytes, from: index) else { return nil }
                index = next
                continue
            }
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lowerSecond: UInt8 = 0x80
            var upperSecond: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerSecond = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperSecond = 0x9F
            case 0xF0: length = 4; lowerSecond = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperSecond = 0x8F
            default: return index
            }
            for offset in 1..<length {
                guard index + offset < count else { return allowTruncatedEnd ? nil : index }
                let byte = bytes[index + offset]
                let low = offset == 1 ? lowerSecond : 0x80
                let high = offset == 1 ? upperSecond : 0xBF
                guard byte >= low, byte <= high else { return index }
            }
            index += length
        }
        return nil
    }

    /// Decodes text bytes.
    ///
    /// - Parameter bytes: the file's bytes.
    /// - Returns: the text, without a byte-order mark.
    /// - Throws: `LoadFailure` `.invalidEncoding` naming the first bad byte's offset.
    package static func decode(_ bytes: [UInt8]) throws(LoadFailure) -> String {
        switch byteOrderMark(bytes) {
        case .utf16LittleEndian:
            return try decodeUTF16(bytes, bigEndian: false)
        case .utf16BigEndian:
            return try decodeUTF16(bytes, bigEndian: true)
        case .utf8:
            let body = Array(bytes.dropFirst(3))
            if let offset = firstInvalidUTF8Offset(body) {
                throw LoadFailure(.invalidEncoding, "invalid UTF-8 at byte offset \(offset + 3); save the file as UTF-8")
            }
            return String(decoding: body, as: UTF8.self)
        case nil:
            if let offset = firstInvalidUTF8Offset(bytes) {
                throw LoadFailure(.invalidEncoding, "invalid UTF-8 at byte offset \(offset); save the file as UTF-8")
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Decodes UTF-16 after its byte-order mark.
    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) throws(LoadFailure) -> String {
        let payload = bytes.count - 2
        guard payload % 2 == 0 else {
            throw LoadFailure(.invalidEncoding, "UTF-16 text with an odd number of bytes (\(bytes.count)); the file is truncated")
        }
        var units: [UInt16] = []
        units.reserveCapacity(payload / 2)
        var index = 2
        while index + 1 < bytes.count {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var unitOffset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                unitOffset += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput:
                break loop
            case .error:
                throw LoadFailure(
                    .invalidEncoding, "invalid UTF-16 at byte offset \(2 + unitOffset * 2) (unpaired surrogate)")
            }
        }
        return String(scalars)
    }
}
