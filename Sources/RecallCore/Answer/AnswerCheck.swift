/// What `AnswerChecker` made of a typed answer.
public struct AnswerCheck: Hashable, Sendable {
  /// How the answer compares to what was expected, best first.
  public enum Verdict: String, Hashable, Sendable {
    /// Typed exactly as expected (or as an accepted alternative), apart from case and outer spaces.
    case exact
    /// The same answer once case, punctuation, diacritics, articles, quotes and number spelling are
    /// folded away: `the nur-sultan` for `Nur-Sultan`, `thirty` for `30`.
    case equivalent
    /// Right, with small typos within the allowance (`EditDistance.allowedTypos`).
    case typo
    /// A list answer with some items right and some missing or wrong.
    case partial
    /// Wrong.
    case wrong
    /// Nothing was typed.
    case empty
  }

  /// One expected item of a list answer and how it was answered.
  public struct Item: Hashable, Sendable {
    /// The expected item, as the deck writes it.
    public var expected: String
    /// What the learner typed for it, if anything matched.
    public var typed: String?
    /// How the typed item compares (`.wrong` when missing or out of place).
    public var verdict: Verdict

    /// Creates an item result.
    public init(expected: String, typed: String?, verdict: Verdict) {
      self.expected = expected
      self.typed = typed
      self.verdict = verdict
    }
  }

  /// The overall verdict.
  public var verdict: Verdict
  /// The expected answer (or alternative) the typed text was compared with, as the deck writes it.
  public var expected: String
  /// Share of the answer that is right, from 0 to 1 (per item for lists).
  public var credit: Double
  /// Per-item results for list answers; empty otherwise.
  public var items: [Item]
  /// Typed list items that match nothing expected.
  public var extra: [String]

  /// Creates a check result.
  public init(verdict: Verdict, expected: String, credit: Double, items: [Item] = [], extra: [String] = []) {
    self.verdict = verdict
    self.expected = expected
    self.credit = credit
    self.items = items
    self.extra = extra
  }

  /// Whether the answer counts as right (exact, equivalent or with a forgiven typo).
  public var isCorrect: Bool {
    verdict == .exact || verdict == .equivalent || verdict == .typo
  }

  /// The expected list items the learner did not give (or gave out of order in an ordered list).
  public var missing: [String] {
    items.filter { $0.verdict == .wrong }.map(\.expected)
  }
}
