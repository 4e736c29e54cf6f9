import Testing
@testable import Clustering

/// A seeded linear congruential sequence of non-negative integers, for reproducible random maps.
struct RandomKeys {
    var state: UInt64

    mutating func next() -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int(state >> 33)
    }
}

@Suite struct LinkSumsTests {
    @Test func behavesLikeADictionaryUnderRandomAddsAndRemoves() {
        var map = LinkSums()
        var reference: [Int: Double] = [:]
        var random = RandomKeys(state: 41)
        func next() -> Int { random.next() }
        for step in 0..<20_000 {
            // Keys from a small range collide and cluster; from a large one they spread.
            let key = step % 2 == 0 ? next() % 64 : next() % 100_000
            if next() % 3 == 0 {
                map.remove(key)
                reference[key] = nil
            } else {
                let value = Double(next() % 1000) / 7
                map.add(value, to: key)
                reference[key, default: 0] += value
            }
            if step % 97 == 0 {
                #expect(map.count == reference.count)
                for (key, sum) in reference { #expect(map[key] == sum) }
                #expect(Set(map.neighbours) == Set(reference.keys))
            }
        }
        #expect(map[-5] == nil && map[1_000_001] == nil)
    }

    @Test func shrinkingToFitKeepsEverySumAndMarkInASmallerTable() {
        // Sized for 400 edges that reach only 50 neighbours, as a near-duplicate group's are.
        var map = LinkSums(capacity: 400)
        var random = RandomKeys(state: 7)
        var reference: [Int: Double] = [:]
        for _ in 0..<400 {
            let key = random.next() % 50
            let value = Double(random.next() % 1000) / 8
            map.add(value, to: key)
            reference[key, default: 0] += value
        }
        for key in reference.keys where key % 3 == 0 { map.setMark(Float(key) / 2, of: key) }
        #expect(map.capacity >= 400)
        map.shrinkToFit()
        #expect(map.capacity >= map.count && map.capacity < 2 * max(map.count, 3))
        #expect(map.count == reference.count)
        for (key, sum) in reference {
            #expect(map[key] == sum)
            #expect(map.mark(of: key) == (key % 3 == 0 ? Float(key) / 2 : nil))
        }
        // It still grows, takes removals and adds after shrinking.
        for key in 1_000..<1_100 { map.add(1, to: key) }
        map.remove(1_000)
        #expect(map.count == reference.count + 99 && map[1_000] == nil && map[1_099] == 1)
        let full = map.capacity
        map.shrinkToFit()
        #expect(map.capacity == full)
        var empty = LinkSums(capacity: 10)
        empty.shrinkToFit()
        #expect(empty.capacity == 0 && empty.neighbours.isEmpty)
        empty.add(2, to: 3)
        #expect(empty[3] == 2)
    }

    @Test func marksFollowTheirEntriesThroughGrowthAndRemovals() {
        var map = LinkSums()
        var sums: [Int: Double] = [:]
        var marks: [Int: Float] = [:]
        var random = RandomKeys(state: 7)
        func next() -> Int { random.next() }
        for step in 0..<20_000 {
            let key = step % 2 == 0 ? next() % 64 : next() % 5_000
            switch next() % 5 {
            case 0:
                map.remove(key)
                (sums[key], marks[key]) = (nil, nil)
            case 1:
                // Only an existing entry takes a mark.
                let mark = Float(next() % 100) / 4
                map.setMark(mark, of: key)
                if sums[key] != nil { marks[key] = mark }
            case 2:
                map.setMark(nil, of: key)
                marks[key] = nil
            default:
                // Adding to an entry keeps its mark; a new entry has none.
                map.add(1, to: key)
                sums[key, default: 0] += 1
            }
            if step % 101 == 0 {
                for key in sums.keys { #expect(map.mark(of: key) == marks[key]) }
                #expect(map.count == sums.count)
            }
        }
        #expect(map.mark(of: 1_000_001) == nil)
    }

    @Test func positionsFromAddReadAndMarkTheEntryJustWritten() {
        var map = LinkSums()
        var random = RandomKeys(state: 11)
        var marks: [Int: Float] = [:]
        for step in 0..<5_000 {
            let key = random.next() % 700
            let position = map.add(0.5, to: key)
            // The position holds the entry's sum until the map next changes.
            #expect(map.sum(at: position) == map[key])
            let mark: Float? = step % 3 == 0 ? nil : Float(step)
            map.setMark(mark, at: position)
            marks[key] = mark
            if step % 7 == 0 {
                let removed = random.next() % 700
                map.remove(removed)
                marks[removed] = nil
            }
        }
        for key in 0..<700 { #expect(map.mark(of: key) == marks[key]) }
    }

    @Test func setMarksGivesEachEntryTheMarkOfItsNeighbourAndSum() {
        var map = LinkSums()
        for key in 0..<300 { map.add(Double(key) / 4, to: key * 3) }
        map.setMark(1, of: 0)
        var seen: [Int] = []
        map.setMarks { neighbour, sum in
            seen.append(neighbour)
            #expect(sum == Double(neighbour / 3) / 4)
            return neighbour % 2 == 0 ? Float(sum) : nil
        }
        #expect(seen.sorted() == (0..<300).map { $0 * 3 })
        for key in 0..<300 {
            #expect(map.mark(of: key * 3) == (key * 3 % 2 == 0 ? Float(Double(key) / 4) : nil))
        }
    }

    @Test(arguments: [0, 1, 3, 4, 100, 1_000])
    func sizedMapsHoldTheirCapacityAndTheSameSums(capacity: Int) {
        var sized = LinkSums(capacity: capacity)
        var grown = LinkSums()
        for key in 0..<capacity {
            sized.add(Double(key) / 3, to: key * 7)
            grown.add(Double(key) / 3, to: key * 7)
            sized.add(0.25, to: key * 7)
            grown.add(0.25, to: key * 7)
        }
        #expect(sized.count == capacity)
        for key in 0..<capacity { #expect(sized[key * 7] == grown[key * 7]) }
        #expect(Set(sized.neighbours) == Set(grown.neighbours))
    }
}
