import Foundation
import Testing
@testable import Reports

@Suite struct SourcePaletteTests {
    /// WCAG relative luminance of `#rrggbb`.
    func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        func channel(_ i: Int) -> Double {
            let v = Double(Int(String(digits[i..<i + 2]), radix: 16)!) / 255
            return v <= 0.03928 ? v / 12.92 : Foundation.pow((v + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }

    @Test func everyColourMeetsAAAgainstWhite() {
        for color in SourcePalette.colors {
            let ratio = (1.0 + 0.05) / (luminance(color) + 0.05)
            #expect(ratio >= 4.5, "\(color) contrast \(ratio)")
        }
        #expect(Set(SourcePalette.colors).count == SourcePalette.colors.count)
    }

    @Test func tagsAreShortUniqueAndStable() {
        let palette = SourcePalette(outlets: ["Fox News", "AP", "Harbor Times", "Harbor Tribune", "www.example.com", "The Associated Press", "Reuters"])
        #expect(palette.tag("AP") == "AP")
        #expect(palette.tag("Fox News") == "FOX")
        #expect(palette.tag("Harbor Times") == "HT")
        #expect(palette.tag("Harbor Tribune") == "HT2")
        #expect(palette.tag("www.example.com") == "EXAMPLE".prefix(4).uppercased())
        #expect(palette.tag("The Associated Press") == "AP2")
        #expect(palette.tag("Reuters") == "REUT")
        #expect(Set(palette.outlets.map(palette.tag)).count == palette.outlets.count)
        let again = SourcePalette(outlets: ["Reuters", "www.example.com", "AP", "Fox News", "Harbor Tribune", "The Associated Press", "Harbor Times"])
        #expect(palette.outlets.map(again.tag) == palette.outlets.map(palette.tag))
        #expect(palette.outlets.map(again.cssClass) == palette.outlets.map(palette.cssClass))
        #expect(palette.cssClass("AP") == "s0")
    }
}

