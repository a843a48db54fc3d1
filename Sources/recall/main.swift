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
    subcommands: commands,
    defaultSubcommand: ReplCommand.self
  )
}

extension RecallCommand {
  /// Every subcommand, in the order `--help` lists them. Each lives in its own file. (A static
  /// property, not a global of this file, so it is set up when first used even when the tests
  /// load the module without running its top-level code.)
  static let commands: [any ParsableCommand.Type] = [
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
}

/// Runs the command line; failures are put into words by `ErrorText` and written by
/// `MessageRenderer`, as `error: ...`: exit code 1 for a failure, 64 for a command line that could
/// not be parsed (help and `--version` exit 0).
func runMain() {
  InterruptSignal.unblockInherited()
  let arguments = Array(CommandLine.arguments.dropFirst())
  var command: any ParsableCommand
  do {
    command = try RecallCommand.parseAsRoot(arguments)
  } catch {
    guard RecallCommand.exitCode(for: error) != .success else { HelpText.exit(showing: error) }
    Output.say(UsageErrorText.message(for: error, arguments: arguments, surface: .commandLine))
    Foundation.exit(ExitCode.validationFailure.rawValue)
  }
  do {
    try command.run()
  } catch {
    let code = ErrorText.exitCode(for: error)
    guard code != 0 else { HelpText.exit(showing: error) }
    if let message = ErrorText.message(for: error, arguments: arguments, surface: .commandLine) {
      Output.say(message)
    }
    Foundation.exit(code)
  }
}

runMain()
