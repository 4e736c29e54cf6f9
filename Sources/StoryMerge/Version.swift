/// StoryMerge's version, printed by `storymerge --version` and written into reports.
public enum StoryMergeVersion {
    /// The semantic version of this build.
    public static let current = "0.1.0"
}
