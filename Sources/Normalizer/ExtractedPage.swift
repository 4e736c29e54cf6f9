package import StoryModel

/// What the HTML extractor found on a page: the main text and its metadata.
package struct ExtractedPage: Sendable, Hashable {
    /// The headline (`og:title`, JSON-LD `headline`, `<h1>`, `<title>` without the site suffix).
    package var title: String?
    /// The outlet's name (`og:site_name`, JSON-LD `publisher.name`), when stated.
    package var siteName: String?
    /// The publication day (JSON-LD `datePublished`, `article:published_time`, `<time>`).
    package var date: CalendarDay?
    /// The authors (JSON-LD `author`, `<meta name=author>`, byline), in order, unique.
    package var authors: [String]
    /// The canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`).
    package var url: String?
    /// The page's language (`<html lang>`), when stated.
    package var language: String?
    /// The main text's paragraphs in reading order, whitespace collapsed, boilerplate removed.
    package var paragraphs: [String]
    /// The rule that produced each metadata field, by field name (`title`, `date`, `authors`,
    /// `url`, `siteName`, `language`, `charset`): e.g. `"date": "json-ld:datePublished"`.
    package var rules: [String: String] = [:]

    /// Creates a page.
    package init(
        title: String? = nil, siteName: String? = nil, date: CalendarDay? = nil, authors: [String] = [],
        url: String? = nil, language: String? = nil, paragraphs: [String] = []
    ) {
        self.title = title
        self.siteName = siteName
        self.date = date
        self.authors = authors
        self.url = url
        self.language = language
        self.paragraphs = paragraphs
    }
}

/// A syndication feed (RSS or Atom) and its items.
package struct Feed: Sendable, Hashable {
    /// One item (RSS `<item>`, Atom `<entry>`).
    package struct Item: Sendable, Hashable {
        /// The item's title.
        package var title: String?
        /// The item's link.
        package var url: String?
        /// The item's publication day.
        package var date: CalendarDay?
        /// The item's authors.
        package var authors: [String]
        /// The item's text as paragraphs: the richest of `content:encoded`, Atom `content`,
        /// `description`/`summary`, parsed as HTML.
        package var paragraphs: [String]

        /// Creates an item.
        package init(title: String?, url: String?, date: CalendarDay?, authors: [String], paragraphs: [String]) {
            self.title = title
            self.url = url
            self.date = date
            self.authors = authors
            self.paragraphs = paragraphs
        }
    }

    /// Which kind of feed.
    package var format: InputFormat
    /// The channel's or feed's title (often the outlet's name).
    package var title: String?
    /// The channel's or feed's link.
    package var url: String?
    /// The items in document order.
    package var items: [Item]

    /// Creates a feed.
    package init(format: InputFormat, title: String?, url: String?, items: [Item]) {
        self.format = format
        self.title = title
        self.url = url
        self.items = items
    }
}
