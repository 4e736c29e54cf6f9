package import StoryModel

/// Finds the inputs below the paths a user names.
package struct InputDiscovery: Sendable {
    /// What discovery found: files to load, and paths that cannot be loaded, with reasons.
    package struct Result: Sendable, Hashable {
        /// Files to load, in a deterministic order (sorted by path bytes).
        package var files: [InputFile]
        /// Paths that were found but cannot be loaded (unreadable, unsupported, symlink loop).
        package var skipped: [InputRecord]

        /// Creates a result.
        package init(files: [InputFile], skipped: [InputRecord]) {
            self.files = files
            self.skipped = skipped
        }
    }

    /// Creates a discovery with default rules.
    package init() {}

    /// Walks `paths` (files and folders, recursively) and classifies every file found.
    package func discover(_ paths: [String]) -> Result {
        Result(files: [], skipped: [])
    }
}
