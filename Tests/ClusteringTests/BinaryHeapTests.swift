import Testing
import Similarity
@testable import Clustering

@Suite struct BinaryHeapTests {
    /// Pushes and pops interleaved at random give the smallest element each time, as a sorted
    /// list does, repeats included.
    @Test(arguments: [1, 2, 3, 4])
    func popsInAscendingOrderThroughInterleavedPushes(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        var heap = BinaryHeap<Int>()
        var reference: [Int] = []
        for _ in 0..<4_000 {
            if Int.random(in: 0..<3, using: &generator) < 2 {
                let value = Int.random(in: 0..<500, using: &generator)
                heap.push(value)
                reference.append(value)
                reference.sort()
            } else {
                #expect(heap.pop() == (reference.isEmpty ? nil : reference.removeFirst()))
            }
            #expect(heap.first == reference.first)
            #expect(heap.isEmpty == reference.isEmpty)
        }
        while let value = heap.pop() { #expect(value == reference.removeFirst()) }
        #expect(reference.isEmpty)
        #expect(heap.pop() == nil)
    }
}
