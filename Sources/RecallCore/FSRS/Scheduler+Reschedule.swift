/// One rated review of a card's log, as rescheduling needs it.
public struct RatedReview: Hashable, Sendable {
  /// The rating given.
  public var rating: Rating
  /// When it was given.
  public var time: Timestamp

  /// Creates a rated review.
  public init(rating: Rating, time: Timestamp) {
    self.rating = rating
    self.time = time
  }
}

extension Scheduler {
  /// Recomputes a card's memory state from its review log, as if this scheduler had scheduled every
  /// review: how parameter changes and undo take effect. Returns nil for an empty log.
  ///
  /// Reviews are replayed in time order (a stable sort, so reviews at the same instant keep the
  /// log's order), starting from a card never reviewed, as the reference's `reschedule_card` does.
  /// With fuzz enabled, review number `n` (from 0) is fuzzed with `FuzzSeed.make(cardSeed:reviewCount: n)`;
  /// a nil `cardSeed` replays without fuzz.
  public func reschedule(history: [RatedReview], cardSeed: UInt64? = nil) -> MemoryState? {
    let ordered = history.enumerated().sorted { lhs, rhs in
      lhs.element.time != rhs.element.time ? lhs.element.time < rhs.element.time : lhs.offset < rhs.offset
    }
    var state: MemoryState? = nil
    for (count, entry) in ordered.enumerated() {
      let seed = cardSeed.map { FuzzSeed.make(cardSeed: $0, reviewCount: count) }
      state = review(state, rating: entry.element.rating, at: entry.element.time, fuzzSeed: seed).state
    }
    return state
  }

  /// `reschedule(history:cardSeed:)` for a log given as (rating, time) pairs.
  public func reschedule(history: [(Rating, Timestamp)], cardSeed: UInt64? = nil) -> MemoryState? {
    reschedule(history: history.map { RatedReview(rating: $0.0, time: $0.1) }, cardSeed: cardSeed)
  }
}
