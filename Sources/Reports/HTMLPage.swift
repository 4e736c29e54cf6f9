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

    /// A complete HTML document with the shared style sheet, `extraCSS` and the enhancement
    /// script (`HTMLScript`); the page works the same with scripts off.
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
        \(body)<script>
        \(HTMLScript.source)</script>
        </body>
        </html>

        """
    }

    /// The shared style sheet: readable type, AA-contrast colours, responsive and print rules.
    static let css = """
    :root { color-scheme: light dark; --fg: #1b1b1b; --muted: #4d4d4d; --bg: #ffffff; --line: #cfd3d8; --soft: #f2f4f7; --hit: #fff4c2; --link: #0b4f9c; --focus: #b35900; --tip: #ffffff; }
    @media (prefers-color-scheme: dark) {
      :root { --fg: #e8e8e8; --muted: #b4b4b4; --bg: #15171a; --line: #3b4048; --soft: #22262b; --hit: #3d3510; --link: #8cc4ff; --focus: #ffb066; --tip: #262a30; }
    }
    * { box-sizing: border-box; }
    body { margin: 0; font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); }
    header, main, footer { max-width: 62rem; margin: 0 auto; padding: 0 1.25rem; }
    header { border-bottom: 1px solid var(--line); padding-top: 1rem; padding-bottom: .8rem; }
    footer { border-top: 1px solid var(--line); margin-top: 2.5rem; padding-bottom: 2rem; font-size: .9rem; }
    h1 { font-size: 1.75rem; line-height: 1.25; margin: .4rem 0 .5rem; letter-spacing: -.01em; }
    h2 { font-size: 1.3rem; margin: 2.2rem 0 .8rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 1rem 0 .5rem; }
    a { color: var(--link); text-underline-offset: .15em; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    .skip { position: absolute; left: -999px; top: .5rem; background: var(--bg); padding: .4rem .8rem; z-index: 10; }
    .skip:focus { left: .5rem; }
    nav ul { list-style: none; padding: 0; margin: .2rem 0; display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; }
    .meta { color: var(--muted); margin: .3rem 0; }
    .lede { font-size: 1.1rem; margin: .2rem 0 .5rem; }
    .summary { padding-left: 1.2rem; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
    th, td { border: 1px solid var(--line); padding: .35rem .55rem; text-align: left; vertical-align: top; }
    thead th, tfoot th, tfoot td { background: var(--soft); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .mark { text-align: center; }
    .dates { white-space: nowrap; font-variant-numeric: tabular-nums; }
    .matrix td.mark { min-width: 3.2rem; }
    .matrix td.sole { outline: 2px solid var(--fg); outline-offset: -4px; }
    .sole-key { outline: 2px solid var(--fg); outline-offset: 1px; padding: 0 .2rem; }
    .badge { display: inline-block; font-size: .75rem; border: 1px solid var(--muted); color: var(--muted); border-radius: .6rem; padding: 0 .45rem; white-space: nowrap; }
    .chip { display: inline-block; border-radius: .7rem; padding: 0 .5rem; margin: 0 .05rem; font-size: .75rem; font-weight: 700; line-height: 1.55; letter-spacing: .02em; color: #ffffff; white-space: nowrap; vertical-align: .08em; }
    .chip.unknown { background: #5f6368; }
    .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .legend { list-style: none; padding: 0; margin: .6rem 0 0; display: flex; flex-wrap: wrap; gap: .4rem .9rem; }
    .legend button { font: inherit; color: inherit; background: none; border: 1px solid transparent; border-radius: 1rem; padding: .05rem .5rem .05rem .15rem; cursor: pointer; }
    .legend button:hover { border-color: var(--line); }
    .legend button[aria-pressed="true"] { border-color: var(--fg); background: var(--hit); }
    .tools { margin: .4rem 0 .8rem; display: flex; gap: .5rem; flex-wrap: wrap; }
    .tools button { font: inherit; font-size: .85rem; color: var(--fg); background: var(--soft); border: 1px solid var(--line); border-radius: .35rem; padding: .15rem .6rem; cursor: pointer; }
    .sentences { margin: 0; }
    .sentence { margin: 0 0 .15rem; padding: .3rem .6rem .3rem .75rem; border-left: 3px solid transparent; border-radius: 0 .3rem .3rem 0; transition: opacity .15s; }
    .sentence.multi { border-left-color: var(--line); }
    .sentence > p { margin: 0; }
    .sentence.dim { opacity: .35; }
    .sentence.hit { background: var(--hit); }
    .sentence:target { background: var(--hit); }
    .sentence details { margin: .1rem 0 0; font-size: .9rem; }
    .sentence summary { cursor: pointer; color: var(--muted); width: max-content; max-width: 100%; }
    .sentence details[open] { background: var(--soft); border-radius: .3rem; padding: .2rem .5rem .3rem; }
    .more { color: var(--muted); }
    .has-tip { position: relative; cursor: help; }
    .tip { position: absolute; z-index: 5; left: 0; top: calc(100% + .35rem); width: max-content; max-width: min(26rem, 85vw); padding: .5rem .7rem; border: 1px solid var(--line); border-radius: .4rem; background: var(--tip); color: var(--fg); font-size: .88rem; font-weight: 400; line-height: 1.45; letter-spacing: 0; white-space: normal; text-align: left; box-shadow: 0 4px 14px rgba(0, 0, 0, .18); display: none; }
    .tip::before { content: ""; position: absolute; left: 0; right: 0; top: -.5rem; height: .5rem; }
    .has-tip:hover .tip, .has-tip:focus .tip { display: block; }
    .has-tip.tip-off .tip { display: none; }
    .tip-head { display: block; font-weight: 700; font-size: .78rem; color: var(--muted); margin-bottom: .15rem; }
    .tip-line { display: block; }
    .tip-line + .tip-line { margin-top: .3rem; }
    .variants { margin: .3rem 0 .2rem; padding: 0; list-style: none; }
    .variants li { margin: .3rem 0; }
    .where { color: var(--muted); font-size: .82rem; }
    .quote { margin: 0 0 1rem; border-left: 4px solid var(--line); padding: .1rem 0 .1rem .9rem; }
    .quote blockquote { margin: 0; font-size: 1.05rem; }
    .quote blockquote p { margin: 0 0 .2rem; }
    .quote figcaption { color: var(--muted); }
    .conflict { margin-bottom: 1.2rem; }
    .claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .8rem; }
    .claim { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .8rem; }
    .claim .value { font-size: 1.3rem; font-weight: 700; margin: 0 0 .2rem; }
    .claim ul { padding-left: 0; list-style: none; font-size: .9rem; }
    .timeline { list-style: none; padding: 0 0 0 1.1rem; margin: .5rem 0; border-left: 2px solid var(--line); }
    .timeline li { position: relative; margin: 0 0 .7rem; padding-left: .6rem; }
    .timeline li::before { content: ""; position: absolute; left: calc(-1.1rem - 6px); top: .55rem; width: 10px; height: 10px; border-radius: 50%; background: var(--bg); border: 2px solid var(--muted); }
    .timeline time { display: block; font-size: .85rem; font-variant-numeric: tabular-nums; color: var(--muted); }
    .status-skipped { color: #a12020; font-weight: 600; }
    .status-clustered { color: #1e6b26; font-weight: 600; }
    @media (prefers-color-scheme: dark) {
      .status-skipped { color: #ff8a80; }
      .status-clustered { color: #8fd694; }
    }
    .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
    .diff td { width: 50%; }
    .side h2 { margin-top: 1.2rem; }
    .coverage td ul { margin: 0; padding-left: 1rem; }
    .only h3 { margin-top: .4rem; }
    .spans { list-style: none; padding: 0; margin: 0; }
    .spans li { padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
    .idx { color: var(--muted); font-size: .8rem; font-variant-numeric: tabular-nums; margin-right: .3rem; }
    @media (max-width: 40rem) {
      body { font-size: 16px; }
      header, main, footer { padding: 0 .8rem; }
      .cols { grid-template-columns: 1fr; }
      h1 { font-size: 1.35rem; }
      .sentence { padding-left: .5rem; padding-right: .2rem; }
      table.stories thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      table.stories, table.stories tbody, table.stories tr, table.stories th, table.stories td { display: block; border: 0; padding: .1rem 0; text-align: left; }
      table.stories tr { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .7rem; margin-bottom: .6rem; }
      table.stories td.dates { color: var(--muted); font-size: .9rem; }
      table.stories td.num { display: inline; }
      table.stories td.num::after { content: " articles"; color: var(--muted); }
    }
    @media print {
      :root { --fg: #000000; --muted: #333333; --bg: #ffffff; --line: #999999; --soft: #ffffff; --hit: #ffffff; }
      body { font-size: 11pt; }
      nav, .skip, .tools, .tip, .hint, footer a { display: none !important; }
      a { color: #000000; text-decoration: none; }
      .chip { border: 1px solid #000000; color: #000000 !important; background: #ffffff !important; }
      .sentence.dim { opacity: 1; }
      .sentence summary, .sentence details.same { display: none; }
      h2 { break-after: avoid; }
      .sentence, .claim, .quote, tr { break-inside: avoid; }
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
