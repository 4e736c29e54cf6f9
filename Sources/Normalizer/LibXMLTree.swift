internal import CLibXML2

/// A parsed HTML or XML document copied out of libxml2 into plain Swift values.
///
/// For HTML, libxml2's parser events build this arena directly (`HTMLTreeBuilder`); for XML,
/// libxml2 builds its document and one walk copies every element, text node and attribute into
/// this arena, and the C document is freed before the initializer returns. Nothing from C escapes: the rest of the
/// module works on `LibXMLTree` only. Entity-reference nodes, comments and processing
/// instructions are not copied, so an unexpanded entity can never leak into extracted text.
struct LibXMLTree: Sendable {
    /// One element or text node.
    struct Node: Sendable {
        /// Whether the node is an element or a run of text.
        enum Kind: Sendable { case element, text }

        /// Element or text.
        var kind: Kind
        /// The element's local name (lowercased for HTML); empty for text.
        var name: String
        /// The element's namespace URI (XML only), when it has one.
        var namespace: String?
        /// The element's attributes in document order (names lowercased for HTML).
        var attributes: [(name: String, value: String)]
        /// The text of a text node; empty for elements.
        var text: String
        /// The parent's index, or -1 for the root. (Children are found through the tree:
        /// `LibXMLTree.children(of:)`.)
        var parent: Int

        /// The value of the first attribute named `name`.
        func attribute(_ name: String) -> String? {
            for attribute in attributes where attribute.name == name { return attribute.value }
            return nil
        }
    }

    /// Why a parse produced no tree.
    struct ParseError: Error, Sendable {
        /// The `code` of a document refused before parsing because a tag holds too many
        /// attributes (`MarkupLimits`): not a libxml2 error number.
        static let tooManyAttributes = -1

        /// libxml2's error number (`xmlParserErrors`), 0 when unknown.
        var code: Int
        /// libxml2's message, trimmed, or a description of the failure.
        var message: String
        /// The 1-based line of the error, 0 when unknown.
        var line: Int
    }

    /// All nodes in document order (every node before its descendants, and a node's subtree
    /// contiguous); index 0 is the root element.
    private(set) var nodes: [Node]
    /// For each node, the index one past the last node of its subtree: the subtree of `i` is
    /// `nodes[i..<subtreeEnds[i]]`, so walks are plain index loops that jump over skipped subtrees.
    private(set) var subtreeEnds: [Int] = []
    /// Whether the XML document declared entities in its internal subset (always false for HTML).
    private(set) var declaresEntities: Bool
    /// Whether libxml2 stopped at its nesting limit (`maxDepth` levels): the rest of the document
    /// was not parsed.
    private(set) var reachedDepthLimit = false

    /// libxml2's element nesting limit without `XML_PARSE_HUGE` (`xmlParserMaxDepth`), which
    /// StoryMerge keeps: deeper documents are cut there, never read recursively.
    static let maxDepth = 256

    /// The root element's index.
    var root: Int { 0 }

    /// The node at `index`.
    subscript(index: Int) -> Node {
        _read { yield nodes[index] }
    }

