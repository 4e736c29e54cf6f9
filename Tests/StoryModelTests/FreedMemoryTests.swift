import Testing
@testable import StoryModel

@Suite(.serialized) struct FreedMemoryTests {
    /// The resident size of this process in bytes, from `/proc/self/statm` (nil without it).
    static func resident() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * 4096
    }

    @Test func freedBlocksInsideTheHeapGoBackToTheSystem() throws {
        #if os(Linux)
        guard Self.resident() != nil else { return }
        // 96 MB of 2 KB blocks, then one block kept after them, so the freed ones are a hole
        // inside the heap that free() alone does not return.
        var blocks: [[UInt8]] = (0..<49_152).map { _ in [UInt8](repeating: 1, count: 2_000) }
        let keeper = [UInt8](repeating: 2, count: 2_000)
        blocks = []
        let before = try #require(Self.resident())
        FreedMemory.returnToSystem()
        let after = try #require(Self.resident())
        #expect(before - after > 48_000_000, "resident \(before) → \(after) bytes")
        #expect(keeper.count == 2_000 && blocks.isEmpty)
        #endif
    }
}
