internal import Foundation

/// Wall-clock timing and the process's resident-memory high-water mark.
enum Measure {
    /// Runs `body` and returns its result with the elapsed seconds.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try body()
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (value, seconds)
    }

    /// User + system CPU seconds of the whole process so far (all threads).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The peak resident set size since start or the last `resetPeak()`, in bytes (`VmHWM`).
    static func peakRSS() -> Int {
        let peak = statusField("VmHWM:")
        guard peak == 0 else { return peak }
        // Fallback (never reset): the process-wide maximum from getrusage, in kilobytes.
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
    }

    /// The current resident set size in bytes (`VmRSS`).
    static func currentRSS() -> Int {
        statusField("VmRSS:")
    }

    /// Resets the peak to the current RSS (Linux `clear_refs` 5), so each stage gets its own peak.
    static func resetPeak() {
        if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
            handle.write(Data("5".utf8))
            try? handle.close()
        }
    }

    private static func statusField(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.split(separator: " ").compactMap { Int($0) }
            return (digits.first ?? 0) * 1024
        }
        return 0
    }

    /// `12.3 MB`, `1.2 GB`.
    static func bytes(_ count: Int) -> String {
        let mb = Double(count) / 1e6
        return mb >= 1000 ? fixed(mb / 1000, 2) + " GB" : fixed(mb, 1) + " MB"
    }

    /// A number with `digits` decimals.
    static func fixed(_ x: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", x)
    }

    /// An integer rate with thousands separators: `1,234,567`.
    static func rate(_ x: Double) -> String {
        guard x.isFinite else { return "∞" }
        let digits = String(Int(x.rounded()))
        var result = ""
        for (index, character) in digits.reversed().enumerated() {
            if index > 0, index % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return String(result.reversed())
    }
}
