import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal

/// `recall undo`: takes back the last study rating of a deck.
struct UndoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract: "Take back the last study rating of a deck; the card's state is restored from the log.",
    discussion: "Example:\n  recall undo central-asia")

  @OptionGroup var decks: DeckOptions
  @OptionGroup var database: DatabaseOptions

  @Option(
    name: .customLong("deck"), help: ArgumentHelp("The deck (default: the deck of the last rating).", valueName: "name")
  )
  var deckOption: String?

  @Argument(help: ArgumentHelp("The deck, as --deck names it.", valueName: "deck"))
  var deckArgument: String?

  func validate() throws { try DeckAlias.check(argument: deckArgument, option: deckOption) }

  func run() throws {
    let deck = deckArgument ?? deckOption
    let reviewStore = try database.store()
    // Without --deck, the last rating of any deck, as the REPL's undo does.
    let last = deck == nil ? try reviewStore.lastStudiedDeck() : nil
    if deck == nil && last == nil {
      Output.write("nothing to undo.\n")
      return
    }
    let usable = try decks.catalog().usableDecks
    let chosen =
      try usable.first { $0.name == last } ?? decks.deck(named: deck, example: "recall undo --deck")
    guard let record = try reviewStore.undoLastReview(deck: chosen.name) else {
      Output.write("nothing to undo in \(Sanitizer.clean(chosen.name)).\n")
      return
    }
    Output.write("took back \(record.rating.name) for '\(Sanitizer.clean(record.card.rawValue))'.\n")
  }
}

/// The card that `bury`, `suspend` and `resume` act on, and where to find it and its progress.
struct CardTarget: ParsableArguments {
  @OptionGroup var decks: DeckOptions
  @OptionGroup var database: DatabaseOptions
  @Argument(help: ArgumentHelp("The card's id (see `recall show`).", valueName: "card-id")) var card: String

  /// The card's id as it may be printed.
  var shown: String { Sanitizer.clean(card) }

  /// The store, and the deck holding the card.
  func resolve() throws -> (store: SQLiteReviewStore, deck: Deck) {
    guard let deck = try decks.catalog().usableDecks.first(where: { $0.cards.contains { $0.id.rawValue == card } })
    else {
      throw Failure.message("no card '\(card)' in the decks found; `recall show DECK` lists the card ids")
    }
    return (try database.store(), deck)
  }
}

/// `recall bury CARD-ID`.
struct BuryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bury", abstract: "Hide a card until the next study day (which begins at 4 a.m.).",
    discussion: "Example:\n  recall bury ca-capital-kyrgyzstan")

  @OptionGroup var target: CardTarget
  @OptionGroup var session: SessionOptions
  @OptionGroup var now: NowOption

  func run() throws {
    let (store, deck) = try target.resolve()
    let time = try now.clock(live: SystemClock()).now()
    let until = session.day(at: time).startOfNextDay(after: time)
    try store.bury(deck: deck.name, card: CardID(target.card), until: until)
    Output.write("buried '\(target.shown)' until tomorrow.\n")
  }
}

/// `recall suspend CARD-ID`.
struct SuspendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suspend", abstract: "Leave a card out of study until it is resumed.",
    discussion: "Example:\n  recall suspend ca-capital-kyrgyzstan\n  recall resume ca-capital-kyrgyzstan")

  @OptionGroup var target: CardTarget

  func run() throws {
    let (store, deck) = try target.resolve()
    try store.setSuspended(deck: deck.name, card: CardID(target.card), true)
    Output.write("suspended '\(target.shown)'; `recall resume \(target.shown)` brings it back.\n")
  }
}

/// `recall resume CARD-ID`.
struct ResumeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resume", abstract: "Bring a suspended card back into study.",
    discussion: "Example:\n  recall resume ca-capital-kyrgyzstan")

  @OptionGroup var target: CardTarget

  func run() throws {
    let (store, deck) = try target.resolve()
    guard try store.progress(deck: deck.name)[CardID(target.card)]?.suspended == true else {
      Output.write("'\(target.shown)' is not suspended; nothing to resume.\n")
      return
    }
    try store.setSuspended(deck: deck.name, card: CardID(target.card), false)
    Output.write("resumed '\(target.shown)'.\n")
  }
}
