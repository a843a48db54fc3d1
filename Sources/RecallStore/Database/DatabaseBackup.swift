import Foundation
import GRDB

/// The copy of a database taken before it is migrated.
enum DatabaseBackup {
  /// Copies the database open in `queue` with SQLite's backup API (which includes what is still in
  /// the WAL), through that connection, to `PATH.backup-vN` (or `-2`, `-3`... when taken): first
  /// under a temporary name, renamed into place once complete, so a half copy never looks like a
  /// backup. Returns the copy's path.
  static func copy(_ queue: DatabaseQueue, of path: String, version: Int) throws(RecallStoreError) -> String {
    var target = "\(path).backup-v\(version)"
    var counter = 2
    while FileManager.default.fileExists(atPath: target) {
      target = "\(path).backup-v\(version)-\(counter)"
      counter += 1
    }
    do {
      try copy(queue, of: path, to: target)
    } catch {
      throw .backupFailed(path: path, reason: error.reason)
    }
    return target
  }

  /// Copies the database open in `queue` to `target`, whole or not at all.
  static func copy(_ queue: DatabaseQueue, of path: String, to target: String) throws(RecallStoreError) {
    let temporary = AtomicFile.temporaryPath(for: target)
    do {
      var config = Configuration()
      config.journalMode = .default
      let destination = try DatabaseQueue(path: temporary, configuration: config)
      do {
        try queue.backup(to: destination)
        try destination.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        try destination.close()
      } catch {
        try? destination.close()
        throw error
      }
      try AtomicFile.move(temporary, to: target)
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      try? FileManager.default.removeItem(atPath: temporary + "-journal")
      throw RecallStoreError(error, path: target)
    }
  }
}
