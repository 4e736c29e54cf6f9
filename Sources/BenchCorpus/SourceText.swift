internal import Foundation

/// A source article for corpus generation: a headline and body paragraphs, each paragraph as words.
package struct SourceText: Sendable, Hashable {
    /// The headline words.
    package var title: [String]
    /// Body paragraphs, each a list of words (split on spaces).
    package var paragraphs: [[String]]

    /// Creates a source text.
    package init(title: [String], paragraphs: [[String]]) {
        self.title = title
        self.paragraphs = paragraphs
    }

    /// Parses the `title line, blank line, body` plain-text layout; paragraphs are non-empty lines.
    ///
    /// - Returns: `nil` when there is no title or no body paragraph of at least 5 words.
    package init?(parsing text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { Self.words($0) }
        lines.removeAll { $0.isEmpty }
        guard lines.count >= 2 else { return nil }
        title = lines[0]
        paragraphs = Array(lines.dropFirst()).filter { $0.count >= 5 }
        guard !paragraphs.isEmpty else { return nil }
    }

    private static func words(_ line: Substring) -> [String] {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
    }

    /// Reads every `.txt` file below `folder` (recursively, in sorted path order) that parses.
    ///
    /// - Throws: when the folder cannot be listed.
    package static func load(folder: String) throws -> [SourceText] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder])
        }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".txt") { paths.append(relative) }
        }
        paths.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return paths.compactMap { relative in
            guard let data = manager.contents(atPath: folder + "/" + relative) else { return nil }
            return SourceText(parsing: String(decoding: data, as: UTF8.self))
        }
    }
}
