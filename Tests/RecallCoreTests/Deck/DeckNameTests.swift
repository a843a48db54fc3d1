import RecallCore
import Testing

/// One resolution of a deck name where saved records may outlive their deck file (`stats`,
/// `quiz history`, on the command line and in the REPL alike).
@Suite struct DeckNameTests {
  let decks = [
    Deck(title: "Central Asia", origin: "Decks/central-asia.md"),
    Deck(title: "Capitals of Europe", origin: "Decks/europe.md"),
  ]

  @Test func aDeckFileByNameTitleOrPrefix() {
    #expect(DeckCatalog.deckName("central-asia", decks: decks, recorded: []) == .success("central-asia"))
    #expect(DeckCatalog.deckName("Capitals of Europe", decks: decks, recorded: []) == .success("europe"))
    #expect(DeckCatalog.deckName("cent", decks: decks, recorded: []) == .success("central-asia"))
  }

  @Test func aDeckKnownOnlyToTheRecordsByItsExactName() {
    #expect(DeckCatalog.deckName("old-deck", decks: decks, recorded: ["old-deck"]) == .success("old-deck"))
    #expect(DeckCatalog.deckName("europe", decks: [], recorded: ["europe"]) == .success("europe"))
  }

  @Test func aNameThatFitsNothingIsSuggestedAmongBoth() {
    #expect(
      DeckCatalog.deckName("old-dek", decks: decks, recorded: ["old-deck"])
        == .failure(.notFound("old-dek", suggestion: "old-deck", available: ["central-asia", "europe", "old-deck"])))
    #expect(
      DeckCatalog.deckName("c", decks: decks, recorded: [])
        == .failure(.ambiguous("c", matches: ["central-asia", "europe"])))
    #expect(
      DeckCatalog.deckName("broken", decks: decks, files: ["broken"], recorded: []) == .failure(.unusable("broken")))
  }
}
