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

  /// The one line to say before studying or quizzing `studied` when some of them have errors:
  /// their faulty cards are left out, and `check` shows why; nil when none has an error.
  public func faultyCardsNote(for studied: [Deck], on surface: CommandSurface) -> String? {
    let names = Set(studied.map(\.name))
    let faulty = decks.filter { names.contains($0.name) && $0.result.diagnostics.contains { $0.severity == .error } }
    guard let first = faulty.first else { return nil }
    if faulty.count == 1 {
      return "deck \"\(first.name)\" has errors, so its faulty cards are left out; \(surface.run("check")) to see them"
    }
    return "\(faulty.count) decks have errors, so their faulty cards are left out; \(surface.run("check")) to see them"
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

  /// The deck name `name` stands for where saved records (reviews, quiz runs) may outlive their
  /// deck file: exactly the name of one of `decks` or of `recorded`, else a deck of `decks` by
  /// name, title or unique prefix (as `deck(named:in:files:)` finds it). A name that fits
  /// nothing gets a suggestion among both.
  public static func deckName(_ name: String, decks: [Deck], files: [String] = [], recorded: [String])
    -> Result<String, DeckLookupError>
  {
    if decks.contains(where: { $0.name == name }) || recorded.contains(name) { return .success(name) }
    switch deck(named: name, in: decks, files: files) {
    case .success(let deck): return .success(deck.name)
    case .failure(.notFound):
      let known = Set(decks.map(\.name)).union(recorded).sorted()
      return .failure(
        .notFound(name, suggestion: DeckLookupError.suggestion(for: name, among: known), available: known))
    case .failure(let error): return .failure(error)
    }
  }
}
