/// A deck file as loaded: where it came from and what parsing it found.
public struct LoadedDeck: Sendable {
  /// The path (or `bundled:NAME`) the deck was read from.
  public var origin: String
  /// The parse result: the deck and its diagnostics.
  public var result: DeckParseResult

  /// Creates a loaded deck.
  public init(origin: String, result: DeckParseResult) {
    self.origin = origin
    self.result = result
  }

  /// The deck's short name (its file name without `.md`).
  public var name: String { result.deck?.name ?? Deck(title: "", origin: origin).name }
}

/// The decks found, and lookup by name.
public struct DeckCatalog: Sendable {
  /// Every deck found, in name order.
  public var decks: [LoadedDeck]

  /// Creates a catalog; decks are kept in name order.
  public init(decks: [LoadedDeck]) {
    self.decks = decks.sorted { $0.name < $1.name }
  }

  /// The decks that parsed into a deck with cards.
  public var usableDecks: [Deck] {
    decks.compactMap(\.result.deck).filter { !$0.notes.isEmpty }
  }

  /// The deck named `name`: its exact name, its title, or a unique prefix of either, ignoring case.
  public func deck(named name: String) -> Result<Deck, DeckLookupError> {
    Self.deck(named: name, in: usableDecks, files: decks.map(\.name))
  }

  /// The deck of `decks` named `name` (its exact name, its title, or a unique prefix of either,
  /// ignoring case); `files` names every deck file found, usable or not, so that a deck with
  /// errors is told apart from a name that fits nothing.
  public static func deck(named name: String, in decks: [Deck], files: [String] = []) -> Result<Deck, DeckLookupError> {
    let wanted = name.lowercased()
    let exact = decks.filter { $0.name.lowercased() == wanted || $0.title.lowercased() == wanted }
    let candidates =
      exact.isEmpty
      ? decks.filter { $0.name.lowercased().hasPrefix(wanted) || $0.title.lowercased().hasPrefix(wanted) } : exact
    if candidates.count == 1, let only = candidates.first { return .success(only) }
    if candidates.count > 1 { return .failure(.ambiguous(name, matches: candidates.map(\.name))) }
    if files.contains(where: { $0.lowercased() == wanted }) { return .failure(.unusable(name)) }
    let names = decks.map(\.name)
    return .failure(.notFound(name, suggestion: DeckLookupError.suggestion(for: name, among: names), available: names))
  }
}
