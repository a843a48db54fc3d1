import GRDB
import RecallCore

extension SQLiteReviewStore {
  /// The review activity of `decks` for statistics, summed with queries so that a long log is not
  /// read row by row: per-day sums come from the 15-minute `review_activity` buckets, and only the
  /// reviews at or after `recentSince` are read one by one.
  ///
  /// When `cards` is given (statistics of one topic), only those cards' reviews count, and the
  /// log of each deck is read in full.
  public func activity(
    decks: [String], calendar: StudyCalendar, recentSince: Timestamp, cards: [String: Set<CardID>]? = nil
  ) throws -> ReviewActivity {
    if let cards { return try activity(decks: decks, calendar: calendar, recentSince: recentSince, only: cards) }
    return try database.read { db in
      var days: [Int64: DayActivity] = [:]
      var recent: [ReviewEvent] = []
      for deck in decks {
        let sums = try Row.fetchCursor(
          db,
          sql: """
            SELECT (bucket * \(RecallSchema.bucketMilliseconds) + ?) / \(Timestamp.day) AS day,
              sum(reviews), sum(milliseconds)
            FROM review_activity WHERE deck = ? GROUP BY day
            """, arguments: [calendar.shiftMilliseconds + 1_000 * Timestamp.day * 365, deck])
        // The shift keeps the dividend positive (SQLite's division truncates toward zero).
        let bias = 1_000 * 365 as Int64
        while let row = try sums.next() {
          let day = (row[0] as Int64) - bias
          days[day, default: DayActivity()].reviews += row[1] as Int
          days[day, default: DayActivity()].milliseconds += row[2] as Int64
        }
        let events = try Row.fetchCursor(
          db,
          sql: """
            SELECT time, rating, before_phase, before_due, before_last_review, before_stability
            FROM review_log WHERE deck = ? AND time >= ?
            """, arguments: [deck, recentSince.milliseconds])
        while let row = try events.next() {
          guard let rating = Rating(rawValue: row[1]) else { continue }
          recent.append(ReviewEvent(time: Timestamp(milliseconds: row[0]), rating: rating, mature: Self.mature(row)))
        }
      }
      return ReviewActivity(days: days, recent: recent.sorted { $0.time < $1.time })
    }
  }

  private func activity(
    decks: [String], calendar: StudyCalendar, recentSince: Timestamp, only cards: [String: Set<CardID>]
  ) throws -> ReviewActivity {
    try database.read { db in
      var days: [Int64: DayActivity] = [:]
      var recent: [ReviewEvent] = []
      for deck in decks {
        let wanted = cards[deck] ?? []
        guard !wanted.isEmpty else { continue }
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT card, time, rating, response_ms, before_phase, before_step, before_stability, before_difficulty,
              before_due, before_last_review
            FROM review_log WHERE deck = ?
            """, arguments: [deck])
        while let row = try rows.next() {
          guard wanted.contains(CardID(row[0] as String)), let rating = Rating(rawValue: row[2]) else { continue }
          let time = Timestamp(milliseconds: row[1])
          let day = calendar.day(of: time)
          days[day, default: DayActivity()].reviews += 1
          days[day, default: DayActivity()].milliseconds += (row[3] as Int64?) ?? 0
          if time >= recentSince {
            recent.append(
              ReviewEvent(
                time: time, rating: rating, mature: ReviewActivity.isMature(before: ReviewRow.state(row, at: 4))))
          }
        }
      }
      return ReviewActivity(days: days, recent: recent.sorted { $0.time < $1.time })
    }
  }

  /// Whether the `before` state in columns 2 to 5 (phase, due, last review, stability) is mature.
  private static func mature(_ row: Row) -> Bool {
    guard let phase: Int = row[2], let due: Int64 = row[3] else { return false }
    let last: Int64? = row[4]
    let state = MemoryState(
      phase: LearningPhase(rawValue: phase) ?? .learning, step: nil, stability: row[5], difficulty: nil,
      due: Timestamp(milliseconds: due), lastReview: last.map(Timestamp.init(milliseconds:)))
    return ReviewActivity.isMature(before: state)
  }

  /// The card due first among the reviewed cards of `deck` (all decks when nil) that are due at
  /// `now`, not suspended and not buried: `(deck, card, due)`, or nil when nothing is due.
  public func firstDue(deck: String?, now: Timestamp) throws -> (deck: String, card: CardID, due: Timestamp)? {
    try database.read { db in
      let deckFilter = deck == nil ? "" : "deck = ? AND"
      var arguments: [(any DatabaseValueConvertible)?] = deck.map { [$0] } ?? []
      arguments += [now.milliseconds, now.milliseconds]
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT deck, card, due FROM card_state
            WHERE \(deckFilter) due <= ? AND suspended = 0 AND (buried_until IS NULL OR buried_until <= ?)
            ORDER BY due LIMIT 1
            """, arguments: StatementArguments(arguments))
      else { return nil }
      return (row[0], CardID(row[1] as String), Timestamp(milliseconds: row[2]))
    }
  }
}

extension SQLiteReviewStore: StatisticsSource {}
