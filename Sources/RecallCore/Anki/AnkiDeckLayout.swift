import Foundation

/// How Anki's deck tree becomes Recall decks: subdecks as `##` topics of one deck, or one deck
/// file per Anki deck.
public enum AnkiDeckLayout: String, Sendable, CaseIterable {
  /// One deck; each subdeck below the top deck is a topic (`Spanish::Verbs` → `## Verbs`).
  case topics
  /// One deck file per Anki deck, named after its full name (`spanish-verbs.md`).
  case files

  /// A deck to write: its file name without `.md` and the deck.
  public struct Output: Hashable, Sendable {
    /// The file name without `.md`, which is also the deck's name in the progress database.
    public var name: String
    /// The deck.
    public var deck: Deck
  }

  /// The decks for `placed` notes. `name` names the single deck of the topic layout (default:
  /// the top deck's name made a file name); `fallbackTitle` titles a package with several top decks.
  public func decks(_ placed: [AnkiNoteMapper.Placed], name: String?, fallbackTitle: String) -> [Output] {
    switch self {
    case .topics:
      let roots = Set(placed.map { Self.components($0.deck).first ?? "" })
      let root = roots.count == 1 ? roots.first : nil
      let title = root.flatMap { $0.isEmpty ? nil : $0 } ?? fallbackTitle
      var notes = placed.map { entry -> Note in
        var note = entry.note
        let parts = Self.components(entry.deck)
        let topicParts = root == nil ? parts : Array(parts.dropFirst())
        note.topic = topicParts.isEmpty ? nil : topicParts.joined(separator: "::")
        return note
      }
      notes = Self.grouped(notes)
      return [Output(name: name ?? Self.fileName(title), deck: Deck(title: title, notes: notes))]
    case .files:
      var byDeck: [String: [Note]] = [:]
      for entry in placed { byDeck[entry.deck, default: []].append(entry.note) }
      return byDeck.keys.sorted().map { deckName in
        let title = Self.components(deckName).joined(separator: "::")
        return Output(name: Self.fileName(title), deck: Deck(title: title, notes: byDeck[deckName] ?? []))
      }
    }
  }

  /// Notes without a topic first, then each topic's notes together, topics in name order; the
  /// order within a topic is kept. (A deck file's topic runs until the next heading.)
  static func grouped(_ notes: [Note]) -> [Note] {
    let untopical = notes.filter { $0.topic == nil }
    var byTopic: [String: [Note]] = [:]
    for note in notes { if let topic = note.topic { byTopic[topic, default: []].append(note) } }
    return untopical + byTopic.keys.sorted().flatMap { byTopic[$0] ?? [] }
  }

  /// The components of an Anki deck name (`A::B`, or `A\u{1f}B` as the newest schema keeps it).
  public static func components(_ deck: String) -> [String] {
    deck.replacingOccurrences(of: "\u{1f}", with: "::").components(separatedBy: "::")
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// A file name for a deck title: lower-case letters and digits, other runs become `-`.
  public static func fileName(_ title: String) -> String {
    var result = ""
    var dash = false
    for character in title.lowercased() {
      if character.isLetter || character.isNumber {
        if dash && !result.isEmpty { result += "-" }
        result.append(character)
        dash = false
      } else {
        dash = true
      }
    }
    return result.isEmpty ? "anki" : String(result.prefix(80))
  }
}
