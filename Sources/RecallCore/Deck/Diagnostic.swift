/// A problem found in a deck file, printed like a compiler: `Decks/x.md:12:1: error: ...`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: String, Sendable, Comparable {
    /// The deck cannot be used as written.
    case error
    /// The deck works, but something is likely to hurt later.
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .error && rhs == .warning
    }
  }

  /// The file the problem is in, as the user named it.
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column (in characters).
  public var column: Int
  /// Error or warning.
  public var severity: Severity
  /// What is wrong and how to fix it, lower-case, quoting the user's text.
  public var message: String

  /// Creates a diagnostic.
  public init(file: String, line: Int, column: Int = 1, severity: Severity = .error, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
  }

  /// The diagnostic as one line: `file:line:column: severity: message`.
  public var description: String {
    "\(file):\(line):\(column): \(severity.rawValue): \(message)"
  }
}

/// What parsing a deck file gives: the deck (unless the file is unusable) and every problem found.
public struct DeckParseResult: Sendable {
  /// The deck, with the notes that parsed cleanly; nil when the file could not be read as a deck.
  public var deck: Deck?
  /// Every problem found, in file order.
  public var diagnostics: [Diagnostic]

  /// Creates a result.
  public init(deck: Deck?, diagnostics: [Diagnostic]) {
    self.deck = deck
    self.diagnostics = diagnostics
  }

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
