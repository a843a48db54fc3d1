import Foundation
import GRDB
import RecallCore

extension SQLiteReviewStore {
  /// The FSRS settings of `deck` (the defaults when none were saved). Stored weights that are not
  /// 21 numbers within bounds are ignored, so a damaged row never schedules with bad weights.
  public func scheduling(deck: String) throws -> DeckScheduling {
    try database.read { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT weights, fitted_at, fitted_reviews, desired_retention FROM deck_scheduling WHERE deck = ?",
          arguments: [deck])
      else { return .standard }
      return Self.scheduling(from: row)
    }
  }

  /// The FSRS settings of every deck that has any, by deck.
  public func allScheduling() throws -> [String: DeckScheduling] {
    try database.read { db in
      var result: [String: DeckScheduling] = [:]
      let rows = try Row.fetchCursor(
        db, sql: "SELECT weights, fitted_at, fitted_reviews, desired_retention, deck FROM deck_scheduling")
      while let row = try rows.next() { result[row[4]] = Self.scheduling(from: row) }
      return result
    }
  }

  /// Saves fitted weights for `deck`, keeping its desired retention; throws when they are out of bounds.
  public func saveWeights(_ weights: [Double], deck: String, fittedAt: Timestamp, reviews: Int) throws {
    _ = try SchedulerParameters(weights: weights)
    let text = "[" + weights.map { "\($0)" }.joined(separator: ",") + "]"
    try database.write { db in
      try db.execute(
        sql: """
          INSERT INTO deck_scheduling (deck, weights, fitted_at, fitted_reviews) VALUES (?, ?, ?, ?)
          ON CONFLICT (deck) DO UPDATE SET
            weights = excluded.weights, fitted_at = excluded.fitted_at, fitted_reviews = excluded.fitted_reviews
          """, arguments: [deck, text, fittedAt.milliseconds, reviews])
    }
  }

  /// Forgets the fitted weights of `deck`: it goes back to the default weights.
  public func clearWeights(deck: String) throws {
    try database.write { db in
      try db.execute(
        sql: "UPDATE deck_scheduling SET weights = NULL, fitted_at = NULL, fitted_reviews = NULL WHERE deck = ?",
        arguments: [deck])
    }
  }

  /// Saves the desired retention of `deck` (nil for the default 0.9); throws when it is not in (0, 1].
  public func saveDesiredRetention(_ retention: Double?, deck: String) throws {
    if let retention { _ = try SchedulerParameters(desiredRetention: retention) }
    try database.write { db in
      try db.execute(
        sql: """
          INSERT INTO deck_scheduling (deck, desired_retention) VALUES (?, ?)
          ON CONFLICT (deck) DO UPDATE SET desired_retention = excluded.desired_retention
          """, arguments: [deck, retention])
    }
  }

  /// Every card's scheduling reviews of `deck` (all decks when nil), oldest first: study reviews, and
  /// quiz reviews that changed the card's state (the reviews a rebuild replays). Each card's list
  /// keeps the order of the log.
  public func trainingHistories(deck: String?) throws -> [[TimedRating]] {
    try database.read { db in
      let filter = deck == nil ? "" : "WHERE deck = ?"
      let rows = try Row.fetchCursor(
        db, sql: "SELECT \(ReviewRow.columns) FROM review_log \(filter) ORDER BY deck, card, time, id",
        arguments: StatementArguments(deck.map { [$0] } ?? []))
      var histories: [[TimedRating]] = []
      var current: [TimedRating] = []
      var key: (String, CardID)?
      while let row = try rows.next() {
        guard let (_, review) = ReviewRow.record(from: row) else { continue }
        guard review.mode == .study || review.before != review.after else { continue }
        if let key, key.0 != review.deck || key.1 != review.card {
          histories.append(current)
          current.removeAll(keepingCapacity: true)
        }
        key = (review.deck, review.card)
        current.append(TimedRating(time: review.time, rating: review.rating))
      }
      if !current.isEmpty { histories.append(current) }
      return histories
    }
  }

  private static func scheduling(from row: Row) -> DeckScheduling {
    var result = DeckScheduling()
    if let text: String = row[0], let data = text.data(using: .utf8),
      let weights = try? JSONDecoder().decode([Double].self, from: data),
      (try? SchedulerParameters(weights: weights)) != nil
    {
      result.weights = weights
      result.fittedAt = (row[1] as Int64?).map(Timestamp.init(milliseconds:))
      result.fittedReviews = row[2]
    }
    if let retention: Double = row[3], (try? SchedulerParameters(desiredRetention: retention)) != nil {
      result.desiredRetention = retention
    }
    return result
  }
}
