import Testing
@testable import Normalizer

@Suite struct TextDecodingTests {
    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Array("Zürich".utf8)) == "Zürich")
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Zürich".utf8)) == "Zürich")
    }

    @Test func utf16WithBOM() throws {
        let text = "Zürich 😀"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoding.decode(le) == text)
        #expect(try TextDecoding.decode(be) == text)
    }

    @Test func invalidUTF8NamesTheOffset() {
        #expect(TextDecoding.firstInvalidUTF8Offset(Array("abc".utf8) + [0xC3, 0x28]) == 3)
        #expect(TextDecoding.firstInvalidUTF8Offset([0x61, 0xE0, 0x80, 0x80]) == 1)  // overlong
        #expect(TextDecoding.firstInvalidUTF8Offset([0xED, 0xA0, 0x80]) == 0)  // surrogate
        #expect(TextDecoding.firstInvalidUTF8Offset([0xF4, 0x90, 0x80, 0x80]) == 0)  // above U+10FFFF
        #expect(TextDecoding.firstInvalidUTF8Offset([0x61, 0xE2, 0x80]) == 1)
        #expect(TextDecoding.firstInvalidUTF8Offset([0x61, 0xE2, 0x80], allowTruncatedEnd: true) == nil)
        do {
            _ = try TextDecoding.decode(Array("abcd".utf8) + [0xFF])
            Issue.record("expected a failure")
        } catch {
            #expect(error.reason.code == .invalidEncoding)
            #expect(error.reason.message.contains("offset 4"))
        }
    }

    @Test func unpairedSurrogateInUTF16IsRefused() {
        #expect(throws: LoadFailure.self) { try TextDecoding.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]) }
    }
}
