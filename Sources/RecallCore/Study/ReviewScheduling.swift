/// Computes a card's next memory state from a rating: the seam between study sessions and FSRS.
public protocol ReviewScheduling: Sendable {
  /// The state after rating a card in `state` (nil: new) with `rating` at `time`; `fuzzSeed`
  /// makes interval fuzz reproducible.
  func next(_ state: MemoryState?, rating: Rating, at time: Timestamp, fuzzSeed: UInt64) -> MemoryState

  /// The same for a card of `deck`, for schedulers whose settings differ by deck (by default the
  /// deck makes no difference).
  func next(deck: String, _ state: MemoryState?, rating: Rating, at time: Timestamp, fuzzSeed: UInt64) -> MemoryState
}

extension ReviewScheduling {
  /// By default every deck is scheduled alike.
  public func next(deck: String, _ state: MemoryState?, rating: Rating, at time: Timestamp, fuzzSeed: UInt64)
    -> MemoryState
  {
    next(state, rating: rating, at: time, fuzzSeed: fuzzSeed)
  }

  /// The interval until due, in milliseconds, that each rating would give a card of `deck`.
  public func previewIntervals(deck: String, _ state: MemoryState?, at time: Timestamp, fuzzSeed: UInt64)
    -> [Rating: Int64]
  {
    var result: [Rating: Int64] = [:]
    for rating in Rating.allCases {
      result[rating] = next(deck: deck, state, rating: rating, at: time, fuzzSeed: fuzzSeed).due.milliseconds(
        since: time)
    }
    return result
  }

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

/// FSRS with each deck's own settings (fitted weights, desired retention), the defaults for the rest.
public struct PerDeckScheduler: ReviewScheduling {
  /// The scheduler of each deck with settings of its own.
  public let schedulers: [String: Scheduler]
  /// The scheduler of every other deck.
  public let fallback: Scheduler

  /// Creates a scheduler from each deck's settings.
  public init(settings: [String: DeckScheduling], fallback: Scheduler = Scheduler()) {
    schedulers = settings.mapValues(\.scheduler)
    self.fallback = fallback
  }

  /// The scheduler of `deck`.
  public func scheduler(deck: String) -> Scheduler { schedulers[deck] ?? fallback }

  /// The state after the review, with the default settings (a card of an unknown deck).
  public func next(_ state: MemoryState?, rating: Rating, at time: Timestamp, fuzzSeed: UInt64) -> MemoryState {
    fallback.next(state, rating: rating, at: time, fuzzSeed: fuzzSeed)
  }

  /// The state after the review, with `deck`'s settings.
  public func next(deck: String, _ state: MemoryState?, rating: Rating, at time: Timestamp, fuzzSeed: UInt64)
    -> MemoryState
  {
    scheduler(deck: deck).next(state, rating: rating, at: time, fuzzSeed: fuzzSeed)
  }
}
