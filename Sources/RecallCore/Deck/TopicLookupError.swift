/// A `--topic` that names no topic of the deck (or decks) at hand. Its text is written here once
/// for `study`, `quiz`, `stats` and `show`, on the command line and in the REPL alike.
public struct TopicLookupError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The topic asked for.
  public var topic: String
  /// The topics there are, in deck order.
  public var known: [String]
  /// The deck searched, when there was one.
  public var deck: String?

  /// Creates the error for `topic` among `known` topics (of `deck`, when one deck was searched).
  public init(topic: String, known: [String], deck: String? = nil) {
    self.topic = topic
    self.known = known
    self.deck = deck
  }

  /// Nil when `topic` is one of `known` (ignoring case), else the error saying so.
  public static func check(_ topic: String, known: [String], deck: String? = nil) -> TopicLookupError? {
    known.contains { $0.lowercased() == topic.lowercased() }
      ? nil : TopicLookupError(topic: topic, known: known, deck: deck)
  }

  /// The known topic closest to the one asked for, when it is close enough to be a typo.
  public var suggestion: String? { DeckLookupError.suggestion(for: topic, among: known) }

  /// `no topic "Capitls" in deck "geo"; did you mean "Capitals"? (topics: Capitals, Rivers)`.
  public var description: String {
    let place = deck.map { " in deck \"\($0)\"" } ?? " in the decks"
    guard !known.isEmpty else {
      return "no topic \"\(topic)\"\(place): it has no topics (## headings); leave out --topic"
    }
    var text = "no topic \"\(topic)\"\(place)"
    if let suggestion { text += "; did you mean \"\(suggestion)\"?" }
    // A generated deck may have dozens of topics: the first ones say enough.
    let listed = known.prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : "")
    return text + " (topics: " + listed + ")"
  }
}
