/// Which cards a quiz prefers.
public enum QuizFocus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Cards with low retrievability and past misses first.
  case weak
  /// Cards never studied.
  case new
  /// Any card.
  case all
}

/// What is known about a card when choosing quiz questions: its predicted recall now and how often
/// it was missed before (in study or in quizzes).
public struct QuizCardHistory: Hashable, Sendable {
  /// The probability of recalling the card now (FSRS retrievability), nil for a card never studied.
  public var retrievability: Double?
  /// How many times the card was answered wrongly (study lapses and quiz misses).
  public var misses: Int
  /// How many times the card was studied.
  public var reviews: Int

  /// Creates a card history.
  public init(retrievability: Double? = nil, misses: Int = 0, reviews: Int = 0) {
    self.retrievability = retrievability
    self.misses = misses
    self.reviews = reviews
  }

  /// Whether the card was never studied.
  public var isNew: Bool { reviews == 0 && retrievability == nil }
}

/// The choices that shape a quiz: how many questions, of which kinds, on which cards.
public struct QuizRequest: Hashable, Sendable {
  /// The number of questions wanted (fewer when the deck has fewer cards).
  public var count: Int
  /// The kinds of question allowed; a card is asked in one of those that suit it.
  public var kinds: Set<QuizQuestionKind>
  /// Which cards are preferred.
  public var focus: QuizFocus
  /// Only cards under this topic (matched without case), when set.
  public var topic: String?
  /// The seed of every random choice: equal seeds give equal quizzes.
  public var seed: UInt64

  /// Creates a request.
  public init(
    count: Int = 10, kinds: Set<QuizQuestionKind> = Set(QuizQuestionKind.allCases), focus: QuizFocus = .all,
    topic: String? = nil, seed: UInt64 = 0
  ) {
    self.count = count
    self.kinds = kinds
    self.focus = focus
    self.topic = topic
    self.seed = seed
  }
}
