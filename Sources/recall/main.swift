import ArgumentParser
import Foundation
import RecallCore
import RecallTerminal

/// The `recall` command: with no arguments it opens the REPL; each REPL command is also a subcommand.
struct RecallCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recall",
    abstract: "Study the facts of a document until they stick: flashcards, spaced repetition and timed quizzes.",
    version: "0.1.0",
    subcommands: commandList,
    defaultSubcommand: ReplCommand.self
  )
}

/// Every subcommand, in the order `--help` lists them. Each lives in its own file.
let commandList: [any ParsableCommand.Type] = [
  ReplCommand.self,
  StudyCommand.self,
  UndoCommand.self,
  BuryCommand.self,
  SuspendCommand.self,
  ResumeCommand.self,
  CheckCommand.self,
  DecksCommand.self,
  ShowCommand.self,
  ExportCommand.self,
  FSRSCommand.self,
  StatsCommand.self,
  ExportLogCommand.self,
  DatabaseCommand.self,
  QuizCommand.self,
  GenerateCommand.self,
  ImportCommand.self,
]

/// Runs the command line; failures are printed in one place, as `error: ...` with exit code 1.
func runMain() {
  InterruptSignal.unblockInherited()
  do {
    var command = try RecallCommand.parseAsRoot()
    try command.run()
  } catch let failure as Failure {
    Output.error(failure.description)
    Foundation.exit(failure.exitCode)
  } catch {
    RecallCommand.exit(withError: error)
  }
}

runMain()
