import Testing
@testable import StoryModel

@Suite struct FreshStorageTests {
    /// Where a string's bytes live.
    static func address(_ string: String) -> UnsafeRawPointer? {
        var string = string
        return string.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func stringsAndArraysAreEqualCopiesInStorageOfTheirOwn() {
        let long = String(repeating: "Pier 9 fire, ", count: 5)
        let copy = FreshStorage.copy(long)
        #expect(copy == long)
        #expect(Self.address(copy) != Self.address(long))
        #expect(FreshStorage.copy("short") == "short")
        #expect(FreshStorage.copy("") == "")
        let numbers = [3, 14, 15, 92]
        let copied = FreshStorage.copy(numbers)
        #expect(copied == numbers)
        #expect(copied.withUnsafeBufferPointer { $0.baseAddress } != numbers.withUnsafeBufferPointer { $0.baseAddress })
        #expect(FreshStorage.copy([Int]()).isEmpty)
        let names = ["Santa Rosa Avenue", "Patton"]
        #expect(FreshStorage.copy(names) == names)
        #expect(Self.address(FreshStorage.copy(names)[0]) != Self.address(names[0]))
    }
}
