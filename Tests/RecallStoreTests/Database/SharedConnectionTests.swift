import Foundation
import GRDB
import RecallStore
import Testing

/// One connection per database file and process: a second open of the same file, however its path
/// is spelt, shares the first one, so nothing in the process opens the file a second way while it
/// is in use (closing any descriptor of a file drops all of the process's locks on it).
@Suite struct SharedConnectionTests {
  @Test func openingTheSameFileTwiceSharesOneConnection() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    let first = try RecallDatabase.open(path: path)
    let second = try RecallDatabase.open(path: path)
    #expect(first === second)
    let spelt = try RecallDatabase.open(path: folder.path + "/./recall.sqlite")
    #expect(spelt === first)
    let link = folder.file("link.sqlite")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
    #expect(try RecallDatabase.open(path: link) === first)
  }

  @Test func aClosedDatabaseIsOpenedAfresh() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    let first = try RecallDatabase.open(path: path)
    try first.close()
    let second = try RecallDatabase.open(path: path)
    #expect(first !== second)
    #expect(try second.integrityCheck() == ["ok"])
  }

  /// A database of an older schema is backed up through the connection that is kept open, and
  /// the copy is complete (it was written under another name and renamed into place).
  @Test func theBackupGoesThroughTheOpenConnection() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    try writeSchemaZeroDatabase(
      at: path, more: ["CREATE TABLE notes (text TEXT)", "INSERT INTO notes VALUES ('kept')"])
    let database = try RecallDatabase.open(path: path)
    let backup = try #require(database.backupPath)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!names.contains { $0.contains(".tmp") }, "\(names)")
    let copy = try DatabaseQueue(path: backup)
    defer { try? copy.close() }
    #expect(try copy.read { db in try String.fetchAll(db, sql: "SELECT text FROM notes") } == ["kept"])
  }
}
