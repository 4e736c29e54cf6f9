import Testing
@testable import Normalizer
import StoryModel

@Suite struct PageExtractionTests {
    private static let page = """
        <html><head><title>Harbor fire closes Pier 9 | Harbor Times</title>
        <meta property="og:site_name" content="Harbor Times"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Harbor fire closes Pier 9</h1>
        <p>A fire broke out at Pier 9 on Tuesday night, and twelve people were treated for smoke, the fire chief said.</p>
        <p>The pier will stay closed while inspectors check the pilings, officials said on Wednesday.</p></article>
        <footer>Copyright 2026 Harbor Times</footer></body></html>
        """

    @Test func aPageInMemoryGivesTheSameItemAsItsFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("harbor.html", Self.page)
        let file = InputFile(path: folder.path + "/harbor.html", format: .html)
        let fromFile = try #require(PageExtraction.extract(file, maxFileSize: 1 << 20).items.first)
        let inMemory = try #require(PageExtraction.extractPage(Array(Self.page.utf8), path: file.path))
        #expect(inMemory.page.paragraphs == fromFile.page.paragraphs)
        #expect(inMemory.page.title == fromFile.page.title)
        #expect(inMemory.outlet == fromFile.outlet)
        #expect(inMemory.page.paragraphs.count == 2)
        #expect(!inMemory.page.paragraphs.joined().contains("Home"))
    }

    @Test func binaryBytesGiveNoItem() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64)
        #expect(PageExtraction.extractPage(png, path: "image.html").map { _ in true } == nil)
    }
}
