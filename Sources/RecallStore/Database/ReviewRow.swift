import GRDB
import RecallCore

/// Reading and writing review log rows and memory-state columns.
enum ReviewRow {
  /// The review log's columns, in the order `record(from:)` reads them.
  static let columns = """
    id, deck, card, time, rating, answer, response_ms, mode, \
    before_phase, before_step, before_stability, before_difficulty, before_due, before_last_review, \
    after_phase, after_step, after_stability, after_difficulty, after_due, after_last_review
    """

  /// The SQL that sets a card's state, reps and lapses, inserting its row when it has none:
  /// arguments are deck, card, the six `stateValues`, reps and lapses.
  static let upsertStateSQL = """
    INSERT INTO card_state (deck, card, phase, step, stability, difficulty, due, last_review, reps, lapses)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (deck, card) DO UPDATE SET
      phase = excluded.phase, step = excluded.step, stability = excluded.stability,
      difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review,
      reps = excluded.reps, lapses = excluded.lapses
    """

  /// The SQL that deletes a card's state row when it holds nothing (no state, no review, no
  /// flag): arguments are deck and card.
  static let deleteEmptyStateSQL = """
    DELETE FROM card_state WHERE deck = ? AND card = ? AND phase IS NULL AND reps = 0
      AND suspended = 0 AND buried_until IS NULL
    """

  /// The SQL that appends a row (without `id`).
  static let insertSQL = batchInsertSQL(rows: 1)

  /// The number of columns `insertSQL` sets, and of its parameters.
  static let insertColumns = 19

  /// The SQL that appends `rows` rows (without `id`) in one statement, `insertColumns` parameters a row.
  static func batchInsertSQL(rows: Int) -> String {
    let row = "(" + Array(repeating: "?", count: insertColumns).joined(separator: ", ") + ")"
    return """
      INSERT INTO review_log (deck, card, time, rating, answer, response_ms, mode, \
      before_phase, before_step, before_stability, before_difficulty, before_due, before_last_review, \
      after_phase, after_step, after_stability, after_difficulty, after_due, after_last_review) \
      VALUES \(Array(repeating: row, count: max(rows, 1)).joined(separator: ", "))
      """
  }

  /// The values for `insertSQL`.
  static func arguments(_ review: ReviewRecord) -> StatementArguments {
    var values: [(any DatabaseValueConvertible)?] = [
      review.deck, review.card.rawValue, review.time.milliseconds, review.rating.rawValue, review.answer,
      review.responseMilliseconds, review.mode.rawValue,
    ]
    values += stateValues(review.before)
    values += stateValues(review.after)
    return StatementArguments(values)
  }

  /// The six memory-state columns of `state` (all NULL for nil).
  static func stateValues(_ state: MemoryState?) -> [(any DatabaseValueConvertible)?] {
    guard let state else { return [nil, nil, nil, nil, nil, nil] }
    return [
      state.phase.rawValue, state.step, state.stability, state.difficulty, state.due.milliseconds,
      state.lastReview?.milliseconds,
    ]
  }

  /// The memory state in six columns starting at `index`; nil when the phase is NULL or unknown.
  static func state(_ row: Row, at index: Int) -> MemoryState? {
    guard let phaseValue: Int = row[index], let phase = LearningPhase(rawValue: phaseValue),
      let due: Int64 = row[index + 4]
    else { return nil }
    let last: Int64? = row[index + 5]
    return MemoryState(
      phase: phase, step: row[index + 1], stability: row[index + 2], difficulty: row[index + 3],
      due: Timestamp(milliseconds: due), lastReview: last.map(Timestamp.init(milliseconds:)))
  }

  /// A record from a row selected with `columns`, with its id; nil for a row that breaks the schema.
  static func record(from row: Row) -> (id: Int64, record: ReviewRecord)? {
    guard let rating = Rating(rawValue: row[4]), let mode = ReviewMode(rawValue: row[7]),
      let after = state(row, at: 14)
    else { return nil }
    let record = ReviewRecord(
      deck: row[1], card: CardID(row[2] as String), time: Timestamp(milliseconds: row[3]), rating: rating,
      answer: row[5], responseMilliseconds: row[6], mode: mode, before: state(row, at: 8), after: after)
    return (row[0], record)
  }

  /// Whether a review counts as a lapse: a graduated card forgotten in study (a quiz answer
  /// tests the card without counting against it).
  static func isLapse(_ review: ReviewRecord) -> Bool {
    review.mode == .study && review.before?.phase == .review && review.rating == .again
  }
}
