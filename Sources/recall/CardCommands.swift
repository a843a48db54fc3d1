import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal

/// `recall undo`: takes back the last study rating of a deck.
struct UndoCommand: ParsableCommand, ReplRunnable {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract: "Take back the last study rating; the card's state is restored from the log.",
    discussion: """
      Without a deck, the last rating saved (in the REPL: the last one it saved, else the last one \
      saved at all).

      Example:
        recall undo
        recall undo central-asia
      """)

  @OptionGroup var shell: CardCommandContext

  @Option(
    name: .customLong("deck"), help: ArgumentHelp("The deck (default: the deck of the last rating).", valueName: "name")
  )
  var deckOption: String?

  @Argument(help: ArgumentHelp("The deck, as --deck names it.", valueName: "deck"))
  var deckArgument: String?

  func validate() throws { try DeckAlias.check(argument: deckArgument, option: deckOption) }

  func run() throws { try run(in: try shell.live()) }

  func run(in context: ReplContext) throws {
    let deck = try (deckArgument ?? deckOption).map { try context.findDeck(named: $0).get().name }
    try CardActions.undo(
      deck: deck, fallbackDeck: { try (context.store as? SQLiteReviewStore)?.lastStudiedDeck() }, in: context)
  }
}

/// What `undo`, `bury`, `suspend` and `resume` act through at the shell: the decks, the database,
/// the study day and the time (the REPL gives its own).
struct CardCommandContext: ParsableArguments {
  @OptionGroup var decks: DeckOptions
  @OptionGroup var database: DatabaseOptions
  @OptionGroup var session: SessionOptions
  @OptionGroup var now: NowOption

  /// The context of a single command at the shell.
  func live() throws -> ReplContext {
    try LiveSession.commandContext(
      decks: decks, database: database, options: session, clock: try now.clock(live: SystemClock()))
  }
}

/// `recall bury [CARD-ID]`.
struct BuryCommand: ParsableCommand, ReplRunnable {
  static let configuration = CommandConfiguration(
    commandName: "bury", abstract: "Hide a card until the next study day (which begins at 4 a.m.).",
    discussion: "In the REPL, without CARD-ID: the last card studied.\n\nExample:\n  recall bury ca-capital-kyrgyzstan")

  @OptionGroup var shell: CardCommandContext
  @Argument(help: ArgumentHelp("The card's id (see `recall show`).", valueName: "card-id")) var card: String?

  func run() throws { try run(in: try shell.live()) }

  func run(in context: ReplContext) throws { try CardActions.bury(card: card, in: context) }
}

/// `recall suspend [CARD-ID]`.
struct SuspendCommand: ParsableCommand, ReplRunnable {
  static let configuration = CommandConfiguration(
    commandName: "suspend", abstract: "Leave a card out of study until it is resumed.",
    discussion: """
      In the REPL, without CARD-ID: the last card studied.

      Example:
        recall suspend ca-capital-kyrgyzstan
        recall resume ca-capital-kyrgyzstan
      """)

  @OptionGroup var shell: CardCommandContext
  @Argument(help: ArgumentHelp("The card's id (see `recall show`).", valueName: "card-id")) var card: String?

  func run() throws { try run(in: try shell.live()) }

  func run(in context: ReplContext) throws { try CardActions.suspend(card: card, in: context) }
}

/// `recall resume [CARD-ID]`.
struct ResumeCommand: ParsableCommand, ReplRunnable {
  static let configuration = CommandConfiguration(
    commandName: "resume", abstract: "Bring a suspended card back into study.",
    discussion:
      "Without CARD-ID, lists the suspended cards to choose from.\n\nExample:\n  recall resume ca-capital-kyrgyzstan")

  @OptionGroup var shell: CardCommandContext
  @Argument(help: ArgumentHelp("The card's id (see `recall show`).", valueName: "card-id")) var card: String?

  func run() throws { try run(in: try shell.live()) }

  func run(in context: ReplContext) throws { try CardActions.resume(card: card, in: context) }
}
