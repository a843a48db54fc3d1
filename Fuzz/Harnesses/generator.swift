import RecallCore
import RecallTerminal

/// The document-to-deck generator. Properties: the deck it writes passes `check` (no errors) and
/// parses back to the same cards; what `generate` prints to the terminal, and `show` of the deck,
/// hold no control character.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGenerator(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  Fuzz.bounded("generator") {
    let text = String(decoding: Fuzz.bytes(data, size), as: UTF8.self)
    let deck: Deck
    do {
      deck = try DeckGenerator(options: .init(maxCards: size % 7 == 0 ? 5 : nil)).generate(
        text: text, fallbackTitle: "fuzz", origin: "fuzz.md")
    } catch {
      Fuzz.requirePrintable(Sanitizer.clean("\(error)"), "the generator's error")
      return
    }
    let printed = DeckPrinter.print(deck)
    Fuzz.requirePrintable(Sanitizer.clean(printed, keepNewlines: true), "the printed deck")
    let parsed = DeckParser.parse(text: printed, origin: "fuzz.md")
    Fuzz.require(!parsed.hasErrors, "the generated deck has errors: \(parsed.diagnostics)\n\(printed)")
    // The printer puts notes without a topic before the first heading, so compare in topic order.
    let expected = deck.cards.filter { $0.topic == nil } + deck.cards.filter { $0.topic != nil }
    Fuzz.requireSameCards(expected, parsed.deck?.cards ?? [], "the generated deck reads back otherwise")
    Fuzz.requirePrintable(DeckReport.show(deck, topic: nil), "show of the generated deck")
  }
  return 0
}
