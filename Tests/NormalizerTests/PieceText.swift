/// Reproducible random texts glued from given pieces, for tests that compare a byte-level
/// shortcut with the String code it stands for.
struct PieceText {
    private var state: UInt64
    private let pieces: [String]

    init(pieces: [String], seed: UInt64) {
        self.pieces = pieces
        state = seed
    }

    /// A random number below `bound` (a linear congruential step; tests need no better).
    mutating func next(below bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }

    /// Up to `maximumPieces - 1` random pieces, each followed by a space when `spaced` and a coin says so.
    mutating func text(maximumPieces: Int, spaced: Bool = false) -> String {
        var text = ""
        for _ in 0..<next(below: maximumPieces) {
            text += pieces[next(below: pieces.count)]
            if spaced, next(below: 2) == 0 { text += " " }
        }
        return text
    }
}
