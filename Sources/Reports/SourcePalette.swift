/// Short tags and colours for the outlets of a report, fixed by outlet order.
///
/// Every outlet gets a compact tag (`AP`, `FOX`, `HT`) unique within the report and a colour
/// from a palette whose every entry reaches WCAG AA contrast (4.5:1) against white text. The
/// same report always gives the same tags and colours.
struct SourcePalette: Sendable {
    /// Background colours for outlet chips, each with at least 4.5:1 contrast against white.
    static let colors: [String] = [
        "#1f5fa8", "#b3261e", "#2e7d32", "#6a3d9a", "#a04f00", "#00727a",
        "#ad1457", "#4e5b31", "#5d4037", "#37474f", "#7b1fa2", "#0d47a1",
    ]

    /// The outlets in palette order.
    let outlets: [String]
    private let tags: [String: String]
    private let positions: [String: Int]

    /// Creates a palette for `outlets` (sorted and made unique here, so order of mention does
    /// not matter).
    init(outlets: some Sequence<String>) {
        let sorted = Array(Set(outlets)).sorted()
        self.outlets = sorted
        var positions: [String: Int] = [:]
        for (index, outlet) in sorted.enumerated() { positions[outlet] = index }
        self.positions = positions
        var tags: [String: String] = [:]
        var used: Set<String> = []
        for outlet in sorted {
            let base = SourcePalette.baseTag(for: outlet)
            var tag = base
            var n = 2
            while used.contains(tag) {
                tag = base + String(n)
                n += 1
            }
            used.insert(tag)
            tags[outlet] = tag
        }
        self.tags = tags
    }

    /// The outlet's short tag (`"FOX"` for Fox News); unknown outlets get a tag made the same way.
    func tag(_ outlet: String) -> String { tags[outlet] ?? SourcePalette.baseTag(for: outlet) }

    /// The outlet's 0-based palette position (unknown outlets hash deterministically).
    func index(_ outlet: String) -> Int {
        if let position = positions[outlet] { return position }
        var sum = 0
        for byte in outlet.utf8 { sum = (sum &* 31 &+ Int(byte)) & 0xFFFF }
        return sum
    }

    /// The CSS class of the outlet's colour (`s0` … `s11`).
    func cssClass(_ outlet: String) -> String { "s\(index(outlet) % SourcePalette.colors.count)" }

    /// The CSS rules for the chip colour classes.
    static var css: String {
        colors.enumerated().map { ".chip.s\($0.offset) { background: \($0.element); }\n" }.joined()
    }

    /// `[AP · FOX]` for a list of outlets, in the order given.
    func bracketedTags(_ sources: [String]) -> String {
        "[" + (sources.isEmpty ? "?" : sources.map(tag).joined(separator: " · ")) + "]"
    }

    /// A compact tag derived from an outlet name.
    ///
    /// One short word stays whole (`AP`, `BBC`, `Fox`); a longer single word keeps its first
    /// four letters; several words use a short first word (`Fox News` → `FOX`) or initials
    /// (`Harbor Times` → `HT`); host names drop `www.` and the top-level domain.
    static func baseTag(for outlet: String) -> String {
        var name = outlet.trimmingSpaces()
        let lower = name.lowercased()
        if !name.contains(" "), name.contains(".") {
            var parts = name.split(separator: ".").map(String.init)
            if parts.count > 1 { parts.removeLast() }
            if parts.first?.lowercased() == "www", parts.count > 1 { parts.removeFirst() }
            name = parts.joined(separator: " ")
        } else if lower.hasPrefix("the ") {
            name = String(name.dropFirst(4))
        }
        let words = name.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
            .filter { !["of", "and", "the", "de", "la", "le"].contains($0.lowercased()) }
        guard let first = words.first else { return "SRC" }
        if words.count == 1 {
            return first.count <= 6 ? first.uppercased() : String(first.prefix(4)).uppercased()
        }
        if first.count <= 4 { return first.uppercased() }
        return words.compactMap { $0.first }.map { String($0) }.joined().uppercased()
    }
}
