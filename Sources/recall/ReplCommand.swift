import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal

/// `recall` with no arguments (or `recall repl`): the interactive prompt.
struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Open the interactive prompt (what `recall` does with no arguments).",
    discussion: """
      Commands: study, quiz, stats, decks, show, check, undo, bury, suspend, resume, help [COMMAND], \
      quit. Tab completes commands, deck names, topics and options; history is kept in \
      $XDG_STATE_HOME/recall/history. Ctrl-C cancels a question; Ctrl-D or quit leaves.

      Example:
        recall
        printf 'study\\n30\\n\\n' | recall
      """)

  @OptionGroup var decks: DeckOptions
  @OptionGroup var database: DatabaseOptions
  @OptionGroup var session: SessionOptions

  func run() throws {
    let context = try LiveSession.context(decks: decks, database: database, options: session)
    var shared: [String] = []
    if let directory = decks.directory { shared += ["--decks", directory] }
    if let path = database.path { shared += ["--db", path] }
    let repl = Repl(context: context, extraCommands: replCommands(shared: shared))
    LiveSession.enableCompletion(repl, context: context)
    repl.run()
  }
}

/// Commands other features add to the REPL, replacing built-ins of the same name (the `quiz` and
/// `stats` placeholders). `shared` holds the REPL's own `--decks`/`--db` options, for subcommands
/// that take them. Append one line per command.
func replCommands(shared: [String]) -> [ReplCommandSpec] {
  [
    SubcommandInRepl.spec(
      StatsCommand.self, summary: "show progress: cards by state, forecast, heat map, retention",
      usage: "stats [DECK] [--topic T] [--days N]",
      details: """
        Without DECK, every deck found or with progress is counted. --days N sets the period of the
        reviews per day (default 30); --json writes the figures as JSON; --ids shows the hardest cards' ids;
        --color always|never|auto.
        Example: stats central-asia --topic Capitals --days 7
        """, options: ["--topic", "--days", "--json", "--ids", "--color"], shared: shared),
    QuizCommand.replCommand(shared: shared),
  ]
}

/// A subcommand that knows it runs in the REPL: it writes through the REPL's output and names
/// commands as they are typed there.
protocol ReplRunnable {
  /// Runs the command in the REPL of `context`.
  func run(in context: ReplContext) throws
}

/// Runs an ArgumentParser subcommand as a REPL command: the words typed are parsed as its
/// arguments (after the REPL's shared options, which come first), so `stats central-asia --days 7` in the REPL is
/// `recall stats central-asia --days 7`.
enum SubcommandInRepl {
  /// The REPL command for `Command`.
  static func spec<Command: ParsableCommand>(
    _ command: Command.Type, summary: String, usage: String, details: String = "", options: [String],
    shared: [String]
  ) -> ReplCommandSpec {
    let name = Command.configuration.commandName ?? "\(Command.self)".lowercased()
    let more = "recall \(name) --help tells more."
    return ReplCommandSpec(
      name: name, summary: summary, usage: usage, details: details.isEmpty ? more : details + "\n" + more,
      options: options
    ) { arguments, context in
      do {
        // Shared options first: an option missing its value must not take `--decks` for it.
        var parsed = try Command.parse(shared + arguments)
        if let runnable = parsed as? any ReplRunnable {
          try runnable.run(in: context)
        } else {
          try parsed.run()
        }
      } catch let failure as Failure {
        throw failure.replError
      } catch let error as RecallStoreError {
        throw ReplError("error: \(error)")
      } catch let error as FileWriteError {
        throw ReplError("error: \(error)")
      } catch {
        throw ReplError(message(for: error, name: name, arguments: arguments))
      }
      return .proceed
    }
  }

  /// An ArgumentParser error of the REPL command `name` typed with `arguments`, in the words the
  /// command line uses too: `error: the value 'x' is invalid for '--days <days>'; type help stats for more`.
  static func message(for error: Error, name: String, arguments: [String]) -> String {
    UsageErrorText.line(for: error, arguments: [name] + arguments, surface: .repl)
  }
}
