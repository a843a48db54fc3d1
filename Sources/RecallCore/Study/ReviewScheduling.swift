/// Computes a card's next memory state from a rating: the seam between study sessions and FSRS.
public protocol ReviewScheduling: Sendable {
  /// The state after rating a card in `state` (nil: new) with `rating` at `time`; `fuzzSeed`
  /// makes interval fuzz reproducible.
  func next(_ state: MemoryState?, rating: Rating, at time: Timestamp, fuzzSeed: UInt64) -> MemoryState
}

extension ReviewScheduling {
  /// The interval until due, in milliseconds, that each rating would give.
  public func previewIntervals(_ state: MemoryState?, at time: Timestamp, fuzzSeed: UInt64) -> [Rating: Int64] {
    var result: [Rating: Int64] = [:]
    for rating in Rating.allCases {
      result[rating] = next(state, rating: rating, at: time, fuzzSeed: fuzzSeed).due.milliseconds(since: time)
    }
    return result
  }

}

extension StudyItem {
  /// The fuzz seed of the card's next review: stable per card and review count, so a replayed
  /// session schedules the same intervals.
  public var fuzzSeed: UInt64 {
    StableHash.fnv1a(card.id.rawValue + "#" + String(progress.reviews))
  }
}

/// A fixed-step scheduler: again 1 minute, hard 6 minutes, good 1 day, easy 3 days for a card in
/// learning; for a card in review, again relearns in 10 minutes and the others multiply the last
/// interval by 1.2, 2.5 and 3.5. Stands in where FSRS is not wanted (tests, previews).
public struct FixedStepScheduler: ReviewScheduling {
  /// Creates the scheduler.
  public init() {}

  /// The next state by the fixed steps.
  public func next(_ state: MemoryState?, rating: Rating, at time: Timestamp, fuzzSeed: UInt64) -> MemoryState {
    let minute = Timestamp.minute
    let day = Timestamp.day
    guard let state, state.phase == .review, let last = state.lastReview else {
      let steps: [Rating: (Int64, LearningPhase)] = [
        .again: (minute, .learning), .hard: (6 * minute, .learning), .good: (day, .review), .easy: (3 * day, .review),
      ]
      let (interval, phase) = steps[rating] ?? (day, .review)
      let relearning = state?.phase == .relearning && phase == .learning
      return MemoryState(
        phase: relearning ? .relearning : phase, step: phase == .review ? nil : (state?.step ?? 0) + 1,
        stability: Double(interval) / Double(day), difficulty: 5, due: time.adding(milliseconds: interval),
        lastReview: time)
    }
    let previous = max(day, state.due.milliseconds(since: last))
    let interval: Int64
    switch rating {
    case .again:
      return MemoryState(
        phase: .relearning, step: 0, stability: 1, difficulty: state.difficulty,
        due: time.adding(milliseconds: 10 * minute),
        lastReview: time)
    case .hard: interval = previous * 12 / 10
    case .good: interval = previous * 25 / 10
    case .easy: interval = previous * 35 / 10
    }
    return MemoryState(
      phase: .review, step: nil, stability: Double(interval) / Double(day), difficulty: state.difficulty,
      due: time.adding(milliseconds: interval), lastReview: time)
  }
}

/// Formats an interval for people, as the flip-mode rating line shows it: `1m`, `6m`, `1d`, `3d`,
/// `2mo`, `1.5y`.
public enum IntervalText {
  /// The short text of `milliseconds`.
  public static func short(_ milliseconds: Int64) -> String {
    let seconds = max(0, milliseconds / Timestamp.second)
    if seconds < 60 { return "\(max(1, seconds))s" }
    let minutes = seconds / 60
    if minutes < 60 { return "\(minutes)m" }
    let hours = minutes / 60
    if hours < 24 { return "\(hours)h" }
    let days = hours / 24
    if days < 30 { return "\(days)d" }
    if days < 365 { return "\(days / 30)mo" }
    let tenths = days * 10 / 365
    return tenths % 10 == 0 ? "\(tenths / 10)y" : "\(tenths / 10).\(tenths % 10)y"
  }
}
