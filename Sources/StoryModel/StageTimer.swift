internal import Synchronization
#if canImport(Glibc)
internal import Glibc
#endif

/// Stage timings on standard error, for finding where a long run spends its time.
///
/// Off unless the environment variable `STORYMERGE_STAGE_TIMES` is set; then every
/// `StageTimer.finished(_:)` prints the wall time and the process's CPU time (all threads)
/// since the previous one (or since `start()`), e.g.
/// `storymerge: stage normalize: 30771 ms wall, 60112 ms cpu`. Output files never change.
package enum StageTimer {
    /// Whether timings are printed (`STORYMERGE_STAGE_TIMES` is set).
    package static let isEnabled = getenv("STORYMERGE_STAGE_TIMES") != nil

    private static let last = Mutex<(wall: Double, cpu: Double)?>(nil)

    /// Prints how long the stage that just ended took, when enabled.
    ///
    /// - Parameter stage: the stage's name, e.g. `"candidate pairs"`.
    package static func finished(_ stage: @autoclosure () -> String) {
        guard isEnabled else { return }
        let now = (wall: seconds(CLOCK_MONOTONIC), cpu: seconds(CLOCK_PROCESS_CPUTIME_ID))
        let elapsed = last.withLock { last -> (wall: Double, cpu: Double) in
            defer { last = now }
            let before = last ?? now
            return (now.wall - before.wall, now.cpu - before.cpu)
        }
        func milliseconds(_ value: Double) -> Int { Int((value * 1000).rounded()) }
        let line = "storymerge: stage \(stage()): \(milliseconds(elapsed.wall)) ms wall, \(milliseconds(elapsed.cpu)) ms cpu\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
    }

    /// Marks the start of timing without printing (the first stage is measured from here).
    package static func start() {
        guard isEnabled else { return }
        let now = (wall: seconds(CLOCK_MONOTONIC), cpu: seconds(CLOCK_PROCESS_CPUTIME_ID))
        last.withLock { $0 = now }
    }

    private static func seconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
