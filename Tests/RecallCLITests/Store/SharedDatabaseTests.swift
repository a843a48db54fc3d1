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

/// A writer waits for another process's write instead of failing with "locked".
@Suite struct BusyDatabaseTests {
  @Test func aWriterWaitsForAnotherProcesssWrite() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    try RecallDatabase.open(path: path).close()
    let holder = try DatabaseQueue(path: path)
    defer { try? holder.close() }
    let started = DispatchSemaphore(value: 0)
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      try? holder.inTransaction(.immediate) { db in
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS hold (x)")
        started.signal()
        Thread.sleep(forTimeInterval: 2)
        return .commit
      }
      done.signal()
    }
    started.wait()
    let result = try ChildRecall.run(["db", "_soak", "--db", path, "--count", "3", "--tag", "w"])
    done.wait()
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output == "ok w-0\nok w-1\nok w-2\n")
    #expect(!result.error.contains("locked"))
  }

  @Test func storeFailuresAreWordedWithoutSQLite() {
    let cases: [(ResultCode, String)] = [
      (.SQLITE_BUSY, "was busy in another recall process"), (.SQLITE_READONLY, "cannot be written"),
      (.SQLITE_FULL, "is full"), (.SQLITE_CORRUPT, "is damaged"), (.SQLITE_IOERR, "the disk failed"),
      (.SQLITE_CONSTRAINT, "this is a bug in recall"),
    ]
    for (code, words) in cases {
      let error = RecallStoreError(DatabaseError(resultCode: code, message: "x", sql: "SELECT 1"), path: "p.sqlite")
      #expect(error.description.contains(words), "\(code)")
      #expect(error.description.contains("'p.sqlite'"))
      #expect(!error.description.contains("SQLite") && !error.description.contains("SELECT"))
    }
  }
}

/// `recall db backup`: a whole copy through the open connection, never over an existing file.
@Suite struct DatabaseBackupCommandTests {
  @Test func copiesEverySavedAnswerAndRefusesAnExistingFile() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    #expect(try ChildRecall.run(["db", "_soak", "--db", path, "--count", "5"]).status == 0)
    let copy = folder.file("copy.sqlite")
    let result = try ChildRecall.run(["db", "backup", copy, "--db", path])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output == "copied \(path) to \(copy)\n")
    let queue = try DatabaseQueue(path: copy)
    #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM review_log") } == 5)
    try queue.close()
    let again = try ChildRecall.run(["db", "backup", copy, "--db", path])
    #expect(again.status == 1)
    #expect(again.error == "error: \"\(copy)\" exists already; give the name of a new file for the copy\n")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
    #expect(names.isEmpty)
  }
}

/// Several processes opening a new file at once: one creates the schema, the others wait and
/// use it ("table card_state already exists" was seen).
@Suite struct FirstOpenRaceTests {
  @Test func processesOpeningANewFileAtOnceAllSucceed() throws {
    let folder = try TemporaryFolder()
    for round in 0..<8 {
      let path = folder.file("race-\(round).sqlite")
      var runs: [(Process, Pipe)] = []
      for _ in 0..<6 {
        let process = try ChildRecall.make(["db", "check", "--db", path])
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        runs.append((process, error))
      }
      for (process, _) in runs { try process.run() }
      for (process, error) in runs {
        let text = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
      }
    }
  }
}
