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
        var child = storage.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard storage[child] < storage[parent] else { break }
            storage.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the smallest element.
    ///
    /// - Complexity: O(log n).
    mutating func pop() -> Element? {
        guard !storage.isEmpty else { return nil }
        storage.swapAt(0, storage.count - 1)
        let top = storage.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < storage.count, storage[left] < storage[smallest] { smallest = left }
            if right < storage.count, storage[right] < storage[smallest] { smallest = right }
            guard smallest != parent else { break }
            storage.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
