/// A plain-text table for a terminal that never exceeds a given width.
///
/// Columns are sized to their content; when the table is too wide, the flexible column (and
/// then the others, right to left, down to their minimum) shrinks and its cells are truncated
/// with `…`.
struct TextTable: Sendable {
    /// One column's header and layout rules.
    struct Column: Sendable {
        /// The header text.
        var header: String
        /// Whether cells are right-aligned (numbers).
        var alignRight: Bool = false
        /// The fewest columns the column keeps before the table cuts lines.
        var minimumWidth: Int = 3
        /// The most columns the column takes even when there is room.
        var maximumWidth: Int = .max
        /// The width the column keeps while other columns can still give up room.
        var comfortableWidth: Int = 0
    }

    /// The columns, left to right.
    var columns: [Column]
    /// The rows, one cell per column.
    var rows: [[String]] = []
    /// The gap between columns.
    var separator = "  "

    /// The table's lines (header, rule, rows), each at most `width` columns.
    func render(width: Int) -> [String] {
        let limit = max(1, width)
        var widths = columns.enumerated().map { index, column in
            min(column.maximumWidth, rows.reduce(TerminalText.width(column.header)) { max($0, TerminalText.width(cell(of: $1, at: index))) })
        }
        let gaps = TerminalText.width(separator) * max(0, columns.count - 1)
        var excess = widths.reduce(gaps, +) - limit
        // First give up room down to each column's comfortable width, then down to its minimum,
        // right to left each time.
        for floor in [{ (c: Column) in max(c.minimumWidth, c.comfortableWidth) }, { (c: Column) in c.minimumWidth }] {
            var index = columns.count - 1
            while excess > 0, index >= 0 {
                let room = widths[index] - min(widths[index], floor(columns[index]))
                let cut = min(room, excess)
                widths[index] -= cut
                excess -= cut
                index -= 1
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, column) in columns.enumerated() {
                let text = TerminalText.truncate(cells.indices.contains(i) ? cells[i] : "", to: widths[i])
                let isLast = i == columns.count - 1
                parts.append(isLast && !column.alignRight ? text : TerminalText.pad(text, to: widths[i], alignRight: column.alignRight))
            }
            return TerminalText.truncate(parts.joined(separator: separator), to: limit)
        }
        var lines = [line(columns.map(\.header))]
        lines.append(TerminalText.truncate(widths.map { String(repeating: "─", count: $0) }.joined(separator: separator), to: limit))
        for row in rows { lines.append(line(row)) }
        return lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    private func cell(of row: [String], at index: Int) -> String {
        row.indices.contains(index) ? row[index].singleLine() : ""
    }
}
