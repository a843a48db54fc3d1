import ArgumentParser
import Foundation
import RecallCore
import RecallTerminal

/// `recall undo`: takes back the last study rating of a deck.
struct UndoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract: "Take back the last study rating of a deck; the card's state is restored from the log.",
    discussion: "Example:\n  recall undo --deck central-asia")

  @OptionGroup var decks: DeckOptions
  @OptionGroup var database: DatabaseOptions

  @Option(
    name: .customLong("deck"), help: ArgumentHelp("The deck (default: the deck of the last rating).", valueName: "name")
  )
  var deck: String?

  func run() throws {
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

/// `recall bury`, `recall suspend`, `recall resume`: hide a card until tomorrow or until resumed.
enum CardStateCommand {
  /// Finds the deck holding card `id`.
  static func locate(_ id: String, in decks: DeckOptions) throws -> Deck {
    let catalog = try decks.catalog()
    guard let deck = catalog.usableDecks.first(where: { $0.cards.contains { $0.id.rawValue == id } }) else {
      throw Failure.message("no card '\(id)' in the decks found; `recall show DECK` lists the card ids")
    }
    return deck
  }
}

/// `recall bury CARD-ID`.
struct BuryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bury", abstract: "Hide a card until the next study day (which begins at 4 a.m.).",
    discussion: "Example:\n  recall bury kz-capital")

  @OptionGroup var decks: DeckOptions
  @OptionGroup var database: DatabaseOptions
  @OptionGroup var session: SessionOptions
  @Argument(help: ArgumentHelp("The card's id (see `recall show`).", valueName: "card-id")) var card: String

  func run() throws {
    let deck = try CardStateCommand.locate(card, in: decks)
    let reviewStore = try database.store()
    let until = session.day.startOfNextDay(after: SystemClock().now())
    try reviewStore.bury(deck: deck.name, card: CardID(card), until: until)
    Output.write("buried '\(Sanitizer.clean(card))' until tomorrow.\n")
  }
}

/// `recall suspend CARD-ID`.
struct SuspendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suspend", abstract: "Leave a card out of study until it is resumed.",
    discussion: "Example:\n  recall suspend kz-capital\n  recall resume kz-capital")

  @OptionGroup var decks: DeckOptions
  @OptionGroup var database: DatabaseOptions
  @Argument(help: ArgumentHelp("The card's id (see `recall show`).", valueName: "card-id")) var card: String

  func run() throws {
    let deck = try CardStateCommand.locate(card, in: decks)
    let reviewStore = try database.store()
    try reviewStore.setSuspended(deck: deck.name, card: CardID(card), true)
    Output.write("suspended '\(Sanitizer.clean(card))'; `recall resume \(Sanitizer.clean(card))` brings it back.\n")
  }
}

/// `recall resume CARD-ID`.
struct ResumeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resume", abstract: "Bring a suspended card back into study.",
    discussion: "Example:\n  recall resume kz-capital")

  @OptionGroup var decks: DeckOptions
  @OptionGroup var database: DatabaseOptions
  @Argument(help: ArgumentHelp("The card's id (see `recall show`).", valueName: "card-id")) var card: String

  func run() throws {
    let deck = try CardStateCommand.locate(card, in: decks)
    let reviewStore = try database.store()
    guard try reviewStore.progress(deck: deck.name)[CardID(card)]?.suspended == true else {
      Output.write("'\(Sanitizer.clean(card))' is not suspended; nothing to resume.\n")
      return
    }
    try reviewStore.setSuspended(deck: deck.name, card: CardID(card), false)
    Output.write("resumed '\(Sanitizer.clean(card))'.\n")
  }
}
