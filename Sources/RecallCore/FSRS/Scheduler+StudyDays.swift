/// Memory states counted in study days, the way Anki computes a card's FSRS memory state from its
/// review log: the time between two reviews is the number of day boundaries (the rollover hour)
/// between them, not whole 24-hour periods.
extension Scheduler {
  /// The stability and difficulty after a review rated `rating`, `elapsedDays` study days after
  /// the previous review of a card in `previous` (nil for a first review). Same-day reviews use
  /// short-term stability, as everywhere in FSRS-6.
  public func memoryStep(_ previous: MemoryValues?, rating: Rating, elapsedDays: Int64) -> MemoryValues {
    let grade = rating.rawValue
    guard let previous else {
      return MemoryValues(stability: initialStability[grade], difficulty: initialDifficulty[grade])
    }
    let stability: Double
    if elapsedDays < 1 {
      stability = shortTermStability(previous.stability, grade: grade)
    } else {
      let recall = retrievability(stability: previous.stability, elapsedDays: elapsedDays)
      stability = nextStability(
        difficulty: previous.difficulty, stability: previous.stability, retrievability: recall, grade: grade)
    }
    return MemoryValues(stability: stability, difficulty: nextDifficulty(previous.difficulty, grade: grade))
  }
}

/// A card's FSRS memory: stability in days and difficulty from 1 to 10.
public struct MemoryValues: Hashable, Sendable {
  /// Stability in days.
  public var stability: Double
  /// Difficulty from 1 to 10.
  public var difficulty: Double

  /// Creates memory values.
  public init(stability: Double, difficulty: Double) {
    self.stability = stability
    self.difficulty = difficulty
  }
}
