import ArgumentParser

/// The exit statuses of `storymerge`, listed in `--help` and README.
enum ExitStatus {
    /// Every input was read and the output written.
    static let success = ExitCode(0)
    /// An unexpected internal error.
    static let failure = ExitCode(1)
    /// The output was written, but some inputs were skipped (each listed with its reason).
    static let partial = ExitCode(3)
    /// No input held a usable article: nothing to cluster, merge or diff.
    static let noArticles = ExitCode(4)
    /// The output could not be written (folder not writable, disk full, would overwrite an input).
    static let outputFailed = ExitCode(5)
    /// The command line is wrong (unknown flag, missing argument, bad value): ArgumentParser's usage status.
    static let usage = ExitCode.validationFailure

    /// The table shown at the end of `--help`.
    static let helpText = """
        EXIT STATUS
          0   every input was read and the output written
          3   output written, but some inputs were skipped (listed with reasons)
          4   no input held a usable article
          5   the output could not be written
          64  the command line is wrong
          1   unexpected internal error
        """
}
