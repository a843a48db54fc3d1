import RecallCore
import RecallStore

/// Where `recall stats` finds the cards of a deck: the deck files when they can be read, else the
/// cards the store knows (without topics or prompts), so statistics work for a deck that is gone.
struct StatsDeckSource {
  let options: DeckOptions

  /// The usable decks found, by name, and the names of every deck file (usable or not); empty
  /// when none can be read, unless `--decks` named the folder.
  func decks() throws -> (usable: [String: Deck], files: [String]) {
    let catalog: DeckCatalog
    do {
      catalog = try options.catalog()
    } catch  where options.directory == nil {
      return ([:], [])
    }
    var result: [String: Deck] = [:]
    for deck in catalog.usableDecks where result[deck.name] == nil { result[deck.name] = deck }
    return (result, catalog.decks.map(\.name))
  }
}
