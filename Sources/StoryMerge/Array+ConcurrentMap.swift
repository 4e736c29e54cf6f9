internal import Dispatch

extension Array where Element: Sendable {
    /// Maps every element on all cores; the result keeps the input order, so it is deterministic.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = ResultSlots<T>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(transform(elements[index]), at: index)
        }
        return slots.values()
    }
}

/// Write-once slots that concurrent workers fill by index.
///
/// Each index is written by exactly one worker and `values()` is read after
/// `concurrentPerform` returns, so no slot is ever touched by two threads at once.
private final class ResultSlots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<T?>.allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func store(_ value: T, at index: Int) { base[index] = value }

    func values() -> [T] { (0..<count).map { base[$0]! } }
}
