internal import Foundation

/// Reads files with POSIX calls, so failures carry the system's own words (`errno`).
enum FileReader {
    /// Reads up to `limit` bytes from the start of a file.
    ///
    /// - Returns: the bytes, or a `.unreadable` failure naming the error.
    static func read(_ path: String, limit: Int) -> Result<[UInt8], LoadFailure> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(LoadFailure(.unreadable, InputDiscovery.errnoText(errno))) }
        defer { close(descriptor) }
        return readOpen(descriptor, limit: limit)
    }

    /// Reads a whole file, refusing files larger than `maxSize` before reading them.
    ///
    /// - Returns: the bytes, or `.unreadable` / `.tooLarge`.
    static func readAll(_ path: String, maxSize: Int) -> Result<[UInt8], LoadFailure> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(LoadFailure(.unreadable, InputDiscovery.errnoText(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(LoadFailure(.unreadable, InputDiscovery.errnoText(errno))) }
        if info.st_mode & S_IFMT == S_IFDIR { return .failure(LoadFailure(.unreadable, "is a directory")) }
        let size = Int(info.st_size)
        if size > maxSize { return .failure(tooLarge(size, maxSize)) }
        switch readOpen(descriptor, limit: maxSize + 1, expected: size) {
        case .success(let bytes) where bytes.count > maxSize: return .failure(tooLarge(bytes.count, maxSize))
        case let other: return other
        }
    }

    /// Asks the kernel to start reading files into its page cache in the background
    /// (`posix_fadvise` with `POSIX_FADV_WILLNEED`), so that a later `readAll` finds them in
    /// memory instead of waiting for the disk. Advisory: errors are ignored (reading reports them).
    static func prefetch(_ paths: [String]) {
        #if os(Linux)
        for path in paths {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_WILLNEED)
            close(descriptor)
        }
        #endif
    }

    /// The file's size in bytes, or 0 when it cannot be read (for scheduling only: reading it
    /// reports the real problem).
    static func size(_ path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return Int(info.st_size)
    }

    /// "file is 210 MB, above --max-file-size 64 MB".
    static func tooLarge(_ size: Int, _ maxSize: Int) -> LoadFailure {
        LoadFailure(.tooLarge, "file is \(megabytes(size)), above --max-file-size \(megabytes(maxSize))")
    }

    /// A size in whole megabytes (MiB), or in bytes below one.
    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }

    private static func readOpen(_ descriptor: Int32, limit: Int, expected: Int = 0) -> Result<[UInt8], LoadFailure> {
        // Start with the size fstat reported (plus one byte to see growth), grow when needed.
        var buffer = [UInt8](repeating: 0, count: max(1, min(limit, expected > 0 ? expected + 1 : 65_536)))
        var filled = 0
        while filled < limit {
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: min(limit - filled, max(buffer.count, 65_536)))) }
            let count = buffer.withUnsafeMutableBytes { raw in
                Foundation.read(descriptor, raw.baseAddress! + filled, raw.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(LoadFailure(.unreadable, InputDiscovery.errnoText(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        buffer.removeLast(buffer.count - filled)
        return .success(buffer)
    }
}
