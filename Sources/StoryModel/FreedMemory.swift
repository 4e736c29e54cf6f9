#if canImport(Glibc)
internal import Glibc
#endif

/// Gives memory the process has freed back to the operating system.
///
/// glibc's allocator keeps freed small blocks inside its heap for reuse, so a stage that frees
/// gigabytes of per-article arrays (shingle fingerprints after the near-duplicate check, term
/// lists after tf-idf, vectors after pair scoring) leaves the resident size where it was, and
/// the next stage's large tables, which glibc maps separately, come on top of it. Calling
/// `returnToSystem()` after such a stage releases every page inside the heap that no live
/// block touches (`malloc_trim(0)`); a page that still holds a few live bytes stays, which is
/// why what lasts a whole run is packed together first (see `FreshStorage`). It changes no
/// result; elsewhere than glibc it does nothing.
package enum FreedMemory {
    /// Releases the allocator's free pages to the operating system (glibc's `malloc_trim(0)`).
    package static func returnToSystem() {
        _ = trim?(0)
    }

    /// glibc's `malloc_trim`, looked up at run time: the Glibc module does not export
    /// `<malloc.h>`. `nil` with another C library.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()
}
