package import StoryModel

/// A loader's refusal to read an input, with the reason recorded in the run's manifest.
package struct LoadFailure: Error, Sendable, Hashable {
    /// Why the input (or item) was not read.
    package var reason: SkipReason

    /// Creates a failure.
    package init(_ code: SkipReason.Code, _ message: String) {
        self.reason = SkipReason(code, message)
    }
}
