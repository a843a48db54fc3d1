import GRDB
import RecallCore

/// Works out a card's memory state from its reviews, oldest first.
public struct StateReplayer: Sendable {
  /// The state after `reviews` (never empty, all of one card), oldest first.
  public var replay: @Sendable (_ reviews: [ReviewRecord]) -> MemoryState?

  /// Creates a replayer from a function.
  public init(replay: @escaping @Sendable (_ reviews: [ReviewRecord]) -> MemoryState?) {
    self.replay = replay
  }

  /// The state saved after the last review: the log as it was scheduled.
  public static let latestAfter = StateReplayer { reviews in reviews.last?.after }

  /// Every review that moved the schedule replayed through `scheduler` from a new card, fuzz seeded
  /// by card and review count (`FuzzSeed`), so changed parameters take effect.
  ///
  /// A study review moves the schedule; a quiz review only when it changed the state it saved. When
  /// no review moved it, the last saved state stands.
  public static func rescheduling(with scheduler: Scheduler) -> StateReplayer {
    StateReplayer { reviews in
      let moving = reviews.filter { $0.mode == .study || $0.before != $0.after }
      guard let card = moving.first?.card else { return reviews.last?.after }
      let history = moving.map { RatedReview(rating: $0.rating, time: $0.time) }
      return scheduler.reschedule(history: history, cardSeed: StableHash.fnv1a(card.rawValue))
    }
  }

  /// The same, each deck with its own scheduler.
  public static func rescheduling(with schedulers: PerDeckScheduler) -> StateReplayer {
    StateReplayer { reviews in
      let deck = reviews.first?.deck ?? ""
      return rescheduling(with: schedulers.scheduler(deck: deck)).replay(reviews)
    }
  }
}

extension SQLiteReviewStore {
  /// Recomputes every card's state (by default rescheduling its reviews with standard FSRS
  /// parameters), review count and lapse count from the review log, and the per-day sums;
  /// suspended and buried flags are kept. Returns the number of cards with reviews.
  @discardableResult
  public func rebuild(using replayer: StateReplayer = .rescheduling(with: Scheduler())) throws -> Int {
    try database.write { db in
      try db.execute(
        sql: "UPDATE card_state SET phase = NULL, step = NULL, stability = NULL, difficulty = NULL, "
          + "due = NULL, last_review = NULL, reps = 0, lapses = 0")
      var cards = 0
      var current: [ReviewRecord] = []
      func flush() throws {
        guard let first = current.first else { return }
        var values: [(any DatabaseValueConvertible)?] = [first.deck, first.card.rawValue]
        values += ReviewRow.stateValues(replayer.replay(current))
        values += [current.count, current.filter(ReviewRow.isLapse).count]
        try db.cachedStatement(sql: ReviewRow.upsertStateSQL).execute(arguments: StatementArguments(values))
        cards += 1
        current.removeAll(keepingCapacity: true)
      }
      let rows = try Row.fetchCursor(
        db, sql: "SELECT \(ReviewRow.columns) FROM review_log ORDER BY deck, card, time, id")
      while let row = try rows.next() {
        guard let (_, review) = ReviewRow.record(from: row) else { continue }
        if let first = current.first, first.deck != review.deck || first.card != review.card { try flush() }
        current.append(review)
      }
      try flush()
      try db.execute(
        sql: """
          DELETE FROM card_state WHERE phase IS NULL AND reps = 0 AND suspended = 0 AND buried_until IS NULL;
          DELETE FROM review_activity;
          INSERT INTO review_activity (deck, bucket, reviews, milliseconds)
          SELECT deck, time / \(RecallSchema.bucketMilliseconds), count(*), coalesce(sum(response_ms), 0)
          FROM review_log GROUP BY 1, 2;
          """)
      return cards
    }
  }
}
