import Testing

@testable import RecallCore

@Suite struct DeckLookupErrorTests {
  let names = ["central-asia", "kazakhstan-position"]

  /// Deck names may be shortened to a prefix, so a mistyped prefix is a typo of the deck too.
  @Test func aMistypedPrefixSuggestsTheDeck() {
    #expect(DeckLookupError.suggestion(for: "centrl", among: names) == "central-asia")
    #expect(DeckLookupError.suggestion(for: "kazak", among: names) == "kazakhstan-position")
    #expect(DeckLookupError.suggestion(for: "centrl-asia", among: names) == "central-asia")
    #expect(DeckLookupError.suggestion(for: "Capit", among: ["Capitals", "Countries"]) == "Capitals")
  }

  /// A short or unrelated name is not stretched to fit.
  @Test func farNamesSuggestNothing() {
    #expect(DeckLookupError.suggestion(for: "x", among: names) == nil)
    #expect(DeckLookupError.suggestion(for: "cat", among: names) == nil)
    #expect(DeckLookupError.suggestion(for: "nowhere", among: names) == nil)
    #expect(DeckLookupError.suggestion(for: "kzxx", among: names) == nil)
  }

  @Test func theMessageNamesTheCommandOfItsSurface() {
    let error = DeckLookupError.notFound("centrl", suggestion: "central-asia", available: names)
    #expect(
      error.description == "no deck named \"centrl\"; did you mean \"central-asia\"? run `recall decks` to list them")
    #expect(
      error.message(on: .repl) == "no deck named \"centrl\"; did you mean \"central-asia\"? type decks to list them")
    #expect(
      DeckLookupError.unusable("empty").message(on: .repl)
        == "deck \"empty\" has no usable cards; type check to see why")
  }
}
