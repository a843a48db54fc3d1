import Foundation
import GRDB
import RecallStore
import Testing

@Suite struct RecallDatabaseTests {
  @Test func createsTheFileAndItsFolderOnFirstUse() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("a/b/recall.sqlite")
    let database = try RecallDatabase.open(path: path)
    #expect(FileManager.default.fileExists(atPath: path))
    #expect(database.backupPath == nil)
    let mode = try database.queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
    let version = try database.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
    #expect(version == RecallDatabase.schemaVersion)
    #expect(try database.integrityCheck() == ["ok"])
  }

  @Test func aNewDatabaseGetsLargerPagesAndAnOlderOneKeepsItsOwn() throws {
    let folder = try TemporaryFolder()
    let fresh = try RecallDatabase.open(path: folder.file("new.sqlite"))
    #expect(try fresh.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 8192)
    let path = folder.file("old.sqlite")
    try writeSchemaZeroDatabase(at: path, pageSize: 4096)
    let migrated = try RecallDatabase.open(path: path)
    #expect(try migrated.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 4096)
    #expect(try migrated.integrityCheck() == ["ok"])
  }

  @Test func reopeningACurrentDatabaseTakesNoBackup() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    _ = try RecallDatabase.open(path: path)
    let again = try RecallDatabase.open(path: path)
    #expect(again.backupPath == nil)
  }

  @Test func anOlderDatabaseIsBackedUpBeforeMigrating() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    try writeSchemaZeroDatabase(at: path)
    let database = try RecallDatabase.open(path: path)
    let backup = try #require(database.backupPath)
    #expect(backup == path + ".backup-v0")
    let copy = try DatabaseQueue(path: backup)
    let tables = try copy.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    #expect(tables == ["grdb_migrations"])
  }

  @Test func anUpgradeIsAnnouncedAfterTheBackupAndBeforeTheMigrations() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    try writeSchemaZeroDatabase(at: path)
    nonisolated(unsafe) var notices: [(Int, Int, String, Bool, Int?)] = []
    _ = try RecallDatabase.open(path: path) { from, to, backup in
      let version = try? DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
      notices.append((from, to, backup, FileManager.default.fileExists(atPath: backup), version))
    }
    #expect(notices.count == 1)
    #expect(notices.first?.0 == 0)
    #expect(notices.first?.1 == RecallDatabase.schemaVersion)
    #expect(notices.first?.2 == path + ".backup-v0")
    #expect(notices.first?.3 == true)
    #expect(notices.first?.4 == 0)
    let again = try RecallDatabase.open(path: folder.file("fresh.sqlite")) { _, _, _ in
      notices.append((0, 0, "", false, nil))
    }
    #expect(again.backupPath == nil)
    #expect(notices.count == 1)
  }

  @Test func anEmptyFileBecomesADatabase() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("empty.sqlite")
    _ = FileManager.default.createFile(atPath: path, contents: Data())
    let database = try RecallDatabase.open(path: path)
    #expect(try database.integrityCheck() == ["ok"])
  }

  @Test func aTextFileIsRefusedAndLeftAlone() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("notes.txt")
    let bytes = Data(String(repeating: "these are my notes, not a database\n", count: 10).utf8)
    _ = FileManager.default.createFile(atPath: path, contents: bytes)
    #expect(throws: RecallStoreError.notADatabase(path: path)) { try RecallDatabase.open(path: path) }
    #expect(FileManager.default.contents(atPath: path) == bytes)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
  }

  @Test func aCorruptDatabaseIsRefusedAndLeftAlone() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    try makeRollbackJournalDatabase(at: path)
    var bytes = try #require(FileManager.default.contents(atPath: path))
    // Keep the 100-byte header, scramble the rest of page 1 (the schema's root page).
    for index in 100..<min(4_096, bytes.count) { bytes[index] = UInt8(truncatingIfNeeded: index &* 37) }
    try bytes.write(to: URL(fileURLWithPath: path))
    let error = #expect(throws: RecallStoreError.self) { try RecallDatabase.open(path: path) }
    guard case .corrupt = error else {
      Issue.record("expected a corrupt-database error, got \(String(describing: error))")
      return
    }
    #expect(FileManager.default.contents(atPath: path) == bytes)
  }

  @Test func aNewerSchemaIsRefusedAndLeftAlone() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    try makeRollbackJournalDatabase(at: path)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-future')")
      try db.execute(sql: "PRAGMA user_version = 99")
    }
    try queue.close()
    let bytes = try #require(FileManager.default.contents(atPath: path))
    #expect(throws: RecallStoreError.newerSchema(path: path, found: 99, supported: RecallDatabase.schemaVersion)) {
      try RecallDatabase.open(path: path)
    }
    #expect(FileManager.default.contents(atPath: path) == bytes)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["recall.sqlite"])
  }

  @Test func anotherProgramsDatabaseIsRefused() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("other.sqlite")
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in try db.execute(sql: "CREATE TABLE photos (id INTEGER PRIMARY KEY)") }
    try queue.close()
    #expect(throws: RecallStoreError.foreignDatabase(path: path)) { try RecallDatabase.open(path: path) }
  }

  @Test func errorMessagesQuoteThePathAndSayWhatToDo() {
    let message = RecallStoreError.notADatabase(path: "x.txt").description
    #expect(message.contains("'x.txt'"))
    #expect(message.contains("--db"))
  }

  /// A current Recall database in rollback-journal mode, so the whole database is in one file.
  private func makeRollbackJournalDatabase(at path: String) throws {
    let database = try RecallDatabase.open(path: path)
    try database.queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA journal_mode = DELETE")
    }
    try database.queue.close()
  }
}
