import ArgumentParser
import Foundation
import RecallCore
import RecallTerminal

/// `recall study`: one study session, then exit.
struct StudyCommand: ParsableCommand {
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
    help: ArgumentHelp("New cards allowed today (default 20).", valueName: "n"))
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

  func run() throws {
    let context = try LiveSession.context(decks: decks, database: database, options: session)
    let arguments = StudyArguments(
      deck: deckArgument ?? deck, topic: topic, mode: StudySession.Mode(rawValue: mode), newCardLimit: newCards,
      burySiblings: !noBurySiblings)
    let session: StudySession
    do {
      session = try arguments.session(in: context)
    } catch let error as ReplError {
      throw Failure.message(error.message)
    } catch let error as DeckLookupError {
      throw Failure.deck(error)
    } catch let error as TopicLookupError {
      throw Failure.topic(error)
    }
    if let note = context.catalog?.faultyCardsNote(for: session.decks, on: .commandLine) { Output.warning(note) }
    let ending = try StudyRunner(context: context).run(session)
    // A finished or :quit session has said its summary already.
    if ending != .finished && ending != .stopped {
      context.say(StudyRenderer(style: context.style).summary(context.summary) + ".")
    }
    // Stopped by Ctrl-C: answers are saved and the summary shown; exit as shells expect (128 + SIGINT).
    if ending == .interrupted { throw ExitCode(130) }
  }
}
