/// A buffer that parallel workers fill or sort at disjoint positions.
///
/// The workers of `parallelMap` may not share a mutable array; they share this pointer to its
/// storage instead, each writing only the positions it owns, while the array's owner keeps it
/// alive and does not touch it until they are done.
package struct SharedSlots<Element>: @unchecked Sendable {
    /// The first element, `nil` for an empty buffer.
    package let pointer: UnsafeMutablePointer<Element>?

    /// Shares the buffer starting at `pointer`.
    package init(_ pointer: UnsafeMutablePointer<Element>?) { self.pointer = pointer }
}
