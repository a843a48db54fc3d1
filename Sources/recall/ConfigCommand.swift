import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal

/// `recall config DECK`: shows and sets a deck's FSRS settings.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Show or set a deck's scheduling: desired retention and FSRS weights.",
    discussion: """
      The desired retention is the chance of remembering a card when it comes due: higher means \
      more reviews (see `recall simulate` for the cost of each choice). --reset-weights goes back \
      to the default FSRS weights after `recall optimize` fitted some.

      Example: recall config central-asia --retention 0.85
      """)

  @Argument(help: "The deck.")
  var deck: String?

  @Option(help: ArgumentHelp("Desired retention, 0.70 to 0.99 (default 0.90).", valueName: "r"))
  var retention: Double?

  @Flag(help: "Schedule with the default FSRS weights again.")
  var resetWeights = false

  @OptionGroup var deckAlias: DeckAlias
  @OptionGroup var database: DatabaseOptions

  func validate() throws {
    try deckAlias.check(deck)
    guard deckAlias.name(deck) != nil else { throw ValidationError("name the deck, e.g. recall config central-asia") }
    if let retention, !(0.7...0.99).contains(retention) {
      throw ValidationError("--retention \(retention) is out of range; use 0.70 to 0.99, e.g. 0.85")
    }
  }

  func run() throws {
    guard let name = deckAlias.name(deck) else { return }
    let store = try database.store()
    if let retention { try store.saveDesiredRetention(retention, deck: name) }
    if resetWeights { try store.clearWeights(deck: name) }
    let settings = try store.scheduling(deck: name)
    let clean = Sanitizer.clean(name)
    let weights: String
    if let fitted = settings.weights {
      let day = settings.fittedAt.map { ISO8601Milliseconds.format($0).prefix(10) } ?? "unknown day"
      weights =
        "fitted on \(day) from \(settings.fittedReviews ?? 0) reviews: "
        + fitted.map { String(format: "%.4f", $0) }.joined(separator: ", ")
    } else {
      weights = "default (`recall optimize \(clean)` fits your own)"
    }
    Output.write(
      "\(clean)\n  desired retention \(String(format: "%.2f", settings.desiredRetention ?? 0.9))"
        + (settings.desiredRetention == nil ? " (default)" : "") + "\n  FSRS weights \(weights)\n")
  }
}
