internal import Synchronization
#if canImport(Glibc)
internal import Glibc
#endif

/// Stage timings on standard error, for finding where a long run spends its time.
///
/// Off unless the environment variable `STORYMERGE_STAGE_TIMES` is set; then every
/// `StageTimer.finished(_:)` prints the wall time and the process's CPU time (all threads)
/// since the previous one (or since `start()`), e.g.
/// `storymerge: stage normalize: 30771 ms wall, 60112 ms cpu, 2150 MB resident`. Output files never change.
package enum StageTimer {
    /// Whether timings are printed (`STORYMERGE_STAGE_TIMES` is set).
    package static let isEnabled = getenv("STORYMERGE_STAGE_TIMES") != nil

    private static let last = Mutex<(wall: Double, cpu: Double)?>(nil)
    /// Stages timed in several pieces (batches), summed in the order first seen.
    private static let sums = Mutex<[(stage: String, wall: Double, cpu: Double)]>([])

    /// Prints how long the stage that just ended took, when enabled.
    ///
    /// - Parameter stage: the stage's name, e.g. `"candidate pairs"`.
    package static func finished(_ stage: @autoclosure () -> String) {
        guard isEnabled else { return }
        let elapsed = lap()
        print(stage(), wall: elapsed.wall, cpu: elapsed.cpu)
    }

    /// Adds the time since the previous mark to a stage that runs in pieces (a batch of a
    /// streamed run); `printSums()` prints the totals.
    ///
    /// - Parameter stage: the stage's name, e.g. `"load"`.
    package static func add(to stage: @autoclosure () -> String) {
        guard isEnabled else { return }
        let elapsed = lap()
        let name = stage()
        sums.withLock { sums in
            if let index = sums.firstIndex(where: { $0.stage == name }) {
                sums[index].wall += elapsed.wall
                sums[index].cpu += elapsed.cpu
            } else {
                sums.append((name, elapsed.wall, elapsed.cpu))
            }
        }
    }

    /// Prints and clears the totals of the stages timed with `add(to:)`.
    package static func printSums() {
        guard isEnabled else { return }
        let totals = sums.withLock { sums in
            defer { sums = [] }
            return sums
        }
        for total in totals { print(total.stage, wall: total.wall, cpu: total.cpu) }
    }

    /// Starts timing the first stage (later stages start where the previous one finished).
    package static func start() {
        guard isEnabled else { return }
        _ = lap()
    }

    /// The wall and CPU time since the previous mark, and a new mark.
    private static func lap() -> (wall: Double, cpu: Double) {
        let now = (wall: seconds(CLOCK_MONOTONIC), cpu: seconds(CLOCK_PROCESS_CPUTIME_ID))
        return last.withLock { last -> (wall: Double, cpu: Double) in
            defer { last = now }
            let before = last ?? now
            return (now.wall - before.wall, now.cpu - before.cpu)
        }
    }

    /// Writes one stage line to standard error.
    private static func print(_ stage: String, wall: Double, cpu: Double) {
        func milliseconds(_ value: Double) -> Int { Int((value * 1000).rounded()) }
        let line = "storymerge: stage \(stage): \(milliseconds(wall)) ms wall, \(milliseconds(cpu)) ms cpu, \(residentMegabytes()) MB resident\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
    }

    /// The process's resident memory now, in MiB (0 where `/proc` is missing).
    private static func residentMegabytes() -> Int {
        // /proc/self/statm: "size resident shared …", in pages.
        let descriptor = open("/proc/self/statm", O_RDONLY)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 128)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return 0 }
        let fields = bytes[..<count].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
        return (pages * Int(sysconf(Int32(_SC_PAGESIZE)))) >> 20
    }

    private static func seconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