    /// Calls `xmlInitParser` once per process; `static let` initialization is thread-safe.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses HTML with libxml2's error-tolerant HTML parser.
    ///
    /// - Parameters:
    ///   - bytes: the page.
    ///   - encoding: an encoding name to force (libxml2 then ignores `<meta charset>`), or nil to
    ///     let libxml2 honour a BOM or `<meta charset>` (Latin-1 fallback).
    /// - Throws: `ParseError` when libxml2 produces no document or no root element.
    init(html bytes: [UInt8], encoding: String?) throws(ParseError) {
        _ = Self.initialized
        guard !bytes.isEmpty else { throw ParseError(code: 0, message: "the document is empty", line: 0) }
        // The limits judge the page as written (a tag of 50,000 unread attributes is refused
        // even though they would be dropped below).
        try Self.checkLimits(bytes)
        // Script and style text and unread attributes are never copied: they are removed
        // before libxml2 reads them.
        let bytes = Self.isASCIICompatible(encoding) ? HTMLRawText.stripped(bytes) ?? bytes : bytes
        guard let context = htmlNewParserCtxt() else {
            throw ParseError(code: 0, message: "libxml2 could not allocate a parser", line: 0)
        }
        defer { htmlFreeParserCtxt(context) }
        // libxml2 parses and reports elements and text to the builder; it builds no C tree.
        let attachment = HTMLTreeBuilder.Attachment()
        HTMLTreeBuilder.attach(attachment, to: context)
        var options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        if encoding != nil { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        let document: htmlDocPtr? = withExtendedLifetime(attachment) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    if let encoding {
                        return htmlCtxtReadMemory(context, base, Int32(buffer.count), nil, encoding, Int32(options))
                    }
                    return htmlCtxtReadMemory(context, base, Int32(buffer.count), nil, nil, Int32(options))
                }
            }
        }
        // No handler creates a document; free one should a libxml2 version make it anyway.
        if let document { xmlFreeDoc(document) }
        context.pointee._private = nil
        let builder = attachment.builder
        guard !builder.nodes.isEmpty else {
            let error = Self.lastError(of: context, fallback: "the HTML has no elements")
            throw error.message.contains("Excessive depth") ? ParseError(code: 0, message: "the HTML has no elements", line: 0) : error
        }
        nodes = builder.nodes
        subtreeEnds = Self.subtreeEnds(of: nodes)
        declaresEntities = false
        reachedDepthLimit = builder.reachedDepthLimit || Self.lastError(of: context, fallback: "").message.contains("Excessive depth")
    }

    /// Parses XML without network access, DTD loading or entity substitution.
    ///
    /// - Throws: `ParseError` with libxml2's message and line when the XML is not well formed.
    init(xml bytes: [UInt8]) throws(ParseError) {
        _ = Self.initialized
        guard !bytes.isEmpty else { throw ParseError(code: 0, message: "the document is empty", line: 0) }
        try Self.checkLimits(bytes)
        guard let context = xmlNewParserCtxt() else {
            throw ParseError(code: 0, message: "libxml2 could not allocate a parser", line: 0)
        }
        defer { xmlFreeParserCtxt(context) }
        // Never XML_PARSE_NOENT (entity substitution) and never XML_PARSE_DTDLOAD.
        let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                xmlCtxtReadMemory(context, base, Int32(buffer.count), nil, nil, Int32(options))
            }
        }
        guard let document else { throw Self.lastError(of: context, fallback: "libxml2 could not parse the XML") }
        defer { xmlFreeDoc(document) }
        var declares = false
        if let subset = document.pointee.intSubset as xmlDtdPtr? {
            var child = subset.pointee.children as xmlNodePtr?
            while let node = child {
                if node.pointee.type == XML_ENTITY_DECL { declares = true }
                child = node.pointee.next
            }
        }
        guard let rootElement = xmlDocGetRootElement(document) else {
            throw ParseError(code: 0, message: "the XML has no root element", line: 0)
        }
        nodes = []
        declaresEntities = declares
        if declares { return }  // Never copy text from a document that declares entities.
        copy(from: rootElement)
        subtreeEnds = Self.subtreeEnds(of: nodes)
    }

    /// Subtree ends of nodes stored in document order: a node's subtree ends where its last
    /// descendant's does, and descendants come after it, so one backward pass finds every end.
    private static func subtreeEnds(of nodes: [Node]) -> [Int] {
        var ends = nodes.indices.map { $0 + 1 }
        for index in nodes.indices.reversed() where nodes[index].parent >= 0 {
            let parent = nodes[index].parent
            if ends[index] > ends[parent] { ends[parent] = ends[index] }
        }
        return ends
    }

    /// Whether `<`, `>`, `=`, quotes and ASCII letters are always themselves in the encoding:
    /// UTF-8, the single-byte Latin/Cyrillic families, and the CJK multi-byte charsets whose
    /// trail bytes never fall below 0x40.
    private static func isASCIICompatible(_ encoding: String?) -> Bool {
        guard let encoding else { return true }
        let upper = encoding.uppercased()
        if upper == "UTF-8" || upper == "SHIFT_JIS" || upper == "GBK" || upper == "GB18030" || upper == "BIG5" { return true }
        return ["WINDOWS-", "ISO-8859-", "KOI8-", "EUC-", "CP125", "MACINTOSH"].contains { upper.hasPrefix($0) }
    }

    /// Refuses markup that would make libxml2 itself slow (see `MarkupLimits`).
    private static func checkLimits(_ bytes: [UInt8]) throws(ParseError) {
        if let offset = MarkupLimits.overfullTag(in: bytes) {
            throw ParseError(
                code: ParseError.tooManyAttributes,
                message: "the tag at byte \(offset) holds more than \(MarkupLimits.maxAttributesPerTag) attributes; refusing to parse it (the parser's time grows with the square of the count)",
                line: 0)
        }
    }

    /// The parser context's last error as a `ParseError`.
    private static func lastError(of context: xmlParserCtxtPtr, fallback: String) -> ParseError {
        let error = context.pointee.lastError
        guard error.code != 0 else { return ParseError(code: 0, message: fallback, line: 0) }
        var message = error.message.map { String(cString: $0) } ?? fallback
        while let last = message.last, last.isWhitespace { message.removeLast() }
        return ParseError(code: Int(error.code), message: message, line: Int(error.line))
    }

    /// Copies the XML element tree below `rootElement` into `nodes`, iteratively (deep pages must not
    /// overflow the stack).
    private mutating func copy(from rootElement: xmlNodePtr) {
        nodes.reserveCapacity(1024)
        // Stack of (C node whose children are still to visit, its Swift index).
        var stack: [(xmlNodePtr?, Int)] = []
        nodes.append(Self.element(rootElement, parent: -1))
        stack.append((rootElement.pointee.children, 0))
        while !stack.isEmpty {
            let (next, parent) = stack[stack.count - 1]
            guard let current = next else {
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].0 = current.pointee.next
            let type = current.pointee.type
            if type == XML_ELEMENT_NODE {
                let index = nodes.count
                nodes.append(Self.element(current, parent: parent))
                stack.append((current.pointee.children, index))
            } else if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                guard let content = current.pointee.content as UnsafeMutablePointer<xmlChar>? else { continue }
                let text = String(cString: content)
                if text.isEmpty { continue }
                nodes.append(Node(kind: .text, name: "", namespace: nil, attributes: [], text: text, parent: parent))
            }
            // Entity references, comments, processing instructions: not copied.
        }
    }

    /// A Swift element node for a C element.
    private static func element(_ node: xmlNodePtr, parent: Int) -> Node {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var namespace: String?
        if let ns = node.pointee.ns as xmlNsPtr?, let href = ns.pointee.href as UnsafePointer<xmlChar>? {
            namespace = String(cString: href)
        }
        var attributes: [(name: String, value: String)] = []
        var property = node.pointee.properties as xmlAttrPtr?
        while let attribute = property {
            var attributeName = attribute.pointee.name.map { String(cString: $0) } ?? ""
            if let prefix = attribute.pointee.ns?.pointee.prefix {
                attributeName = String(cString: prefix) + ":" + attributeName
            }
            var value = ""
            var child = attribute.pointee.children as xmlNodePtr?
            while let text = child {
                if text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content as UnsafeMutablePointer<xmlChar>? {
                    value += String(cString: content)
                }
                child = text.pointee.next
            }
            attributes.append((attributeName, value))
            property = attribute.pointee.next
        }
        return Node(kind: .element, name: name, namespace: namespace, attributes: attributes, text: "", parent: parent)
    }
}

