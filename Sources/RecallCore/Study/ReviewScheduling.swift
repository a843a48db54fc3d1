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
    FuzzSeed.make(card: card.id, reviewCount: progress.reviews)
  }
}

extension Scheduler: ReviewScheduling {
  /// The FSRS-6 state after the review (see `Scheduler.review`).
  public func next(_ state: MemoryState?, rating: Rating, at time: Timestamp, fuzzSeed: UInt64) -> MemoryState {
    review(state, rating: rating, at: time, fuzzSeed: fuzzSeed).state
  }
}
