#if !FUZZING
import Foundation
import Normalizer

/// `storymerge-fuzz TARGET FILE…`: replays inputs through one fuzz target without libFuzzer
/// (built by plain `swift build`); exits 0 when every input returned.
///
/// The fuzzing build (`Scripts/fuzz`, `-DFUZZING -sanitize=fuzzer`) replaces this with libFuzzer's
/// own `main` and `LLVMFuzzerTestOneInput`.
@main
struct FuzzReplay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: storymerge-fuzz \(names) FILE...\n".utf8))
            exit(64)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("storymerge-fuzz: cannot read \(path)\n".utf8))
                exit(66)
            }
            let count = target.run(Array(data))
            print("\(path): \(count)")
        }
    }
}
#endif