extension LibXMLTree {
    /// The indices of every element below (and including) `start`, in document order, for which
    /// `include` is true; `descend` false stops the walk below an element.
    func elements(under start: Int, descend: (Int) -> Bool = { _ in true }, where include: (Int) -> Bool) -> [Int] {
        var result: [Int] = []
        var index = start
        let end = subtreeEnds[start]
        // Fields are read in place: copying a `Node` retains its arrays and strings.
        while index < end {
            guard nodes[index].kind == .element else {
                index += 1
                continue
            }
            if include(index) { result.append(index) }
            index = descend(index) ? index + 1 : subtreeEnds[index]
        }
        return result
    }

    /// The first element named `name` below (and including) `start`, in document order.
    func first(_ name: String, under start: Int = 0) -> Int? {
        for index in start..<subtreeEnds[start] where nodes[index].kind == .element && nodes[index].name == name {
            return index
        }
        return nil
    }

    /// The concatenated text below `index`, skipping the subtrees for which `skip` is true.
    func text(of index: Int, skip: (Node) -> Bool = { _ in false }) -> String {
        var result = ""
        var current = index
        let end = subtreeEnds[index]
        while current < end {
            if nodes[current].kind == .text {
                result += nodes[current].text
                current += 1
            } else {
                current = skip(nodes[current]) ? subtreeEnds[current] : current + 1
            }
        }
        return result
    }

    /// The children of `index`, in document order: the first is the next node, each next one
    /// starts where its elder sibling's subtree ends.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        pushChildren(of: index, onto: &result)
        return result
    }

    /// Appends the children of `index` to `stack` (in document order, or reversed so that
    /// popping visits them in document order), without an intermediate array.
    func pushChildren(of index: Int, onto stack: inout [Int], reversed: Bool = false) {
        let start = stack.count
        var child = index + 1
        let end = subtreeEnds[index]
        while child < end {
            stack.append(child)
            child = subtreeEnds[child]
        }
        if reversed { stack[start...].reverse() }
    }

    /// Whether `ancestor` is `index` or one of its ancestors.
    func isAncestor(_ ancestor: Int, of index: Int) -> Bool {
        var current = index
        while current >= 0 {
            if current == ancestor { return true }
            current = nodes[current].parent
        }
        return false
    }
}

/// ASCII-lowercases a string (HTML names and attribute keywords are ASCII-case-insensitive).
func asciiLowercased(_ text: String) -> String {
    // Most names and keywords are lowercase already: no copy then.
    guard text.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) else { return text }
    var bytes = Array(text.utf8)
    var changed = false
    for index in bytes.indices where bytes[index] >= 65 && bytes[index] <= 90 {
        bytes[index] += 32
        changed = true
    }
    return changed ? String(decoding: bytes, as: UTF8.self) : text
}
