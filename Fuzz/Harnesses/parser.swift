import RecallCore
import RecallTerminal

/// The deck parser and printer. Properties: a deck that parses without errors prints to text that
/// parses without errors to the same cards; diagnostics (`check`), `show` and `decks` output hold
/// no control character once rendered; JSON export does not trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeckParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  Fuzz.bounded("parser") {
    let result = DeckParser.parse(bytes: Fuzz.bytes(data, size), origin: "Decks/fuzz.md")
    // One of the reports per input (by its size), so that each input is cheap and runs are long.
    switch size % 4 {
    case 0:
      let catalog = DeckCatalog(decks: [LoadedDeck(origin: "Decks/fuzz.md", result: result)])
      Fuzz.requirePrintable(DeckReport.check(catalog), "check")
    case 1:
      let catalog = DeckCatalog(decks: [LoadedDeck(origin: "Decks/fuzz.md", result: result)])
      Fuzz.requirePrintable(DeckReport.list(catalog), "decks")
    case 2:
      if let deck = result.deck { Fuzz.requirePrintable(DeckReport.show(deck, topic: nil), "show") }
    default:
      if let deck = result.deck { _ = DeckExport.json(deck, topic: nil) }
    }
    guard let deck = result.deck, !result.hasErrors else { return }
    let printed = DeckPrinter.print(deck)
    let again = DeckParser.parse(text: printed, origin: "Decks/fuzz.md")
    Fuzz.require(!again.hasErrors, "the printed deck has errors: \(again.diagnostics)\n\(printed)")
    Fuzz.requireSameCards(deck.cards, again.deck?.cards ?? [], "the printed deck has other cards")
  }
  return 0
}
