/// Turns a checked answer and the time it took into an FSRS rating.
///
/// | answer                                         | rating  |
/// |------------------------------------------------|---------|
/// | wrong or empty                                 | `again` |
/// | right with a typo, partial, or slow            | `hard`  |
/// | right (equivalent, or exact but not fast)      | `good`  |
/// | right, exact and fast                          | `easy`  |
///
/// Time thresholds scale with the length of the expected answer, since typing takes time:
/// fast is at most `fastBase` + `fastPerCharacter` per character (defaults 4 s + 0.15 s), slow is
/// more than `slowBase` + `slowPerCharacter` per character (defaults 20 s + 0.5 s). For `Astana`
/// (6 characters) that is fast up to 4.9 s and slow beyond 23 s. A partial list answer with at
/// least half the items is `hard`, with less than half `again`.
public struct AnswerGrader: Hashable, Sendable {
  /// Milliseconds an answer may take and still be fast, before the per-character allowance.
  public var fastBase: Int64
  /// Extra fast milliseconds per character of the expected answer.
  public var fastPerCharacter: Int64
  /// Milliseconds after which an answer is slow, before the per-character allowance.
  public var slowBase: Int64
  /// Extra slow milliseconds per character of the expected answer.
  public var slowPerCharacter: Int64

  /// Creates a grader with the default thresholds (see the type's summary).
  public init(
    fastBase: Int64 = 4000, fastPerCharacter: Int64 = 150, slowBase: Int64 = 20_000, slowPerCharacter: Int64 = 500
  ) {
    self.fastBase = fastBase
    self.fastPerCharacter = fastPerCharacter
    self.slowBase = slowBase
    self.slowPerCharacter = slowPerCharacter
  }

  /// The most milliseconds an answer of `expected` may take and still be fast.
  public func fastLimit(for expected: String) -> Int64 { fastBase + fastPerCharacter * Int64(expected.count) }

  /// The milliseconds beyond which an answer of `expected` is slow.
  public func slowLimit(for expected: String) -> Int64 { slowBase + slowPerCharacter * Int64(expected.count) }

  /// The rating for `check`, answered in `responseMilliseconds` (nil: time unknown, never fast or slow).
  public func grade(_ check: AnswerCheck, responseMilliseconds: Int64?) -> Rating {
    let fast = responseMilliseconds.map { $0 <= fastLimit(for: check.expected) } ?? false
    let slow = responseMilliseconds.map { $0 > slowLimit(for: check.expected) } ?? false
    switch check.verdict {
    case .wrong, .empty: return .again
    case .partial: return check.credit >= 0.5 ? .hard : .again
    case .typo: return .hard
    case .equivalent: return slow ? .hard : .good
    case .exact: return slow ? .hard : fast ? .easy : .good
    }
  }
}
