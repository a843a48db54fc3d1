import ArgumentParser
import Foundation
import RecallCore
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
    let repl = Repl(context: context, extraCommands: replCommands)
    LiveSession.enableCompletion(repl, context: context)
    repl.run()
  }
}

/// Commands other features add to the REPL, replacing built-ins of the same name (the `quiz` and
/// `stats` placeholders). Append one line per command, e.g. `QuizCommand.replCommand`.
let replCommands: [ReplCommandSpec] = []
