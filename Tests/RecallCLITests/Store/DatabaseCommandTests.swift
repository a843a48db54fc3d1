import Foundation
import GRDB
import RecallStore
import Testing

/// `recall db`, `recall export-log` and refusing bad database files from the command line.
@Suite struct DatabaseCommandTests {
  @Test func aTextFileIsRefusedWithExitCodeOne() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("notes.txt")
    let bytes = Data(String(repeating: "not a database\n", count: 20).utf8)
    _ = FileManager.default.createFile(atPath: path, contents: bytes)
    for arguments in [["stats"], ["export-log"], ["db", "rebuild"]] {
      let result = try ChildRecall.run(arguments + ["--db", path])
      #expect(result.status == 1)
      #expect(result.error.contains("'\(path)' is not a recall database"))
    }
    #expect(FileManager.default.contents(atPath: path) == bytes)
  }

  @Test func aNewerDatabaseIsRefusedWithExitCodeOne() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    try writeOldDatabase(
      at: path,
      [
        "INSERT INTO grdb_migrations VALUES ('v1-initial'), ('v2-from-the-future')",
        "PRAGMA user_version = 2",
      ])
    let bytes = try #require(FileManager.default.contents(atPath: path))
    let result = try ChildRecall.run(["stats", "--db", path])
    #expect(result.status == 1)
    #expect(result.error.contains("newer than this recall understands"))
    #expect(FileManager.default.contents(atPath: path) == bytes)
  }

  /// Upgrading a large log takes a while: the person is told before it starts, with where the
  /// file as it was is kept; the output itself is unchanged.
  @Test func anOlderDatabaseIsUpgradedWithANote() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    try writeOldDatabase(at: path)
    let result = try ChildRecall.run(["export-log", "--db", path])
    #expect(result.status == 0)
    #expect(
      result.error.contains(
        "upgrading the database '\(path)' from schema 0 to \(RecallDatabase.schemaVersion); "
          + "the file as it was is kept as '\(path).backup-v0'"), "\(result.error)")
    #expect(result.output.hasPrefix("id,deck,card,"))
    let again = try ChildRecall.run(["export-log", "--db", path])
    #expect(again.status == 0)
    #expect(!again.error.contains("upgrading"))
  }

  /// A mistyped `--db` must not leave a trail of new folders behind: only the default location's
  /// folder is created on first use.
  @Test func anExplicitPathInAMissingFolderIsRefused() throws {
    let folder = try TemporaryFolder()
    let missing = folder.file("no-such-folder")
    let path = missing + "/recall.sqlite"
    for environment in [ChildRecall.environment(), ChildRecall.environment(["RECALL_DB": path])] {
      let arguments = environment["RECALL_DB"] == nil ? ["stats", "--db", path] : ["stats"]
      let result = try ChildRecall.run(arguments, environment: environment)
      #expect(result.status == 1)
      #expect(result.error.contains("no folder '\(missing)'"))
      #expect(!FileManager.default.fileExists(atPath: missing))
    }
    let xdg = try ChildRecall.run(["stats"], environment: ChildRecall.environment(["XDG_DATA_HOME": folder.path]))
    #expect(xdg.status == 0)
    #expect(FileManager.default.fileExists(atPath: folder.path + "/recall/recall.sqlite"))
  }

  @Test func aFolderIsRefusedAsAFolder() throws {
    let folder = try TemporaryFolder()
    let result = try ChildRecall.run(["stats", "--db", folder.path])
    #expect(result.status == 1)
    #expect(result.error.contains("'\(folder.path)' is a folder; pass the path of a database file"), "\(result.error)")
    let slash = try ChildRecall.run(["stats", "--db", folder.path + "/"])
    #expect(slash.error.contains("e.g. --db \(folder.path)/recall.sqlite"), "\(slash.error)")
  }

  @Test func theDatabaseLocationComesFromTheEnvironment() throws {
    let folder = try TemporaryFolder()
    let xdg = try ChildRecall.run(
      ["db", "path"], environment: ChildRecall.environment(["XDG_DATA_HOME": folder.path]))
    #expect(xdg.output == folder.path + "/recall/recall.sqlite\n")
    let explicit = try ChildRecall.run(
      ["db", "path", "--db", "x.sqlite"], environment: ChildRecall.environment(["RECALL_DB": "y.sqlite"]))
    #expect(explicit.output == "x.sqlite\n")
    let none = try ChildRecall.run(["db", "path"])
    #expect(none.status == 1)
    #expect(none.error.contains("--db PATH"))
  }

  @Test func exportRebuildAndCheck() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    let soak = try ChildRecall.run(["db", "_soak", "--db", path, "--count", "60"])
    #expect(soak.status == 0)
    let csv = try ChildRecall.run(["export-log", "--format", "csv", "--db", path])
    #expect(csv.status == 0)
    let lines = csv.output.split(separator: "\r\n")
    #expect(lines.count == 61)
    #expect(lines.first?.hasPrefix("id,deck,card,time") == true)
    let rebuild = try ChildRecall.run(["db", "rebuild", "--db", path])
    #expect(rebuild.output == "rebuilt the state of 50 cards from the review log\n")
    let check = try ChildRecall.run(["db", "check", "--db", path])
    #expect(check.status == 0)
    let due = try ChildRecall.run(["db", "_first-due", "--db", path, "--now", "2030-01-01T00:00:00Z"])
    #expect(due.output.hasPrefix("soak card-"))
  }

  /// Writes at `path` a database with GRDB's migrations table and `statements` after it.
  private func writeOldDatabase(at path: String, _ statements: [String] = []) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
      for statement in statements { try db.execute(sql: statement) }
    }
    try queue.close()
  }
}
