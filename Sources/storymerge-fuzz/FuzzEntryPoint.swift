#if FUZZING
import Foundation
import Normalizer

/// The target chosen by `STORYMERGE_FUZZ_TARGET` (read once).
private let selectedTarget: FuzzTarget = {
    let name = getenv("STORYMERGE_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("storymerge-fuzz: set STORYMERGE_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(64)
    }
    return target
}()

/// libFuzzer's entry point: runs the selected target over one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    selectedTarget.run(bytes)
    return 0
}
#endif

#if FUZZING
/// libFuzzer's driver (`-sanitize=fuzzer` links it): parses libFuzzer's flags and runs the loop.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The executable's entry point: SwiftPM links `main` to `<module>_main` for executable targets,
/// so the fuzzing build provides that symbol and hands control to libFuzzer's driver.
@_cdecl("storymerge_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#endif
