/// Turns one WARC response into an extracted page, with the record's headers as metadata.
package enum WARCPage {
    /// Extracts the page a WARC response holds.
    ///
    /// The URL is the record's `WARC-Target-URI` (where the page was fetched); the date is the
    /// page's own publication date when it states one (or its URL does), else the day of `WARC-Date` (the capture
    /// time: close to publication in news crawls such as CC-NEWS). `rules` says which applied.
    /// - Throws: the response's skip reason (not HTML, not status 200), or the extractor's failure.
    package static func extract(_ response: WARCReader.Response) throws(LoadFailure) -> ExtractedPage {
        if let skip = response.skip { throw LoadFailure(skip.code, skip.message) }
        var page = try HTMLExtractor.extract(response.body, httpCharset: response.charset)
        if let url = response.url, !url.isEmpty {
            page.url = url
            page.rules["url"] = "warc:WARC-Target-URI"
        }
        if page.date == nil, let url = page.url, let day = HTMLMetadataReader.dateInURL(url) {
            page.date = day
            page.rules["date"] = "url-pattern"
        }
        if page.date == nil, let text = response.date, let day = DateParser.parse(text) {
            page.date = day
            page.rules["date"] = "warc:WARC-Date"
        }
        return page
    }
}
