/// Where a message is read, so that it names the command to type next the way it is typed there:
/// `recall decks` in a shell, `decks` at the REPL's prompt.
public enum CommandSurface: Hashable, Sendable {
  /// The shell: commands are `recall NAME`.
  case commandLine
  /// The REPL: commands are typed by name.
  case repl

  /// How to ask for the command `name` (`decks`, `check`): "run `recall decks`" or "type decks".
  public func run(_ name: String) -> String {
    switch self {
    case .commandLine: "run `recall \(name)`"
    case .repl: "type \(name)"
    }
  }

  /// The command `words` as typed here: `recall resume kz` on the command line, `resume kz` in the REPL.
  public func typed(_ words: String) -> String {
    self == .commandLine ? "recall " + words : words
  }
}

/// Why a deck name could not be resolved. Its text is written here, once, for the command line
/// and the REPL alike; only the command it suggests differs (`CommandSurface`).
public enum DeckLookupError: Error, Equatable, CustomStringConvertible {
  /// No deck has that name; `suggestion` is the closest one, if any is close.
  case notFound(String, suggestion: String?, available: [String])
  /// The name fits several decks.
  case ambiguous(String, matches: [String])
  /// The deck file holds no usable card (it has none, or only faulty ones).
  case unusable(String)
  /// No deck with a usable card was found at all, in the place named.
  case noUsableDeck(in: String)

  /// The message as read on the command line.
  public var description: String { message(on: .commandLine) }

  /// The message as read on `surface`: lower-case, the name in double quotes, "did you mean"
  /// when a deck's name is close, and what to do next.
  public func message(on surface: CommandSurface) -> String {
    switch self {
    case .notFound(let name, let suggestion, let available):
      if let suggestion {
        return "no deck named \"\(name)\"; did you mean \"\(suggestion)\"? \(surface.run("decks")) to list them"
      }
      let list = available.isEmpty ? "no decks were found" : "decks: " + available.joined(separator: ", ")
      return "no deck named \"\(name)\" (\(list)); \(surface.run("decks")) to list them"
    case .ambiguous(let name, let matches):
      return "\"\(name)\" fits several decks (\(matches.joined(separator: ", "))); type more of the name"
    case .unusable(let name):
      return "deck \"\(name)\" has no usable cards; \(surface.run("check")) to see why"
    case .noUsableDeck(let place):
      return "no usable deck in \(place); \(surface.run("check")) to see why"
    }
  }

  /// The name of `names` closest to `name` (ignoring case), when it is close enough to be a typo:
  /// at most a third of the name's letters (and at least 2) differ; or, for a name of 4 letters
  /// or more, it is a mistyped start of one (`centrl` for `central-asia`, as names may be
  /// shortened to a prefix), with at most a quarter of its letters (and at least 1) wrong.
  public static func suggestion(for name: String, among names: [String]) -> String? {
    let wanted = name.lowercased()
    let scored = names.compactMap { candidate -> (String, Int)? in
      let lower = candidate.lowercased()
      let whole = EditDistance.between(wanted, lower)
      if whole <= max(2, wanted.count / 3) { return (candidate, whole) }
      guard wanted.count >= 4, lower.count > wanted.count else { return nil }
      let start = EditDistance.between(wanted, String(lower.prefix(wanted.count)))
      return start <= max(1, wanted.count / 4) ? (candidate, start) : nil
    }
    return scored.min { $0.1 < $1.1 }?.0
  }
}
