internal import Foundation
internal import Dispatch
internal import Synchronization
internal import Similarity
internal import StoryModel

/// The signature stage of the benchmark: byte-level tokenizing, word shingling and
/// one-permutation MinHash of every document, written straight into one flat matrix.
struct SignatureStage: Sendable {
    /// The tokenizer and shingle hash.
    let shingler: TextShingler
    /// The MinHash family.
    let hasher: OnePermutationHasher

    /// Signatures and shingle counts of a corpus.
    struct Output: Sendable {
        /// One row per document.
        var matrix: SignatureMatrix
        /// Shingles seen per document (repeats included).
        var shingleCounts: [Int32]
    }

    /// Documents handed to a worker at a time.
    static let chunk = 256

    /// Signs `count` documents on `threads` workers; `text(index, worker, body)` must call `body`
    /// with document `index`'s bytes (it may reuse a per-worker buffer). The output does not
    /// depend on the number of workers: each document's row is written by index.
    func run(
        count: Int, threads: Int,
        text: @Sendable (_ index: Int, _ worker: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Void
    ) -> Output {
        let width = hasher.count
        var counts = [Int32](repeating: 0, count: count)
        let values = [UInt64](unsafeUninitializedCapacity: count * width) { buffer, initialized in
            counts.withUnsafeMutableBufferPointer { counts in
                sign(count: count, threads: threads, rows: buffer.baseAddress, sizes: counts.baseAddress, text: text)
            }
            initialized = count * width
        }
        return Output(matrix: SignatureMatrix(width: width, values: values), shingleCounts: counts)
    }

    /// `run(count:threads:text:)` writing over `output`'s rows and counts instead of new ones, so
    /// repeated timings measure signing, not the first touch of a fresh output's pages.
    ///
    /// - Precondition: `output` holds `count` rows of this stage's width.
    func run(
        count: Int, threads: Int, overwriting output: inout Output,
        text: @Sendable (_ index: Int, _ worker: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Void
    ) {
        precondition(output.matrix.width == hasher.count && output.shingleCounts.count == count, "one row per document")
        var values = output.matrix.values
        output.matrix = SignatureMatrix(width: hasher.count, values: [])
        values.withUnsafeMutableBufferPointer { rows in
            output.shingleCounts.withUnsafeMutableBufferPointer { counts in
                sign(count: count, threads: threads, rows: rows.baseAddress, sizes: counts.baseAddress, text: text)
            }
        }
        output.matrix = SignatureMatrix(width: hasher.count, values: values)
    }

    /// Writes document `index`'s signature to row `index` of `rows` and its shingle count to
    /// `sizes[index]`, for every document, on `threads` workers taking `chunk` documents at a time.
    private func sign(
        count: Int, threads: Int, rows: UnsafeMutablePointer<UInt64>?, sizes: UnsafeMutablePointer<Int32>?,
        text: @Sendable (_ index: Int, _ worker: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Void
    ) {
        let width = hasher.count
        let rows = SendablePointer(rows), sizes = SendablePointer(sizes)
        let next = Atomic<Int>(0)
        let workers = max(1, min(threads, (count + Self.chunk - 1) / Self.chunk))
        withoutActuallyEscaping(text) { text in
            let work: @Sendable (Int) -> Void = { worker in
                while true {
                    let start = next.wrappingAdd(Self.chunk, ordering: .relaxed).oldValue
                    guard start < count else { return }
                    for index in start..<min(start + Self.chunk, count) {
                        let row = UnsafeMutableBufferPointer(start: rows.pointer! + index * width, count: width)
                        text(index, worker) { bytes in
                            let shingles = hasher.signature(of: bytes, shingler: shingler, into: row)
                            sizes.pointer![index] = Int32(clamping: shingles)
                        }
                    }
                }
            }
            if workers == 1 {
                work(0)
            } else {
                DispatchQueue.concurrentPerform(iterations: workers, execute: work)
            }
        }
    }
}

/// A raw pointer shared by workers that write disjoint ranges.
struct SendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>?
    init(_ pointer: UnsafeMutablePointer<T>?) { self.pointer = pointer }
}

/// Per-worker reusable read buffers, so streaming a million files allocates a handful of buffers.
final class FileReaders: @unchecked Sendable {
    private var buffers: [UnsafeMutableRawBufferPointer]
    private var capacities: [Int]
    let folder: String
    let files: [String]

    init(folder: String, files: [String], workers: Int) {
        self.folder = folder
        self.files = files
        capacities = Array(repeating: 1 << 16, count: max(1, workers))
        buffers = capacities.map { UnsafeMutableRawBufferPointer.allocate(byteCount: $0, alignment: 16) }
    }

    deinit { for buffer in buffers { buffer.deallocate() } }

    /// Reads file `index` into worker `worker`'s buffer and calls `body` with its bytes (empty on error).
    func withFile(_ index: Int, worker: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let descriptor = Glibc.open(folder + "/" + files[index], O_RDONLY)
        guard descriptor >= 0 else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, Int(info.st_size) + 1 > capacities[worker] {
            buffers[worker].deallocate()
            capacities[worker] = Int(info.st_size) * 2
            buffers[worker] = .allocate(byteCount: capacities[worker], alignment: 16)
        }
        var total = 0
        while total < capacities[worker] {
            let read = Glibc.read(descriptor, buffers[worker].baseAddress! + total, capacities[worker] - total)
            if read <= 0 { break }
            total += read
        }
        body(UnsafeBufferPointer(start: buffers[worker].baseAddress!.assumingMemoryBound(to: UInt8.self), count: total))
    }
}
