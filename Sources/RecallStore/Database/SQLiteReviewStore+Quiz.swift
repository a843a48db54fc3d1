import Foundation
import GRDB
import RecallCore

extension SQLiteReviewStore {
  /// Saves a quiz run and its answers in one transaction; a run with an id replaces the saved one.
  /// Returns the run's id.
  @discardableResult
  public func saveQuizRun(_ run: QuizRunRecord) throws -> Int64 {
    let settings = String(decoding: (try? Self.settingsEncoder.encode(run.settings)) ?? Data("{}".utf8), as: UTF8.self)
    return try database.write { db in
      let values: [(any DatabaseValueConvertible)?] = [
        run.deck, run.topic, run.started.milliseconds, run.ended?.milliseconds, settings, run.score,
        run.questionCount, run.correctCount, run.accuracy,
      ]
      let id: Int64
      if let existing = run.id {
        try db.execute(
          sql: """
            INSERT OR REPLACE INTO quiz_run (id, deck, topic, started, ended, settings, score, question_count,
              correct_count, accuracy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments([existing] + values))
        try db.execute(sql: "DELETE FROM quiz_answer WHERE run = ?", arguments: [existing])
        id = existing
      } else {
        try db.execute(
          sql: """
            INSERT INTO quiz_run (deck, topic, started, ended, settings, score, question_count, correct_count, accuracy)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments(values))
        id = db.lastInsertedRowID
      }
      for answer in run.answers { try insert(answer, run: id, db) }
      return id
    }
  }

  /// Adds one answer to a saved run, committed before returning (for saving a quiz as it goes).
  public func appendQuizAnswer(_ answer: QuizAnswerRecord, run: Int64) throws {
    try database.write { db in try insert(answer, run: run, db) }
  }

  private func insert(_ answer: QuizAnswerRecord, run: Int64, _ db: Database) throws {
    try db.cachedStatement(
      sql: """
        INSERT OR REPLACE INTO quiz_answer (run, position, card, kind, prompt, given, expected, correct, points,
          response_ms, timed_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      run, answer.index, answer.card.rawValue, answer.kind, answer.prompt, answer.given, answer.expected,
      answer.correct, answer.points, answer.responseMilliseconds, answer.timedOut,
    ])
  }

  /// Saved quiz runs of `deck` (all decks when nil), oldest first; with their answers when asked.
  public func quizRuns(deck: String?, includeAnswers: Bool = false) throws -> [QuizRunRecord] {
    try database.read { db in
      let filter = deck == nil ? "" : "WHERE deck = ?"
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT id, deck, topic, started, ended, settings, score, question_count, correct_count
          FROM quiz_run \(filter) ORDER BY started, id
          """, arguments: StatementArguments(deck.map { [$0] } ?? []))
      return try rows.map { row in
        let ended: Int64? = row[4]
        let settingsText: String = row[5]
        let settings = (try? JSONDecoder().decode([String: String].self, from: Data(settingsText.utf8))) ?? [:]
        var run = QuizRunRecord(
          id: row[0], deck: row[1], topic: row[2], started: Timestamp(milliseconds: row[3]),
          ended: ended.map(Timestamp.init(milliseconds:)), settings: settings, score: row[6], questionCount: row[7],
          correctCount: row[8])
        if includeAnswers, let id = run.id { run.answers = try answers(run: id, db) }
        return run
      }
    }
  }

  private func answers(run: Int64, _ db: Database) throws -> [QuizAnswerRecord] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT position, card, kind, prompt, given, expected, correct, points, response_ms, timed_out
        FROM quiz_answer WHERE run = ? ORDER BY position
        """, arguments: [run]
    ).map { row in
      QuizAnswerRecord(
        index: row[0], card: CardID(row[1] as String), kind: row[2], prompt: row[3], given: row[4], expected: row[5],
        correct: row[6], points: row[7], responseMilliseconds: row[8], timedOut: row[9])
    }
  }

  /// Saves a study session; a session with an id updates the saved one. Returns the id.
  @discardableResult
  public func saveStudySession(_ session: StudySessionRecord) throws -> Int64 {
    try database.write { db in
      let values: [(any DatabaseValueConvertible)?] = [
        session.deck, session.started.milliseconds, session.ended?.milliseconds, session.reviewed,
        session.newCards, session.again, session.hard, session.good, session.easy,
      ]
      if let id = session.id {
        try db.execute(
          sql: """
            INSERT OR REPLACE INTO study_session (id, deck, started, ended, reviewed, new_cards, again, hard, good, easy)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments([id] + values))
        return id
      }
      try db.execute(
        sql: """
          INSERT INTO study_session (deck, started, ended, reviewed, new_cards, again, hard, good, easy)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, arguments: StatementArguments(values))
      return db.lastInsertedRowID
    }
  }

  /// Saved study sessions of `deck` (all decks when nil), oldest first.
  public func studySessions(deck: String?) throws -> [StudySessionRecord] {
    try database.read { db in
      let filter = deck == nil ? "" : "WHERE deck = ?"
      return try Row.fetchAll(
        db,
        sql: """
          SELECT id, deck, started, ended, reviewed, new_cards, again, hard, good, easy
          FROM study_session \(filter) ORDER BY started, id
          """, arguments: StatementArguments(deck.map { [$0] } ?? [])
      ).map { row in
        let ended: Int64? = row[3]
        return StudySessionRecord(
          id: row[0], deck: row[1], started: Timestamp(milliseconds: row[2]),
          ended: ended.map(Timestamp.init(milliseconds:)), reviewed: row[4], newCards: row[5], again: row[6],
          hard: row[7], good: row[8], easy: row[9])
      }
    }
  }

  private static var settingsEncoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return encoder
  }
}

/// The SQLite store keeps quiz runs with the signatures the quiz asks for.
extension SQLiteReviewStore: QuizRunStore {}
