/// A rating the learner gives a review, as FSRS numbers them.
public enum Rating: Int, Sendable, Codable, CaseIterable, Comparable {
  /// Forgot.
  case again = 1
  /// Remembered with serious difficulty.
  case hard = 2
  /// Remembered.
  case good = 3
  /// Remembered easily.
  case easy = 4

  public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The rating's name for people: "again", "hard", "good", "easy".
  public var name: String {
    switch self {
    case .again: "again"
    case .hard: "hard"
    case .good: "good"
    case .easy: "easy"
    }
  }
}

/// Where a card stands in the FSRS learning cycle. FSRS has no "new" state: a card that was never
/// reviewed has no `MemoryState` at all.
public enum LearningPhase: Int, Sendable, Codable, CaseIterable {
  /// Being learned in short steps.
  case learning = 1
  /// Graduated: reviewed at intervals of days.
  case review = 2
  /// Forgotten after graduating, being relearned in short steps.
  case relearning = 3
}

/// The memory state of a card that has been reviewed at least once.
public struct MemoryState: Hashable, Sendable, Codable {
  /// The learning phase.
  public var phase: LearningPhase
  /// The learning or relearning step; nil in the review phase.
  public var step: Int?
  /// Stability in days (the interval at which retrievability falls to 90%); nil before the first review.
  public var stability: Double?
  /// Difficulty from 1 to 10; nil before the first review.
  public var difficulty: Double?
  /// When the card is next due.
  public var due: Timestamp
  /// When the card was last reviewed; nil before the first review.
  public var lastReview: Timestamp?

  /// Creates a memory state.
  public init(
    phase: LearningPhase, step: Int?, stability: Double?, difficulty: Double?, due: Timestamp, lastReview: Timestamp?
  ) {
    self.phase = phase
    self.step = step
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
    self.lastReview = lastReview
  }

  /// The state of a card never reviewed: learning, step 0, due at `due`.
  public static func new(due: Timestamp) -> MemoryState {
    MemoryState(phase: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
  }
}
