internal import CZlib

/// gzip (RFC 1952) through zlib: recognising, inflating with a size limit, and deflating.
///
/// Concatenated members (`cat a.gz b.gz`, the way WARC.gz files store one record per member)
/// are inflated one after another into one output.
package enum Gzip {
    /// The two magic bytes every gzip member starts with.
    package static let magic: [UInt8] = [0x1F, 0x8B]

    /// Whether `bytes` start like a gzip member.
    package static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: magic)
    }

    /// Inflates every member of a gzip stream.
    ///
    /// - Parameters:
    ///   - bytes: the compressed bytes (one or more gzip members).
    ///   - limit: the most decompressed bytes accepted (a decompression-bomb guard).
    ///   - allowTruncated: return what was inflated so far when the stream stops early (for
    ///     sniffing a file's first bytes) instead of failing, and stop quietly at `limit`.
    /// - Returns: the decompressed bytes.
    /// - Throws: `.malformed` for corrupt or truncated data, `.tooLarge` past `limit`.
    /// - Complexity: O(n) in the decompressed size.
    package static func decompress(_ bytes: [UInt8], limit: Int, allowTruncated: Bool = false) throws(LoadFailure) -> [UInt8] {
        var output: [UInt8] = []
        // The last member's trailer holds its decompressed size (mod 2^32): for the usual single
        // member, the exact capacity, so the output is never copied to grow.
        var expected = bytes.count * 4
        if bytes.count >= 18 {
            let trailer = bytes.count - 4
            let size = Int(bytes[trailer]) | Int(bytes[trailer + 1]) << 8 | Int(bytes[trailer + 2]) << 16 | Int(bytes[trailer + 3]) << 24
            expected = max(expected, size)
        }
        output.reserveCapacity(min(limit, max(expected, 4096)))
        var offset = 0
        var members = 0
        while offset < bytes.count {
            // Trailing zero padding after the last member is tolerated (some writers pad).
            if members > 0, bytes[offset...].allSatisfy({ $0 == 0 }) { break }
            guard bytes.count - offset >= 2, bytes[offset] == magic[0], bytes[offset + 1] == magic[1] else {
                if members == 0 { throw LoadFailure(.malformed, "not gzip data (no gzip header)") }
                throw LoadFailure(.malformed, "gzip: unexpected bytes after member \(members) at offset \(offset)")
            }
            let result = inflateMember(bytes, from: offset, into: &output, limit: limit)
            switch result {
            case .complete(let consumed):
                offset += consumed
                members += 1
            case .truncated:
                if allowTruncated { return output }
                throw LoadFailure(.malformed, "gzip data is truncated: the stream ends after \(output.count) decompressed bytes without its end marker (the file was cut short)")
            case .corrupt(let message):
                if allowTruncated, !output.isEmpty { return output }
                throw LoadFailure(.malformed, "gzip data is corrupt at member \(members + 1): \(message)")
            case .overLimit:
                if allowTruncated { return Array(output.prefix(limit)) }
                throw LoadFailure(.tooLarge, "gzip data decompresses to more than \(FileReader.megabytes(limit)) (the limit for decompressed inputs); not read")
            }
        }
        return output
    }

    /// How inflating one member ended.
    private enum MemberResult {
        case complete(consumed: Int)
        case truncated
        case corrupt(String)
        case overLimit
    }

    /// Inflates one member starting at `start`, appending to `output`.
    private static func inflateMember(_ bytes: [UInt8], from start: Int, into output: inout [UInt8], limit: Int) -> MemberResult {
        var stream = z_stream()
        guard storymerge_inflate_init(&stream, 15 + 16) == Z_OK else { return .corrupt("zlib could not start") }
        defer { inflateEnd(&stream) }
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        return bytes.withUnsafeBufferPointer { input -> MemberResult in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
            stream.avail_in = UInt32(clamping: input.count - start)
            while true {
                let status = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(chunk)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk - Int(stream.avail_out)
                if output.count + produced > limit {
                    output.append(contentsOf: buffer[0..<(limit - output.count)])
                    return .overLimit
                }
                output.append(contentsOf: buffer[0..<produced])
                switch status {
                case Z_STREAM_END:
                    return .complete(consumed: input.count - start - Int(stream.avail_in))
                case Z_OK:
                    continue
                case Z_BUF_ERROR:
                    // No progress possible: the input ended before the member did.
                    if stream.avail_in == 0 { return .truncated }
                    if produced > 0 { continue }
                    return .corrupt("no progress")
                case Z_DATA_ERROR:
                    return .corrupt(stream.msg.map { String(cString: $0) } ?? "invalid deflate data")
                case Z_MEM_ERROR:
                    return .corrupt("out of memory")
                default:
                    return .corrupt("zlib status \(status)")
                }
            }
        }
    }

    /// Compresses bytes as one gzip member (for tests and tools that write `.gz` files).
    ///
    /// - Parameters:
    ///   - bytes: the data to compress.
    ///   - level: the zlib level, 1 (fast) to 9 (small).
    /// - Returns: a complete gzip member.
    package static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        guard storymerge_deflate_init(&stream, level, 15 + 16) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(bytes.count))) + 64
        var output = [UInt8](repeating: 0, count: bound)
        var written = 0
        bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = UInt32(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(out.count)
                _ = deflate(&stream, Z_FINISH)
                written = out.count - Int(stream.avail_out)
            }
        }
        return Array(output[0..<written])
    }
}
