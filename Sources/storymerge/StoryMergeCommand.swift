import ArgumentParser
import StoryMerge

/// `storymerge`: cluster news articles by event and merge each event into one story.
@main
struct StoryMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storymerge",
        abstract: "Find the articles that cover the same event and merge each event into one story with per-source provenance.",
        discussion: """
            Inputs are files or folders (walked recursively): plain text, HTML pages, RSS and \
            Atom feeds (each item an article) and JSON Lines. Every input is accounted for: \
            clustered, or skipped with its reason.

            EXAMPLES
              storymerge cluster seeds
              storymerge merge Samples --output report --format html
              storymerge diff seeds/000_dbf54c5fa3be2ae1.txt seeds/004_284d4ab945c64d04.txt
              storymerge diff Samples --source "Harbor Times" --source "Metro Wire"

            \(ExitStatus.helpText)
            """,
        version: "storymerge \(StoryMergeVersion.current)",
        subcommands: [ClusterCommand.self, MergeCommand.self, DiffCommand.self, EvaluateCommand.self, ExtractCommand.self],
        defaultSubcommand: nil
    )
}
