/// Copies of values into allocations of their own, for compacting what a long run keeps.
///
/// Loading a large corpus allocates each article's lasting values (its id, outlet and a few
/// facts) between its short-lived arrays (shingles, term lists), so when the short-lived
/// arrays go, almost every page of the heap still holds a few lasting bytes and cannot be
/// returned to the system (see `FreedMemory`). Copying the lasting values one after another
/// packs them together; dropping the originals then unpins the pages they shared. Copy all
/// values first and only then replace the originals: an original freed early leaves a hole
/// of the same size that the allocator would hand to the next copy.
package enum FreshStorage {
    /// A string with its own storage (small strings live inline and are returned as they are).
    package static func copy(_ string: String) -> String {
        var string = string
        return string.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { target in
                _ = target.initialize(fromContentsOf: bytes)
                return bytes.count
            }
        }
    }

    /// An array with its own storage (an empty array allocates nothing).
    package static func copy<Element>(_ array: [Element]) -> [Element] {
        array.isEmpty ? [] : array.withUnsafeBufferPointer { Array($0) }
    }

    /// An array of strings, each with its own storage.
    package static func copy(_ strings: [String]) -> [String] {
        strings.isEmpty ? [] : strings.map { copy($0) }
    }
}
