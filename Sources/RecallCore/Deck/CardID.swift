/// The identity of a studyable card, the key its progress is stored under.
///
/// An explicit `id:` line in a deck gives a note its identity; otherwise one is derived from the
/// note's content with case, whitespace and punctuation folded away (see `CardIdentity`). A note
/// that yields several cards (cloze gaps, a reversed question) suffixes its identity per card.
public struct CardID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The identity as text, e.g. `kz-iraq-engineers` or `kz-iraq-engineers#2`.
  public let rawValue: String

  /// Creates an identity from its text.
  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  /// Creates an identity from a string literal.
  public init(stringLiteral value: String) {
    self.rawValue = value
  }

  public var description: String { rawValue }

  /// The identity of the note the card comes from: the id without a cloze gap's `#N` or a reversed
  /// card's `~r` (neither character is allowed in an `id:`), shared by sibling cards.
  public var noteKey: Substring {
    let end = rawValue.firstIndex { $0 == "#" || $0 == "~" } ?? rawValue.endIndex
    return rawValue[..<end]
  }

  public static func < (lhs: CardID, rhs: CardID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The four kinds of card a deck can hold.
public enum CardKind: String, Sendable, Codable, CaseIterable {
  /// A question with an answer.
  case qa
  /// A sentence with a gap to fill.
  case cloze
  /// A prompt answered with several items.
  case list
  /// A prompt with options, exactly one of them correct.
  case mcq

  /// A short name for people: "Q/A", "cloze", "list", "choice".
  public var displayName: String {
    switch self {
    case .qa: "Q/A"
    case .cloze: "cloze"
    case .list: "list"
    case .mcq: "choice"
    }
  }
}
