/// Shared building blocks of the self-contained HTML pages: escaping, the page shell and CSS.
enum HTMLPage {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe in element
    /// content and in quoted attribute values.
    ///
    /// - Complexity: O(n) in UTF-8 bytes.
    static func escape(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: Array("&amp;".utf8))
            case UInt8(ascii: "<"): bytes.append(contentsOf: Array("&lt;".utf8))
            case UInt8(ascii: ">"): bytes.append(contentsOf: Array("&gt;".utf8))
            case UInt8(ascii: "\""): bytes.append(contentsOf: Array("&quot;".utf8))
            case UInt8(ascii: "'"): bytes.append(contentsOf: Array("&#39;".utf8))
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An `href` for an article URL, or `nil` when the URL is not `http`/`https` (no
    /// `javascript:` or `data:` links reach a page).
    static func safeLink(_ url: String?) -> String? {
        guard let url else { return nil }
        let trimmed = url.trimmingSpaces()
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        return trimmed
    }

    /// A complete HTML document with the shared style sheet and `extraCSS`.
    ///
    /// - Parameters:
    ///   - title: the document title (plain text; escaped here).
    ///   - body: the body's inner HTML (already escaped).
    ///   - extraCSS: rules appended to the shared style sheet (the outlet palette).
    static func document(title: String, body: String, extraCSS: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="StoryMerge">
        <title>\(escape(title))</title>
        <style>
        \(css)\(extraCSS)</style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// The shared style sheet: readable type, AA-contrast colours, responsive and print rules.
    static let css = """
    :root { --fg: #1b1b1b; --muted: #4a4a4a; --bg: #ffffff; --line: #c8c8c8; --soft: #f3f4f6; --link: #0b4f9c; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
    header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
    header { border-bottom: 1px solid var(--line); padding-top: 1rem; padding-bottom: .5rem; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: .2rem 0 .4rem; }
    h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.05rem; }
    a { color: var(--link); }
    a:focus, summary:focus { outline: 3px solid #b35900; outline-offset: 2px; }
    nav ul { list-style: none; padding: 0; margin: .3rem 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
    .meta { color: var(--muted); margin: .2rem 0; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
    th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
    thead th { background: var(--soft); }
    td.num, th.num { text-align: right; }
    td.mark { text-align: center; }
    .chip { display: inline-block; border-radius: .7rem; padding: 0 .5rem; margin: 0 .1rem; font-size: .78rem; font-weight: 600; line-height: 1.5; color: #ffffff; white-space: nowrap; vertical-align: baseline; }
    .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .sentence { margin: 0 0 .6rem; }
    .sentence > details > summary { cursor: pointer; list-style: none; }
    .sentence > details > summary::-webkit-details-marker { display: none; }
    .sentence > details > summary .more { color: var(--muted); font-size: .8rem; margin-left: .3rem; }
    .sentence > details[open] { background: var(--soft); border-radius: .3rem; padding: .2rem .4rem; }
    .variants { margin: .3rem 0 .3rem 1rem; padding: 0; list-style: none; }
    .variants li { margin: .2rem 0; }
    .where { color: var(--muted); font-size: .85rem; }
    .quote { margin: 0 0 1rem; border-left: 4px solid var(--line); padding-left: .8rem; }
    .quote blockquote { margin: 0; font-style: italic; }
    .quote figcaption { color: var(--muted); }
    .claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .8rem; }
    .claim { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .7rem; }
    .claim .value { font-size: 1.2rem; font-weight: 700; margin: 0 0 .3rem; }
    .timeline { list-style: none; padding: 0; }
    .timeline li { margin: .2rem 0; }
    .timeline time { font-variant-numeric: tabular-nums; color: var(--muted); margin-right: .4rem; }
    .status-skipped { color: #8a1c1c; font-weight: 600; }
    .status-clustered { color: #1e5e24; font-weight: 600; }
    .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
    .diff td { width: 50%; }
    .diff td.empty { background: var(--soft); }
    .idx { color: var(--muted); font-size: .8rem; font-variant-numeric: tabular-nums; margin-right: .3rem; }
    @media (max-width: 40rem) {
      body { font-size: 15px; }
      .cols { grid-template-columns: 1fr; }
      table { display: block; overflow-x: auto; }
      h1 { font-size: 1.3rem; }
    }
    @media print {
      body { font-size: 11pt; color: #000000; }
      nav, .skip { display: none; }
      a { color: #000000; text-decoration: none; }
      .chip { border: 1px solid #000000; color: #000000 !important; background: #ffffff !important; }
      details > *:not(summary) { display: block; }
      h2 { break-after: avoid; }
      .sentence, .claim, .quote { break-inside: avoid; }
    }

    """
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    /// The text on one line: newlines and tabs become spaces, runs of spaces collapse.
    func singleLine() -> String {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
