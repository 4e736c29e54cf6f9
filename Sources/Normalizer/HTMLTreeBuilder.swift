internal import CLibXML2

/// Builds a `LibXMLTree` straight from libxml2's HTML parser events (SAX), without the C tree.
///
/// libxml2 still tokenizes, decodes, closes implied and misplaced tags and reports the same
/// element and text events its own tree builder would receive; only the C document (one malloc
/// per node, name and attribute, a copy walk, then `xmlFreeDoc`) is skipped. The tree built
/// here follows libxml2's own tree builder where it matters to readers:
/// - adjacent text events form one text node, and a comment or processing instruction between
///   them keeps them apart;
/// - the content of `style`, `svg` and non-JSON `script` elements is never stored;
/// - nesting deeper than `LibXMLTree.maxDepth` stops the parse (libxml2's tree builder refuses
///   to push a node there and halts), and the tree records that it was cut.
struct HTMLTreeBuilder {
    /// The builder libxml2's handlers reach through the parser context. Each handler makes one
    /// access to `builder`, and the builder's own state is a struct, so no per-field exclusivity
    /// checks run per event.
    final class Attachment {
        /// The builder receiving the events.
        var builder = HTMLTreeBuilder()
    }

    /// The nodes built so far; index 0 is the root element once one has started.
    private(set) var nodes: [LibXMLTree.Node] = []
    /// Whether the document nested deeper than `LibXMLTree.maxDepth` and parsing was stopped.
    private(set) var reachedDepthLimit = false

    /// Open elements, innermost last: a node index, or -1 for an element whose content is not
    /// stored (inside a skipped element, or a second top-level element).
    private var open: [Int] = []
    /// How many of the innermost open elements are not stored.
    private var skipping = 0
    /// The text node the next text event extends, or -1 when it must start a new one.
    private var openText = -1
    /// Whether `openText` holds CDATA (script or style data), which only extends CDATA.
    private var openTextIsCDATA = false

    /// Creates an empty builder.
    init() {
        nodes.reserveCapacity(1024)
        open.reserveCapacity(64)
    }

    /// Points `context`'s event handlers at `attachment`'s builder. The attachment must stay
    /// alive (and the context must not be used by another builder) until parsing ends.
    static func attach(_ attachment: Attachment, to context: htmlParserCtxtPtr) {
        context.pointee._private = Unmanaged.passUnretained(attachment).toOpaque()
        guard let handler = context.pointee.sax else { return }
        // Every handler libxml2's tree builder would use is replaced or removed: no C node is made.
        handler.pointee = xmlSAXHandler()
        handler.pointee.initialized = 1
        handler.pointee.startElement = { context, name, attributes in
            HTMLTreeBuilder.attachment(of: context)?.builder.startElement(name, attributes: attributes, context: context)
        }
        handler.pointee.endElement = { context, _ in
            HTMLTreeBuilder.attachment(of: context)?.builder.endElement()
        }
        handler.pointee.characters = { context, bytes, count in
            HTMLTreeBuilder.attachment(of: context)?.builder.text(bytes, count: count, isCDATA: false)
        }
        handler.pointee.cdataBlock = { context, bytes, count in
            HTMLTreeBuilder.attachment(of: context)?.builder.text(bytes, count: count, isCDATA: true)
        }
        // libxml2's own tree builder drops whitespace the parser judges ignorable.
        handler.pointee.ignorableWhitespace = nil
        handler.pointee.comment = { context, _ in
            HTMLTreeBuilder.attachment(of: context)?.builder.openText = -1
        }
        handler.pointee.processingInstruction = { context, _, _ in
            HTMLTreeBuilder.attachment(of: context)?.builder.openText = -1
        }
    }

    /// The attachment of the parser context libxml2 passes to every handler.
    private static func attachment(of context: UnsafeMutableRawPointer?) -> Attachment? {
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
              let opaque = parser.pointee._private else { return nil }
        return Unmanaged<Attachment>.fromOpaque(opaque).takeUnretainedValue()
    }

    private mutating func startElement(
        _ cName: UnsafePointer<xmlChar>?, attributes cAttributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        context: UnsafeMutableRawPointer?
    ) {
        openText = -1
        // libxml2's tree builder refuses a node below maxDepth + 1 open ones and halts the parser.
        if open.count > LibXMLTree.maxDepth {
            reachedDepthLimit = true
            if let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self) { xmlStopParser(parser) }
            return
        }
        let parent = open.last ?? -1
        if skipping > 0 || (parent < 0 && !nodes.isEmpty) {
            // Inside unread content, or a top-level element after the root: not stored.
            skipping += 1
            open.append(-1)
            return
        }
        let name = self.name(cName, context: context)
        var attributes: [(name: String, value: String)] = []
        if var cursor = cAttributes {
            while let attributeName = cursor.pointee {
                let value = (cursor + 1).pointee.map { String(cString: $0) } ?? ""
                attributes.append((self.name(attributeName, context: context), value))
                cursor += 2
            }
        }
        let index = nodes.count
        nodes.append(LibXMLTree.Node(
            kind: .element, name: name, namespace: nil, attributes: attributes, text: "", parent: parent))
        open.append(index)
        // Styles, SVG drawings and scripts other than JSON data are never read: their content
        // (often most of a page's bytes) is not stored.
        if name == "style" || name == "svg"
            || (name == "script" && !(nodes[index].attribute("type").map { asciiContains(asciiLowercased($0), "json") } ?? false)) {
            skipping = 1
        }
    }

    /// Element and attribute names as lowercase Swift strings, by libxml2's pointer: the parser
    /// interns names in its dictionary, so one page's thousands of `div`s and `class`es share a
    /// handful of pointers. Only pointers the dictionary owns are cached (they live as long as
    /// the parser); any other name is converted each time.
    private var names: [UnsafeRawPointer: String] = [:]

    private mutating func name(_ cName: UnsafePointer<xmlChar>?, context: UnsafeMutableRawPointer?) -> String {
        guard let cName else { return "" }
        let key = UnsafeRawPointer(cName)
        if let known = names[key] { return known }
        let name = asciiLowercased(String(cString: cName))
        if let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self), let dictionary = parser.pointee.dict,
           xmlDictOwns(dictionary, cName) == 1 {
            names[key] = name
        }
        return name
    }

    private mutating func endElement() {
        openText = -1
        guard !open.isEmpty else { return }
        open.removeLast()
        if skipping > 0 { skipping -= 1 }
    }

    private mutating func text(_ bytes: UnsafePointer<xmlChar>?, count: Int32, isCDATA: Bool) {
        guard skipping == 0, let parent = open.last, parent >= 0, let bytes, count > 0 else { return }
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: Int(count)), as: UTF8.self)
        if openText >= 0 && openTextIsCDATA == isCDATA {
            nodes[openText].text += text
            return
        }
        let index = nodes.count
        nodes.append(LibXMLTree.Node(
            kind: .text, name: "", namespace: nil, attributes: [], text: text, parent: parent))
        openText = index
        openTextIsCDATA = isCDATA
    }
}
