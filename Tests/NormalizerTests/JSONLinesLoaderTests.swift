import Testing
@testable import Normalizer
import StoryModel

@Suite struct JSONLinesLoaderTests {
    @Test func readsObjectsAndRecordsBrokenLines() {
        let text = """
        {"title": "One", "text": "First body.\\n\\nSecond paragraph.", "source": "Example Post", "date": "2021-04-01", "url": "https://x.example/1", "authors": ["Ann Lee", {"name": "Bo Chan"}]}
        {"headline": "Two", "body": "Body two.", "outlet": {"name": "Wire"}, "date": "March 18, 2021", "author": "Cy Doe"}
        {"title": "broken", "text": "no end"

        [1, 2, 3]
        {"title": "No text"}
        {"content": "Third body.", "url": "https://www.third.example/a", "date": 1617235200}
        """
        let output = JSONLinesLoader.load(text, file: InputFile(path: "feeds/x.jsonl", format: .jsonLines, folderHint: "feeds"))
        #expect(output.articles.map(\.id) == ["feeds/x.jsonl#1", "feeds/x.jsonl#2", "feeds/x.jsonl#7"])
        #expect(output.articles.map(\.item) == [1, 2, 7])
        let first = output.articles[0]
        #expect(first.title == "One")
        #expect(first.text == "First body.\n\nSecond paragraph.")
        #expect(first.source == "Example Post")
        #expect(first.sourceRule == "metadata")
        #expect(first.date == CalendarDay(year: 2021, month: 4, day: 1))
        #expect(first.authors == ["Ann Lee", "Bo Chan"])
        #expect(output.articles[1].source == "Wire")
        #expect(output.articles[1].date == CalendarDay(year: 2021, month: 3, day: 18))
        #expect(output.articles[1].authors == ["Cy Doe"])
        #expect(output.articles[2].source == "third.example")
        #expect(output.articles[2].sourceRule == "url")
        #expect(output.articles[2].date == CalendarDay(year: 2021, month: 4, day: 1))
        #expect(output.skipped.map(\.position) == [3, 5, 6])
        #expect(output.skipped.map(\.reason.code) == [.malformed, .malformed, .empty])
        #expect(output.skipped[0].reason.message.contains("line 3"))
    }
}
