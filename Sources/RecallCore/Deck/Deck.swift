/// A deck: a title, its notes in file order, and the cards they yield.
public struct Deck: Hashable, Sendable {
  /// The deck's name, from its `#` title line.
  public var title: String
  /// Where the deck was read from (a path, or `bundled:NAME`), for diagnostics and listings.
  public var origin: String
  /// The notes in file order.
  public var notes: [Note]

  /// Creates a deck.
  public init(title: String, origin: String = "", notes: [Note] = []) {
    self.title = title
    self.origin = origin
    self.notes = notes
  }

  /// Every card of the deck in note order.
  public var cards: [Card] { notes.flatMap(\.cards) }

  /// The topics in order of first appearance.
  public var topics: [String] {
    var seen = Set<String>()
    var result: [String] = []
    for note in notes {
      if let topic = note.topic, seen.insert(topic).inserted { result.append(topic) }
    }
    return result
  }

  /// A short name for the deck: the file name without folder and `.md`, used on the command line.
  public var name: String {
    var base = origin
    if let slash = base.lastIndex(of: "/") { base = String(base[base.index(after: slash)...]) }
    if base.hasPrefix("bundled:") { base = String(base.dropFirst("bundled:".count)) }
    if base.hasSuffix(".md") { base = String(base.dropLast(3)) }
    return base.isEmpty ? title : base
  }
}
