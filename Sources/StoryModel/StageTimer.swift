#if canImport(Glibc)
internal import Synchronization
internal import Glibc
#endif

/// Stage timings on standard error, for finding where a long run spends its time.
///
/// Off unless the environment variable `STORYMERGE_STAGE_TIMES` is set; then every
/// `StageTimer.finished(_:)` prints the wall time since the previous one (or since the first
/// use), e.g. `storymerge: stage normalize: 30771 ms`. Output files never change.
package enum StageTimer {
    /// Whether timings are printed (`STORYMERGE_STAGE_TIMES` is set).
    package static let isEnabled = getenv("STORYMERGE_STAGE_TIMES") != nil

    private static let last = Mutex<Double?>(nil)

    /// Prints how long the stage that just ended took, when enabled.
    ///
    /// - Parameter stage: the stage's name, e.g. `"candidate pairs"`.
    package static func finished(_ stage: @autoclosure () -> String) {
        guard isEnabled else { return }
        let now = monotonicSeconds()
        let elapsed = last.withLock { last -> Double in
            defer { last = now }
            return now - (last ?? now)
        }
        let line = "storymerge: stage \(stage()): \(Int((elapsed * 1000).rounded())) ms\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
    }

    /// Marks the start of timing without printing (the first stage is measured from here).
    package static func start() {
        guard isEnabled else { return }
        let now = monotonicSeconds()
        last.withLock { $0 = now }
    }

    private static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
