import ArgumentParser
import Foundation
import RecallCore
import RecallTerminal

/// `recall study`: one study session, then exit.
struct StudyCommand: ParsableCommand, ReplRunnable {
  static let configuration = CommandConfiguration(
    commandName: "study",
    abstract: "Study the cards that are due: learning cards, then reviews, then new cards.",
    discussion: """
      Typed mode grades what you type (Enter keeps the grade, 1-4 changes it); flip mode shows the \
      answer on Enter and asks for a rating 1-4. In a session :undo, :bury, :suspend and :quit work; \
      Ctrl-C cancels the question and ends the session (exit status 130).

      Example:
        recall study central-asia --mode flip --new 5
      """)

  @OptionGroup var decks: DeckOptions
  @OptionGroup var database: DatabaseOptions
  @OptionGroup var session: SessionOptions
  @OptionGroup var now: NowOption

  @Argument(help: ArgumentHelp("Only this deck (default: every deck); --deck NAME says the same.", valueName: "deck"))
  var deckArgument: String?

  @Option(name: .customLong("deck"), help: ArgumentHelp("Only this deck.", valueName: "name"))
  var deck: String?

  @Option(help: ArgumentHelp("Only the cards under this topic.", valueName: "topic"))
  var topic: String?

  @Option(help: ArgumentHelp("typed or flip.", valueName: "mode"))
  var mode: String = "typed"

  @Option(
    name: .customLong("new"), parsing: .unconditional,
    help: ArgumentHelp("New cards allowed today in each deck (default 20).", valueName: "n"))
  var newCards: Int?

  @Flag(help: "Show a card's siblings (other cards of its note or sentence) on the day it was studied too.")
  var noBurySiblings = false

  func validate() throws {
    try DeckAlias.check(argument: deckArgument, option: deck)
    guard StudySession.Mode(rawValue: mode) != nil else {
      throw ValidationError("unknown mode '\(Sanitizer.clean(mode))'; use typed or flip")
    }
    if let newCards, newCards < 0 { throw ValidationError("--new must be 0 or more, e.g. --new 10") }
  }

  /// The session's choices as typed.
  var arguments: StudyArguments {
    StudyArguments(
      deck: deckArgument ?? deck, topic: topic, mode: StudySession.Mode(rawValue: mode), newCardLimit: newCards,
      burySiblings: !noBurySiblings)
  }

  func run() throws {
    let context = try LiveSession.context(
      decks: decks, database: database, options: session, clock: try now.clock(live: SystemClock()))
    context.surface = .commandLine
    let ending = try study(in: context)
    // A finished or :quit session has said its summary already.
    if ending != .finished && ending != .stopped {
      context.say(StudyRenderer(style: context.style).summary(context.summary) + ".")
    }
    // Stopped by Ctrl-C: answers are saved and the summary shown; exit as shells expect (128 + SIGINT).
    if ending == .interrupted { throw ExitCode(130) }
  }

  func run(in context: ReplContext) throws {
    // The end of input during a session ends the REPL too, as it ends the session.
    if try study(in: context) == .endOfInput { throw ReplEnd() }
  }

  /// Runs the session these options ask for in `context`.
  private func study(in context: ReplContext) throws -> StudyRunner.Ending {
    let session = try arguments.session(in: context)
    if let note = context.catalog?.faultyCardsNote(for: session.decks, on: context.surface) {
      if context.surface == .repl { context.say(note + ".") } else { Output.warning(note) }
    }
    return try StudyRunner(context: context).run(session)
  }
}
