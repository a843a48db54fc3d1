import Foundation
import GRDB
import RecallCore

/// A temporary folder removed when the value is released.
final class TemporaryFolder {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("recall-store-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func file(_ name: String) -> String { path + "/" + name }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// A fixed start for test histories: 2026-01-01T00:00:00Z.
let testEpoch = Timestamp(milliseconds: 1_767_225_600_000)

/// A review-phase state due `days` after `time`.
func reviewState(at time: Timestamp, days: Double, stability: Double? = nil) -> MemoryState {
  MemoryState(
    phase: .review, step: nil, stability: stability ?? days, difficulty: 5,
    due: time.adding(milliseconds: Int64(days * Double(Timestamp.day))), lastReview: time)
}

/// A review of `card` at `time`.
func review(
  _ card: CardID, deck: String = "d", at time: Timestamp, _ rating: Rating = .good, before: MemoryState?,
  after: MemoryState, mode: ReviewMode = .study, responseMilliseconds: Int64? = 1_500
) -> ReviewRecord {
  ReviewRecord(
    deck: deck, card: card, time: time, rating: rating, answer: "answer \(card)",
    responseMilliseconds: responseMilliseconds, mode: mode, before: before, after: after)
}

/// Writes at `path` a database as recall wrote it before its first migration (schema 0): the
/// migrations table alone, then `more` statements.
func writeSchemaZeroDatabase(at path: String, pageSize: Int? = nil, more: [String] = []) throws {
  let old = try DatabaseQueue(path: path)
  try old.writeWithoutTransaction { db in
    if let pageSize { try db.execute(sql: "PRAGMA page_size = \(pageSize)") }
    try db.inTransaction {
      try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
      for statement in more { try db.execute(sql: statement) }
      return .commit
    }
  }
  try old.close()
}
