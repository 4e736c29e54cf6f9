internal import StoryModel

/// Extracts the main article and its metadata from an HTML page with libxml2's HTML parser.
///
/// The page is parsed once (recovering from broken markup, no network), copied into Swift values
/// and freed. Metadata comes from JSON-LD, `<meta>` tags and visible markup in a fixed priority
/// (see `ExtractedPage`); the main text comes from `HTMLContentFinder` (furniture removal, then a
/// semantic container or readability-style scoring) and `HTMLParagraphCollector`.
package enum HTMLExtractor {
    /// Extracts the main text and metadata of a page.
    ///
    /// - Parameters:
    ///   - bytes: the page's bytes, in any charset (see `Charset` for how it is chosen).
    ///   - httpCharset: the HTTP `Content-Type` charset, when the page came with headers (WARC).
    /// - Returns: the page's metadata and main-text paragraphs; `rules` names the rule behind
    ///   each metadata field and the charset.
    /// - Throws: `LoadFailure` when the bytes are not a parseable page.
    package static func extract(_ bytes: [UInt8], httpCharset: String? = nil) throws(LoadFailure) -> ExtractedPage {
        guard !bytes.isEmpty else { throw LoadFailure(.empty, "the HTML file is empty") }
        let charset = Charset.decide(bytes, httpCharset: httpCharset)
        let tree = try parse(charset.bytes, encoding: charset.encoding)
        let finder = HTMLContentFinder(tree: tree)
        var roots = finder.contentRoots()
        var paragraphs = HTMLParagraphCollector(tree: tree, removed: finder.removed).paragraphs(under: roots)
        if paragraphs.isEmpty {
            // Furniture removal left nothing: read the whole body, only scripts and the like dropped.
            roots = [finder.body]
            paragraphs = HTMLParagraphCollector(tree: tree, removed: finder.tagRemoved).paragraphs(under: roots)
        }
        if paragraphs.isEmpty, tree.reachedDepthLimit {
            throw LoadFailure(.malformed, "the HTML nests elements more than \(LibXMLTree.maxDepth) deep; the parser stops there and no article text came before that point")
        }
        var page = HTMLMetadataReader(tree: tree).read(contentRoots: roots)
        page.paragraphs = paragraphs
        page.rules["charset"] = "\(charset.rule):\(charset.charset)"
        return page
    }

    /// Extracts paragraphs from an HTML fragment (a feed item's description or content): no
    /// container scoring, but furniture elements and lines are dropped.
    ///
    /// - Parameter html: the fragment's markup (or plain text), already decoded from its container.
    /// - Returns: the fragment's paragraphs.
    package static func fragmentParagraphs(_ html: String) -> [String] {
        var markup = html
        if !html.utf8.contains(UInt8(ascii: "<")) {
            // Plain text: blank lines separate paragraphs; the HTML parser still decodes entities.
            let normalized = html.replacingNewlines()
            markup = normalized.components(separatedByBlankLines: ()).map { "<p>\($0)</p>" }.joined()
        }
        let document = "<html><head><meta charset=\"utf-8\"></head><body>" + markup + "</body></html>"
        guard let tree = try? LibXMLTree(html: Array(document.utf8), encoding: "UTF-8") else { return [] }
        let finder = HTMLContentFinder(tree: tree)
        return HTMLParagraphCollector(tree: tree, removed: finder.removed).paragraphs(under: [finder.body])
    }

    /// Parses the page in the chosen encoding.
    private static func parse(_ bytes: [UInt8], encoding: String) throws(LoadFailure) -> LibXMLTree {
        guard !bytes.isEmpty else { throw LoadFailure(.empty, "the HTML file is empty") }
        do {
            return try LibXMLTree(html: bytes, encoding: encoding)
        } catch where error.code == LibXMLTree.ParseError.tooManyAttributes {
            throw LoadFailure(.unsafe, error.message)
        } catch {
            throw LoadFailure(.malformed, "libxml2 could not read the HTML: \(error.message)")
        }
    }
}

extension String {
    /// The text with CR LF and CR line ends turned into LF.
    fileprivate func replacingNewlines() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result.unicodeScalars.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Splits at lines that are empty or whitespace only; drops empty chunks.
    fileprivate func components(separatedByBlankLines: ()) -> [String] {
        var chunks: [String] = []
        var current: [Substring] = []
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { chunks.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { chunks.append(current.joined(separator: "\n")) }
        return chunks
    }
}
