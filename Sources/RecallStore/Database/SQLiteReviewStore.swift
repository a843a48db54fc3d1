import GRDB
import RecallCore

/// The review store on SQLite: every write is one transaction, committed before the call returns.
public final class SQLiteReviewStore: ReviewStore, Sendable {
  /// The database written to.
  public let database: RecallDatabase

  /// Creates a store on an open database.
  public init(database: RecallDatabase) {
    self.database = database
  }

  /// The progress of every card of `deck` that has any.
  public func progress(deck: String) throws -> [CardID: CardProgress] {
    let list = try orderedProgress(deck: deck)
    var result: [CardID: CardProgress] = [:]
    result.reserveCapacity(list.count)
    for (card, progress) in list { result[card] = progress }
    return result
  }

  /// The progress of every card of `deck` that has any, in card order.
  public func orderedProgress(deck: String) throws -> [(card: CardID, progress: CardProgress)] {
    try database.read { db in
      var result: [(card: CardID, progress: CardProgress)] = []
      let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM card_state WHERE deck = ?", arguments: [deck])
      result.reserveCapacity(count ?? 0)
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT card, phase, step, stability, difficulty, due, last_review, reps, lapses, suspended, buried_until
          FROM card_state WHERE deck = ? ORDER BY card
          """, arguments: [deck])
      while let row = try rows.next() {
        let buried: Int64? = row[10]
        let progress = CardProgress(
          memory: ReviewRow.state(row, at: 1), reviews: row[7], lapses: row[8], suspended: row[9],
          buriedUntil: buried.map(Timestamp.init(milliseconds:)))
        result.append((CardID(row[0] as String), progress))
      }
      return result
    }
  }

  /// Appends `review` to the log and sets the card's state to `review.after`, in one transaction.
  public func record(_ review: ReviewRecord) throws {
    try database.write { db in
      try db.cachedStatement(sql: ReviewRow.insertSQL).execute(arguments: ReviewRow.arguments(review))
      var values: [(any DatabaseValueConvertible)?] = [review.deck, review.card.rawValue]
      values += ReviewRow.stateValues(review.after)
      values.append(ReviewRow.isLapse(review) ? 1 : 0)
      try db.cachedStatement(
        sql: """
          INSERT INTO card_state (deck, card, phase, step, stability, difficulty, due, last_review, reps, lapses)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
          ON CONFLICT (deck, card) DO UPDATE SET
            phase = excluded.phase, step = excluded.step, stability = excluded.stability,
            difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review,
            reps = reps + 1, lapses = lapses + excluded.lapses
          """
      ).execute(arguments: StatementArguments(values))
    }
  }

  /// Removes the last study review of `deck` and restores the card's state before it.
  public func undoLastReview(deck: String) throws -> ReviewRecord? {
    try database.write { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: "SELECT \(ReviewRow.columns) FROM review_log WHERE deck = ? AND mode = 'study' ORDER BY id DESC LIMIT 1",
          arguments: [deck]),
        let (id, review) = ReviewRow.record(from: row)
      else { return nil }
      try db.execute(sql: "DELETE FROM review_log WHERE id = ?", arguments: [id])
      try restore(db, deck: deck, card: review.card, state: review.before)
      return review
    }
  }

  /// Sets a card's memory state, recounting its reviews and lapses from the log; a card left with
  /// no state, no review and no flag loses its row (it is new again).
  func restore(_ db: Database, deck: String, card: CardID, state: MemoryState?) throws {
    let counts = try Row.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT count(*), coalesce(sum(mode = 'study' AND before_phase = 2 AND rating = 1), 0)
          FROM review_log WHERE deck = ? AND card = ?
          """), arguments: [deck, card.rawValue])
    let reviews: Int = counts?[0] ?? 0
    let lapses: Int = counts?[1] ?? 0
    var values: [(any DatabaseValueConvertible)?] = [deck, card.rawValue]
    values += ReviewRow.stateValues(state)
    values += [reviews, lapses]
    try db.cachedStatement(sql: ReviewRow.upsertStateSQL).execute(arguments: StatementArguments(values))
    try db.cachedStatement(sql: ReviewRow.deleteEmptyStateSQL).execute(arguments: [deck, card.rawValue])
  }

  /// Hides a card until `until`.
  public func bury(deck: String, card: CardID, until: Timestamp) throws {
    try database.write { db in
      try db.execute(
        sql: """
          INSERT INTO card_state (deck, card, buried_until) VALUES (?, ?, ?)
          ON CONFLICT (deck, card) DO UPDATE SET buried_until = excluded.buried_until
          """, arguments: [deck, card.rawValue, until.milliseconds])
    }
  }

  /// Suspends (true) or resumes (false) a card.
  public func setSuspended(deck: String, card: CardID, _ suspended: Bool) throws {
    try database.write { db in
      try db.execute(
        sql: """
          INSERT INTO card_state (deck, card, suspended) VALUES (?, ?, ?)
          ON CONFLICT (deck, card) DO UPDATE SET suspended = excluded.suspended
          """, arguments: [deck, card.rawValue, suspended])
      try db.execute(
        sql: """
          DELETE FROM card_state WHERE deck = ? AND card = ? AND phase IS NULL AND reps = 0
            AND suspended = 0 AND buried_until IS NULL
          """, arguments: [deck, card.rawValue])
    }
  }

  /// The review log of `deck` (all decks when nil), oldest first.
  public func reviewLog(deck: String?) throws -> [ReviewRecord] {
    var result: [ReviewRecord] = []
    try forEachReview(deck: deck) { result.append($0.record) }
    return result
  }

  /// Calls `body` with every review of `deck` (all decks when nil) in log order, without holding the
  /// whole log in memory.
  public func forEachReview(deck: String?, _ body: ((id: Int64, record: ReviewRecord)) throws -> Void) throws {
    try database.read { db in
      let filter = deck == nil ? "" : "WHERE deck = ?"
      let rows = try Row.fetchCursor(
        db, sql: "SELECT \(ReviewRow.columns) FROM review_log \(filter) ORDER BY time, id",
        arguments: StatementArguments(deck.map { [$0] } ?? []))
      while let row = try rows.next() {
        if let entry = ReviewRow.record(from: row) { try body(entry) }
      }
    }
  }

  /// The names of decks with any progress or review, sorted.
  public func knownDecks() throws -> [String] {
    try database.read { db in
      // Step from one deck name to the next through the primary keys, rather than scanning every row.
      var decks = Set<String>()
      for table in ["card_state", "review_activity"] {
        var next = try String.fetchOne(db, sql: "SELECT min(deck) FROM \(table)")
        while let deck = next {
          decks.insert(deck)
          next = try String.fetchOne(db, sql: "SELECT min(deck) FROM \(table) WHERE deck > ?", arguments: [deck])
        }
      }
      return decks.sorted()
    }
  }
}
