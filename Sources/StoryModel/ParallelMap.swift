internal import Dispatch
internal import Synchronization

/// How many threads a run may use.
///
/// Results never depend on it: every parallel stage writes its results by index and combines
/// them in input order, so one thread and all cores give byte-identical output.
public struct ThreadCount: Sendable, Hashable, CustomStringConvertible {
    /// The number of worker threads; `nil` means one per core.
    public var limit: Int?

    /// One worker per core (the default).
    public static let allCores = ThreadCount(limit: nil)

    /// Exactly `count` workers (at least one).
    public static func exactly(_ count: Int) -> ThreadCount { ThreadCount(limit: max(1, count)) }

    /// The number of workers this count allows on this machine.
    public var resolved: Int { limit ?? ThreadCount.coreCount }

    /// `"2 threads"`, or `"all cores (2)"`.
    public var description: String {
        limit.map { $0 == 1 ? "1 thread" : "\($0) threads" } ?? "all cores (\(ThreadCount.coreCount))"
    }

    /// The cores this process may run on.
    package static var coreCount: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 1
        #endif
    }
}

#if canImport(Glibc)
internal import Glibc
#endif

extension Array where Element: Sendable {
    /// Maps every element on up to `threads` workers, keeping the input order.
    ///
    /// Workers take the next unclaimed index, so long and short items balance; each result is
    /// stored in its own slot, so the output is the same for any number of workers.
    /// - Parameters:
    ///   - threads: how many workers may run at once.
    ///   - transform: the work for one element; it must not depend on which thread runs it.
    /// - Returns: `map(transform)`, computed in parallel.
    package func parallelMap<T: Sendable>(threads: ThreadCount = .allCores, _ transform: @Sendable (Element) -> T) -> [T] {
        let workers = Swift.min(threads.resolved, count)
        guard workers > 1 else { return map(transform) }
        let slots = ResultSlots<T>(count: count)
        let next = Atomic<Int>(0)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < elements.count else { return }
                slots.store(transform(elements[index]), at: index)
            }
        }
        return slots.values()
    }
}

extension Array where Element: Sendable {
    /// Changes every element in place on up to `threads` workers, each element by one worker.
    ///
    /// Unlike `parallelMap`, no second array is built: a stage that shrinks each element
    /// (drops the inputs it has used) never holds the old and new forms of all elements at once.
    /// - Parameters:
    ///   - threads: how many workers may run at once.
    ///   - blockSize: how many consecutive elements a worker takes at a time: 1 balances
    ///     long items best; thousands suit millions of cheap ones.
    ///   - range: the indices to change; `nil` for all.
    ///   - update: the change to one element, given its index; it must not depend on which
    ///     thread runs it.
    package mutating func parallelUpdate(
        threads: ThreadCount = .allCores, blockSize: Int = 1, in range: Range<Int>? = nil,
        _ update: @Sendable (Int, inout Element) -> Void
    ) {
        let range = range ?? indices
        let block = Swift.max(1, blockSize)
        let workers = Swift.min(threads.resolved, (range.count + block - 1) / block)
        guard workers > 1 else {
            for index in range { update(index, &self[index]) }
            return
        }
        withUnsafeMutableBufferPointer { buffer in
            let elements = SendableBuffer(buffer: buffer)
            let next = Atomic<Int>(range.lowerBound)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let start = next.wrappingAdd(block, ordering: .relaxed).oldValue
                    guard start < range.upperBound else { return }
                    for index in start..<Swift.min(start + block, range.upperBound) {
                        update(index, &elements.buffer[index])
                    }
                }
            }
        }
    }
}

extension Array where Element: Sendable {
    /// `parallelUpdate(threads:blockSize:in:_:)` where each worker also carries state of its own
    /// from element to element (a scratch buffer made once per worker, not once per element).
    ///
    /// - Parameters:
    ///   - threads: how many workers may run at once.
    ///   - blockSize: how many consecutive elements a worker takes at a time.
    ///   - makeState: makes one worker's state; called once by each worker.
    ///   - update: the change to one element, given its index and the worker's state; the
    ///     element must not depend on which worker, or which state, changes it.
    package mutating func parallelUpdate<State>(
        threads: ThreadCount = .allCores, blockSize: Int = 1, state makeState: @Sendable () -> State,
        _ update: @Sendable (Int, inout Element, inout State) -> Void
    ) {
        let range = indices
        let block = Swift.max(1, blockSize)
        let workers = Swift.min(threads.resolved, (range.count + block - 1) / block)
        guard workers > 1 else {
            var state = makeState()
            for index in range { update(index, &self[index], &state) }
            return
        }
        withUnsafeMutableBufferPointer { buffer in
            let elements = SendableBuffer(buffer: buffer)
            let next = Atomic<Int>(range.lowerBound)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                var state = makeState()
                while true {
                    let start = next.wrappingAdd(block, ordering: .relaxed).oldValue
                    guard start < range.upperBound else { return }
                    for index in start..<Swift.min(start + block, range.upperBound) {
                        update(index, &elements.buffer[index], &state)
                    }
                }
            }
        }
    }
}

/// An array's storage handed to parallel workers that each touch distinct indices.
private struct SendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}

/// Write-once slots that parallel workers fill by index.
///
/// Each index is claimed by exactly one worker and `values()` is read after
/// `concurrentPerform` returns, so no slot is ever touched by two threads at once.
private final class ResultSlots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func store(_ value: T, at index: Int) { buffer[index] = value }

    func values() -> [T] { buffer.map { $0! } }
}
