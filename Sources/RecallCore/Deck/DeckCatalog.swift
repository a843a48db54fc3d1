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

/// Why a deck name could not be resolved.
public enum DeckLookupError: Error, Equatable, CustomStringConvertible {
  /// No deck has that name; `suggestion` is the closest one, if any is close.
  case notFound(String, suggestion: String?, available: [String])
  /// The name fits several decks.
  case ambiguous(String, matches: [String])
  /// The deck file has errors and holds no usable card.
  case unusable(String)

  public var description: String {
    switch self {
    case .notFound(let name, let suggestion, let available):
      if let suggestion { return "no deck named \"\(name)\"; did you mean \"\(suggestion)\"?" }
      let list = available.isEmpty ? "no decks were found" : "decks: " + available.joined(separator: ", ")
      return "no deck named \"\(name)\" (\(list)); run `recall decks` to list them"
    case .ambiguous(let name, let matches):
      return "\"\(name)\" fits several decks (\(matches.joined(separator: ", "))); type more of the name"
    case .unusable(let name):
      return "deck \"\(name)\" has errors and no usable card; run `recall check` to see them"
    }
  }
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
    let wanted = name.lowercased()
    let decks = usableDecks
    let exact = decks.filter { $0.name.lowercased() == wanted || $0.title.lowercased() == wanted }
    let candidates =
      exact.isEmpty
      ? decks.filter { $0.name.lowercased().hasPrefix(wanted) || $0.title.lowercased().hasPrefix(wanted) } : exact
    if candidates.count == 1, let only = candidates.first { return .success(only) }
    if candidates.count > 1 { return .failure(.ambiguous(name, matches: candidates.map(\.name))) }
    if self.decks.contains(where: { $0.name.lowercased() == wanted }) { return .failure(.unusable(name)) }
    let names = decks.map(\.name)
    let suggestion = names.map { ($0, EditDistance.between(wanted, $0.lowercased())) }
      .filter { $0.1 <= max(2, wanted.count / 3) }
      .min { $0.1 < $1.1 }?.0
    return .failure(.notFound(name, suggestion: suggestion, available: names))
  }
}
