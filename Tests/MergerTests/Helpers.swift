@testable import Merger
import StoryModel
import Testing

/// Shared fixtures and checks of the merger tests.
enum Fixtures {
    static let apDay = CalendarDay(year: 2021, month: 4, day: 1)
    static let foxDay = CalendarDay(year: 2021, month: 3, day: 18)

    static var ap: NormalizedArticle {
        TestArticles.make(id: "seeds/000_ap.txt", source: "AP", date: apDay, text: SeedFixtures.ap)
    }
    static var fox: NormalizedArticle {
        TestArticles.make(
            id: "seeds/004_fox.txt", source: "Fox News",
            title: "Russian embassy says Biden's 'killer' remark put relations under threat of collapse",
            date: foxDay, text: SeedFixtures.fox)
    }

    static func mergeSeeds(_ articles: [NormalizedArticle]? = nil) -> MergedStory {
        StoryMerger().merge(
            EventCluster(id: "E1", articleIDs: [fox.id, ap.id]), articles: articles ?? [ap, fox])
    }

    /// Expects every span to slice back out of its article's text exactly.
    static func expectSpansSlice(_ spans: [SourceSpan], in articles: [NormalizedArticle], sourceLocation: SourceLocation = #_sourceLocation) {
        let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0) })
        for span in spans {
            let article = byID[span.articleID]
            #expect(article != nil, sourceLocation: sourceLocation)
            #expect(article?.article.text.slice(span.range) == span.text, sourceLocation: sourceLocation)
            #expect(article?.sentences[span.sentenceIndex].text == span.text, sourceLocation: sourceLocation)
            #expect(article?.article.source == span.source, sourceLocation: sourceLocation)
        }
    }
}
