import Testing
@testable import StoryModel
#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized) struct FreedMemoryTests {
    /// How many of `pages` (page numbers) are resident, from `mincore`; a page no longer
    /// mapped counts as not resident.
    static func resident(pages: [UInt]) -> Int? {
        #if canImport(Glibc)
        let size = UInt(sysconf(Int32(_SC_PAGESIZE)))
        var flag: UInt8 = 0
        return pages.filter { page in
            mincore(UnsafeMutableRawPointer(bitPattern: page * size), Int(size), &flag) == 0 && flag & 1 != 0
        }.count
        #else
        return nil
        #endif
    }

    /// Freed blocks in the middle of the heap go back to the system after `returnToSystem()`.
    /// Measured on the blocks' own pages, not the process's resident size, which tests running
    /// alongside change.
    @Test func freedBlocksInsideTheHeapGoBackToTheSystem() throws {
        #if os(Linux)
        // 96 MB of 2 KB blocks, then one block kept after them, so the freed ones are a hole
        // inside the heap that free() alone does not return.
        var blocks: [[UInt8]] = (0..<49_152).map { _ in [UInt8](repeating: 1, count: 2_000) }
        let keeper = [UInt8](repeating: 2, count: 2_000)
        // The pages the blocks start on, less the ends of each run of such pages (which may
        // hold other live blocks).
        let size = UInt(sysconf(Int32(_SC_PAGESIZE)))
        var pages = Set<UInt>()
        for block in blocks {
            let base = block.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            pages.insert(base / size)
        }
        let interior = pages.filter { pages.contains($0 - 1) && pages.contains($0 + 1) }.sorted()
        #expect(interior.count > 16_000, "the blocks lie together")
        blocks = []
        FreedMemory.returnToSystem()
        let left = try #require(Self.resident(pages: interior))
        #expect(left * 10 < interior.count, "\(left) of \(interior.count) freed pages still resident")
        #expect(keeper.count == 2_000 && blocks.isEmpty)
        #endif
    }
}
