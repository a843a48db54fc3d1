import ArgumentParser
import RecallCore

/// The `recall` command: with no arguments it opens the REPL; each REPL command is also a subcommand.
struct RecallCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recall",
    abstract: "Study the facts of a document until they stick: flashcards, spaced repetition and timed quizzes.",
    version: "0.1.0",
    subcommands: commandList
  )
}

/// Every subcommand, in the order `--help` lists them. Each lives in its own file.
let commandList: [any ParsableCommand.Type] = [
  FSRSCommand.self
]

RecallCommand.main()
