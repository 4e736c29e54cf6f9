import Foundation
import StoryMerge

/// A one-line progress bar on standard error for work that takes more than a second.
///
/// Drawn only when standard error is a terminal and `--quiet` is off, and only once the work
/// has run for `delay` seconds, so quick runs print nothing. Redraws at most ten times a second,
/// fits the terminal's width, and uses colour only when `NO_COLOR` is unset and `TERM` is not
/// `dumb`. `finish()` erases the line so later messages start clean.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    /// Whether the bar is coloured (`NO_COLOR` unset or empty).
    let color: Bool
    private let delay: TimeInterval
    private let start = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private var latest: Pipeline.Progress?
    private var scheduled = false
    private var finished = false

    /// Creates a bar.
    ///
    /// - Parameters:
    ///   - quiet: `--quiet` was given: never draw.
    ///   - environment: the process environment (`NO_COLOR`, `TERM`).
    ///   - isTerminal: whether standard error is a terminal.
    ///   - delay: seconds of work before the bar first appears.
    init(quiet: Bool, environment: [String: String] = ProcessInfo.processInfo.environment,
         isTerminal: Bool = isatty(STDERR_FILENO) == 1, delay: TimeInterval = 1) {
        let term = environment["TERM"] ?? ""
        enabled = !quiet && isTerminal && term != "dumb"
        color = environment["NO_COLOR"].map(\.isEmpty) ?? true
        self.delay = delay
    }

    /// The handler to pass to `Pipeline.read(_:progress:)` and `Pipeline.merge(_:progress:)`,
    /// or `nil` when the bar is off (so the pipeline does no progress work at all).
    var handler: (@Sendable (Pipeline.Progress) -> Void)? {
        guard enabled else { return nil }
        return { [self] progress in self.update(progress) }
    }

    /// Records progress and redraws when due.
    func update(_ progress: Pipeline.Progress) {
        lock.lock()
        defer { lock.unlock() }
        latest = progress
        finished = false
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        guard elapsed >= delay else {
            // A step that outlasts the delay without reporting again still gets its bar.
            if !scheduled {
                scheduled = true
                DispatchQueue.global().asyncAfter(deadline: .now() + (delay - elapsed)) { [self] in self.drawLatest() }
            }
            return
        }
        let stageDone = progress.completed >= progress.total
        guard stageDone || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        draw(progress, at: now)
    }

    private func drawLatest() {
        lock.lock()
        defer { lock.unlock() }
        guard !finished, !drawn, let latest else { return }
        draw(latest, at: Date())
    }

    /// Writes the bar; the caller holds `lock`.
    private func draw(_ progress: Pipeline.Progress, at now: Date) {
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data(("\r" + Self.line(progress, width: Self.width(), color: color) + "\u{1B}[K").utf8))
    }

    /// Erases the bar, if it was drawn.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        guard drawn else { return }
        drawn = false
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// The bar's text for `progress`, at most `width` columns (colour codes take none).
    ///
    /// `normalizing  [██████████░░░░░░░░░░]  512/1024 articles  50%`
    static func line(_ progress: Pipeline.Progress, width: Int, color: Bool) -> String {
        let total = max(progress.total, 0)
        let done = min(max(progress.completed, 0), total)
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let label = progress.stage.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
        let unit: String = switch progress.stage {
        case .loading: "files"
        case .normalizing: "articles"
        case .clustering: "step"
        case .merging: "events"
        }
        let count = progress.stage == .clustering ? "" : "\(done)/\(total) \(unit)"
        let percent = progress.stage == .clustering ? "" : "\(Int((fraction * 100).rounded(.down)))%"
        let fixed = label.count + 2 + 2 + 2 + count.count + 2 + percent.count
        let barWidth = min(40, width - fixed - 1)
        guard barWidth >= 5 else { return String("\(label) \(percent)".prefix(max(0, width - 1))) }
        if progress.stage == .clustering { return "\(label)  …" }
        let filled = Int((Double(barWidth) * fraction).rounded(.down))
        var bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        if color { bar = "\u{1B}[36m" + bar + "\u{1B}[0m" }
        return "\(label)  [\(bar)]  \(count)  \(percent)"
    }

    /// Standard error's width in columns, else `$COLUMNS`, else 80.
    static func width() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}
