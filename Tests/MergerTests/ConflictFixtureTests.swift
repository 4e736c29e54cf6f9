@testable import Merger
import Normalizer
import StoryModel
import Testing

/// The conflict detector on hand-checked real sentence pairs (``ConflictFixture``), read from the
/// labelled corpora at run time (``RealData/corpusRoot``).
@Suite struct ConflictFixtureTests {
    /// Whether the detector flags the pair: a value of one slot, stated once in each sentence,
    /// that disagrees.
    static func flags(_ a: String, _ b: String) -> Bool {
        func single(_ text: String) -> [ExtractedValue] {
            let values = ValueExtractor.values(in: text)
            return values.filter { v in values.filter { $0.slot == v.slot }.count == 1 }
        }
        let left = single(a), right = single(b)
        return left.contains { l in right.contains { ConflictDetector.disagree(l, $0) } }
    }

    /// The text a side was checked on, rebuilt from its article; `nil` when the article or the
    /// sentence cannot be found.
    static func text(_ side: ConflictFixture.Sentence) -> String? {
        guard let article = RealData.corpusArticle(side.file) else { return nil }
        let sentences = TextNormalizer().normalize(article).sentences
        guard sentences.indices.contains(side.index) else { return nil }
        let sentence = Array(sentences[side.index].text)
        if side.pieces.isEmpty { return String(sentence) }
        var text = ""
        for piece in side.pieces {
            switch piece {
            case .text(let from, let to):
                guard 0 <= from, from <= to, to <= sentence.count else { return nil }
                text += String(sentence[from..<to])
            case .glue(let glue):
                text += glue
            }
        }
        return text
    }

    @Test(.enabled(if: RealData.corpusRoot != nil, RealData.corpusMissing))
    func handCheckedPairs() throws {
        var pairs: [(item: ConflictFixture.Case, flagged: Bool)] = []
        for item in ConflictFixture.cases {
            let a = try #require(Self.text(item.a), "sentence \(item.a.index) of \(item.a.file) not found")
            let b = try #require(Self.text(item.b), "sentence \(item.b.index) of \(item.b.file) not found")
            pairs.append((item, Self.flags(a, b)))
        }
        let flagged = pairs.filter(\.flagged).map(\.item)
        let falseAlarms = flagged.filter { !$0.isConflict }
        let missed = pairs.filter { $0.item.isConflict && !$0.flagged }.map(\.item)
        print("conflict fixture: \(pairs.count) pairs, \(flagged.count) flagged, \(falseAlarms.count) false alarms (\(falseAlarms.map(\.note))), \(missed.count) real ones missed (\(missed.map(\.note)))")
        #expect(pairs.count >= 30)
        // Every real disagreement but at most two is found; at most two false alarms (the known
        // one: a launcher vs its rockets).
        #expect(missed.count <= 2)
        #expect(falseAlarms.count <= 2)
    }

    /// The merger's conflicts on the dev gold clusters against the hand-checked verdicts: every
    /// verdict still names a conflict the merger raises, and at most 10% of the checked ones
    /// are false alarms.
    @Test(.enabled(if: RealData.corpusRoot != nil, RealData.corpusMissing))
    func raisedConflictsMatchTheHandCheckedVerdicts() {
        let raised = Dictionary(ConflictCatalog.entries.map { ($0.locator, $0) }, uniquingKeysWith: { a, _ in a })
        let verdicts = ConflictFixture.verdicts
        #expect(Set(verdicts.map(\.locator)).count == verdicts.count, "a conflict checked twice")
        let missing = verdicts.filter { raised[$0.locator] == nil }
        #expect(missing.isEmpty, "checked conflicts no longer raised: \(missing.map(\.locator))")
        let checked = verdicts.filter { raised[$0.locator] != nil }
        let falseAlarms = checked.filter { !$0.isConflict }
        let rate = checked.isEmpty ? 1 : Double(falseAlarms.count) / Double(checked.count)
        print("conflict verdicts: \(ConflictCatalog.entries.count) raised, \(checked.count) checked, "
            + "\(checked.count - falseAlarms.count) true, \(falseAlarms.count) false, false-alarm rate \(rate)")
        // Every conflict the merger raises on the dev gold clusters is checked, at least 50 of
        // them (issue #5), at most 10% false.
        let unchecked = ConflictCatalog.entries.filter { entry in !verdicts.contains { $0.locator == entry.locator } }
        #expect(unchecked.isEmpty, "raised but not checked: \(unchecked.map(\.locator))")
        #expect(checked.count >= 50)
        #expect(rate <= 0.10)
    }

    @Test func namesInRolesConflictConservatively() {
        #expect(Self.flags("Kremlin spokesman Dmitry Peskov said the talks would continue.", "Kremlin spokesman Sergei Ivanov said the talks would continue."))
        #expect(!Self.flags("Kremlin spokesman Dmitry Peskov said the talks would continue.", "Foreign Minister Sergei Lavrov said the talks would continue."))
        #expect(!Self.flags("Kremlin spokesman Dmitry Peskov said the talks would continue.", "Kremlin spokesman Peskov said the talks would continue."))
    }
}
