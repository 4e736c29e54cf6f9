/// A binary min-heap ordered by `<` of its elements.
struct BinaryHeap<Element: Comparable> {
    private var storage: [Element] = []

    /// Whether the heap is empty.
    var isEmpty: Bool { storage.isEmpty }

    /// The element `pop()` would return next, if any.
    var first: Element? { storage.first }

    /// Adds an element.
    ///
    /// - Complexity: O(log n).
    mutating func push(_ element: Element) {
        storage.append(element)
        storage.withUnsafeMutableBufferPointer { heap in
            // The new element rises through a hole: each parent it passes moves down once.
            var hole = heap.count - 1
            while hole > 0 {
                let parent = (hole - 1) / 2
                guard element < heap[parent] else { break }
                heap[hole] = heap[parent]
                hole = parent
            }
            heap[hole] = element
        }
    }

    /// Removes and returns the smallest element.
    ///
    /// - Complexity: O(log n).
    mutating func pop() -> Element? {
        guard let last = storage.popLast() else { return nil }
        guard !storage.isEmpty else { return last }
        let top = storage[0]
        storage.withUnsafeMutableBufferPointer { heap in
            // The last element sinks from the root through a hole: each smaller child it
            // passes moves up once.
            var hole = 0
            while true {
                let left = 2 * hole + 1
                guard left < heap.count else { break }
                var child = left
                if left + 1 < heap.count, heap[left + 1] < heap[left] { child = left + 1 }
                guard heap[child] < last else { break }
                heap[hole] = heap[child]
                hole = child
            }
            heap[hole] = last
        }
        return top
    }
}
