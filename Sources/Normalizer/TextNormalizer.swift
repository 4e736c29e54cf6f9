package import StoryModel

/// Derives the comparison forms of an article: sentences, folded text, terms, names, days.
///
/// The text is cut into paragraphs (blank lines) and lines; boilerplate lines are dropped
/// (listed in `droppedLines`, left in `Article.text`); the remaining runs of lines are split
/// into sentences whose byte ranges slice `Article.text` exactly. Each sentence is folded once
/// and tokenized on bytes.
package struct TextNormalizer: Sendable {
    /// Whether `NormalizedArticle.mentionedDays` is filled. Clustering does not read it, so a
    /// streamed clustering run leaves it empty and saves the date scan of every sentence.
    package var findsMentionedDays: Bool

    /// Creates a normalizer.
    ///
    /// - Parameter findsMentionedDays: whether to read the days the text mentions.
    package init(findsMentionedDays: Bool = true) {
        self.findsMentionedDays = findsMentionedDays
    }

    /// Normalizes one article.
    ///
    /// - Parameter article: a loaded article.
    /// - Returns: its sentences (with folded text, terms and names), word stream, headline
    ///   terms and names, mentioned days and dropped lines.
    /// - Complexity: O(n) in the text's length, plus one Foundation fold per sentence.
    package func normalize(_ article: Article) -> NormalizedArticle {
        let bytes = Array(article.text.utf8)
        let textWords = NamePhrases.TextWords(bytes)
        var sentences: [Sentence] = []
        var words: [String] = []
        words.reserveCapacity(bytes.count / 6)
        var dropped: [String] = []
        var days = Set<CalendarDay>()

        for (paragraphIndex, paragraph) in Self.paragraphRanges(bytes).enumerated() {
            // Lines of the paragraph; runs of non-boilerplate lines are split into sentences.
            var runStart: Int?
            var runEnd = paragraph.lowerBound
            var segments: [Range<Int>] = []
            // The kept lines, with their fold when the boilerplate check computed it: a sentence
            // that is a whole kept line reuses it and needs no second check (same text, same fold).
            var keptLines: [(range: Range<Int>, folded: String?)] = []
            for line in Self.lineRanges(bytes, paragraph) {
                var folded: String?
                if BoilerplateLines.isBoilerplate(bytes, line, folded: &folded) {
                    if let start = runStart { segments.append(start..<runEnd) }
                    runStart = nil
                    dropped.append(String(decoding: bytes[line], as: UTF8.self).trimmingWhitespace())
                } else {
                    if runStart == nil { runStart = line.lowerBound }
                    runEnd = line.upperBound
                    keptLines.append((line, folded))
                }
            }
            if let start = runStart { segments.append(start..<runEnd) }

            var lineCursor = 0
            for segment in segments {
                for range in SentenceSplitter.split(bytes, in: segment) {
                    let text = String(decoding: bytes[range], as: UTF8.self)
                    while lineCursor < keptLines.count, keptLines[lineCursor].range.lowerBound < range.lowerBound { lineCursor += 1 }
                    let isKeptLine = lineCursor < keptLines.count && keptLines[lineCursor].range == range
                    var folded = isKeptLine ? keptLines[lineCursor].folded : nil
                    if folded == nil { folded = Folding.fold(text) }
                    if !isKeptLine, BoilerplateLines.isBoilerplate(bytes, range, folded: &folded) {
                        dropped.append(text)
                        continue
                    }
                    let terms = Tokenizer.terms(of: folded!, appendingWordsTo: &words)
                    sentences.append(Sentence(
                        index: sentences.count, paragraph: paragraphIndex,
                        range: TextRange(start: range.lowerBound, end: range.upperBound), text: text, folded: folded!,
                        terms: terms, names: textWords.names(in: range)))
                    if findsMentionedDays { days.formUnion(DayMentions.days(in: bytes, range, published: article.date)) }
                }
            }
        }

        var titleTerms: [String] = []
        var titleNames: [String] = []
        if let title = article.title, !title.isEmpty {
            titleTerms = Tokenizer.terms(Tokenizer.tokens(Folding.fold(title)))
            titleNames = Self.titleNames(title, phrases: textWords.names(inTitle: title)) { Set(sentences.flatMap(\.names)) }
            if findsMentionedDays { days.formUnion(DayMentions.days(in: title, published: article.date)) }
        }
        return NormalizedArticle(
            article: article, sentences: sentences, words: words, titleTerms: titleTerms, titleNames: titleNames,
            mentionedDays: days.sorted(), droppedLines: dropped)
    }

    /// Name phrases of a headline. In headline case (most words capitalized) capitals say
    /// nothing, so only phrases the body also names, and acronyms, are kept.
    ///
    /// - Parameters:
    ///   - title: the headline.
    ///   - phrases: its name phrases (`NamePhrases`, with the body's words as common words).
    ///   - names: the body's names, asked for only in headline case.
    static func titleNames(_ title: String, phrases: [String], bodyNames names: () -> Set<String>) -> [String] {
        let words = UTF8Scanner.split(title[...], onASCII: UInt8(ascii: " ")).filter { word in
            word.unicodeScalars.first.map(UTF8Scanner.isLetter) ?? false
        }
        let contentWords = words.filter { !StopWords.contains($0.lowercased()) }
        let capitalized = contentWords.filter { $0.unicodeScalars.first.map(UTF8Scanner.isUppercase) ?? false }
        guard contentWords.count >= 3, capitalized.count * 5 >= contentWords.count * 4 else { return phrases }
        let bodyNames = names()
        var kept: [String] = []
        for phrase in phrases {
            if bodyNames.contains(phrase) {
                kept.append(phrase)
            } else {
                // A headline phrase glues names together ("Lavrov Says Russia"): keep its parts
                // the body names.
                for part in phrase.split(separator: " ").map(String.init) where bodyNames.contains(part) && !kept.contains(part) {
                    kept.append(part)
                }
            }
        }
        return kept
    }

    /// Paragraph ranges: text separated by lines that are empty or white space.
    static func paragraphRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var start = 0
        var index = 0
        var lineStart = 0
        var lineBlank = true
        var paragraphEnd = 0
        var inParagraph = false
        while index <= bytes.count {
            let atEnd = index == bytes.count
            if atEnd || bytes[index] == UInt8(ascii: "\n") {
                if lineBlank {
                    if inParagraph { paragraphs.append(start..<paragraphEnd) }
                    inParagraph = false
                } else {
                    if !inParagraph { start = lineStart; inParagraph = true }
                    paragraphEnd = index
                }
                index += 1
                lineStart = index
                lineBlank = true
                continue
            }
            if !lineBlank {
                // The line has text already: only where it ends matters.
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            }
            let length = UTF8Scanner.whitespaceLength(in: bytes, at: index)
            if length == 0 { lineBlank = false }
            index += max(length, 1)
        }
        if inParagraph { paragraphs.append(start..<paragraphEnd) }
        return paragraphs.map { UTF8Scanner.trim(bytes, $0) }.filter { !$0.isEmpty }
    }

    /// The trimmed, non-empty lines of a paragraph.
    static func lineRanges(_ bytes: [UInt8], _ paragraph: Range<Int>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = paragraph.lowerBound
        for index in paragraph where bytes[index] == UInt8(ascii: "\n") {
            lines.append(start..<index)
            start = index + 1
        }
        lines.append(start..<paragraph.upperBound)
        return lines.map { UTF8Scanner.trim(bytes, $0) }.filter { !$0.isEmpty }
    }
}
