import ArgumentParser
import Foundation
import RecallCore
import RecallStore
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
  OptimizeCommand.self,
  ConfigCommand.self,
  SimulateCommand.self,
  StatsCommand.self,
  ExportLogCommand.self,
  DatabaseCommand.self,
  QuizCommand.self,
  GenerateCommand.self,
  ImportCommand.self,
]

/// Runs the command line; failures are printed in one place, as `error: ...`: exit code 1 for a
/// failure, 64 for a command line that could not be parsed (help and `--version` exit 0).
func runMain() {
  InterruptSignal.unblockInherited()
  let arguments = Array(CommandLine.arguments.dropFirst())
  var command: any ParsableCommand
  do {
    command = try RecallCommand.parseAsRoot(arguments)
  } catch {
    guard RecallCommand.exitCode(for: error) != .success else { RecallCommand.exit(withError: error) }
    FileHandle.standardError.write(
      Data((UsageErrorText.line(for: error, arguments: arguments, surface: .commandLine) + "\n").utf8))
    Foundation.exit(ExitCode.validationFailure.rawValue)
  }
  do {
    try command.run()
  } catch let failure as Failure {
    var text = failure.description
    if case .deck(.notFound(let name, nil, _)) = failure,
      let hint = UsageErrorText.subcommandHint(for: name, arguments: arguments, surface: .commandLine)
    {
      text = "no deck named \"\(Sanitizer.clean(name))\"; " + hint
    }
    Output.error(text)
    Foundation.exit(failure.exitCode)
  } catch let error as RecallStoreError {
    // A store failure after the database was opened (a full disk, a read-only file): its words, exit 1.
    Output.error(error.description)
    Foundation.exit(1)
  } catch let error as FileWriteError {
    Output.error(error.description)
    Foundation.exit(1)
  } catch {
    RecallCommand.exit(withError: error)
  }
}

runMain()
