import Foundation
import GRDB
import RecallCore
import RecallStore
import Testing

/// A process that keeps the database open (as the REPL does) while other `recall` processes use
/// the same file: nothing it saves is lost, the other processes see it, and the file stays sound.
@Suite struct SharedDatabaseTests {
  private func record(_ answer: String, card: String, in store: SQLiteReviewStore, at seconds: Int64) throws {
    let time = Timestamp(milliseconds: 1_767_225_600_000 + seconds * 1_000)
    let after = MemoryState(
      phase: .review, step: nil, stability: 3, difficulty: 5, due: time.adding(milliseconds: Timestamp.day),
      lastReview: time)
    try store.record(
      ReviewRecord(
        deck: "shared", card: CardID(card), time: time, rating: .good, answer: answer, responseMilliseconds: 900,
        before: nil, after: after))
  }

  /// The REPL opened the database again for each `stats`; closing that second look at the file
  /// dropped the process's locks, so a `recall stats` elsewhere deleted the write-ahead log the
  /// REPL was still writing to.
  @Test func aSecondOpenInTheSameProcessKeepsTheOtherProcessesOut() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    let store = SQLiteReviewStore(database: try RecallDatabase.open(path: path))
    try record("first", card: "a", in: store, at: 0)
    do {
      // What `stats` in the REPL did: open the same file again, use it, let it go.
      let again = SQLiteReviewStore(database: try RecallDatabase.open(path: path))
      _ = try again.progress(deck: "shared")
    }
    let stats = try ChildRecall.run(["stats", "--db", path])
    #expect(stats.status == 0, "\(stats.error)")
    #expect(FileManager.default.fileExists(atPath: path + "-wal"), "the other process removed the open WAL")
    try record("second", card: "b", in: store, at: 1)
    let log = try ChildRecall.run(["export-log", "--db", path])
    #expect(log.status == 0, "\(log.error)")
    #expect(log.output.contains(",second,"), "an acknowledged answer is not seen by another process")
    let check = try ChildRecall.run(["db", "check", "--db", path])
    #expect(check.status == 0, "\(check.error)")
  }
}
