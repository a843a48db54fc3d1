import Foundation
import GRDB

/// The progress database: one SQLite file (or memory), opened in WAL mode with a busy timeout so
/// several `recall` processes can share it, and migrated to the current schema.
public final class RecallDatabase: Sendable {
  /// The connection. Writes run in immediate transactions, so two processes queue rather than fail.
  public let queue: DatabaseQueue
  /// The file, or nil for an in-memory database.
  public let path: String?
  /// The copy taken before migrating, if this open migrated an existing file.
  public let backupPath: String?

  /// The schema version this build reads and writes.
  public static var schemaVersion: Int { RecallSchema.version }

  /// How long a write waits for another process's write to finish.
  public static let busyTimeout: TimeInterval = 10

  private init(queue: DatabaseQueue, path: String?, backupPath: String?) {
    self.queue = queue
    self.path = path
    self.backupPath = backupPath
  }

  /// A fresh database in memory, migrated: for tests.
  public static func inMemory() throws -> RecallDatabase {
    let queue = try DatabaseQueue(configuration: configuration(durable: false))
    try RecallSchema.migrator.migrate(queue)
    return RecallDatabase(queue: queue, path: nil, backupPath: nil)
  }

  /// Opens the database at `path`, creating it (and its folder) on first use.
  ///
  /// A file that is not a SQLite database, a damaged one, one of another program or one of a newer
  /// schema is refused with a `RecallStoreError` and left untouched. Before an existing database is
  /// migrated, it is copied next to itself as `PATH.backup-vN`.
  ///
  /// - Parameters:
  ///   - durable: sync every commit to disk (`synchronous = FULL`); bulk loaders pass false.
  ///   - createFolder: create a missing folder; false for a path a person typed, where a missing
  ///     folder is more likely a typo (`RecallStoreError.missingFolder`).
  public static func open(path: String, durable: Bool = true, createFolder: Bool = true) throws -> RecallDatabase {
    let files = FileManager.default
    var backupPath: String?
    var isDirectory: ObjCBool = false
    if files.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw RecallStoreError.isFolder(path: path)
    }
    if files.fileExists(atPath: path) {
      let inspection = try inspect(path: path)
      if inspection.version > schemaVersion || inspection.superseded {
        throw RecallStoreError.newerSchema(path: path, found: inspection.version, supported: schemaVersion)
      }
      if inspection.hasTables && inspection.version < schemaVersion {
        backupPath = try backUp(path: path, version: inspection.version)
      }
    } else {
      let folder = (path as NSString).deletingLastPathComponent
      if !folder.isEmpty && !createFolder && !files.fileExists(atPath: folder) {
        throw RecallStoreError.missingFolder(path: path, folder: folder)
      }
      if !folder.isEmpty {
        do {
          try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
          throw RecallStoreError.cannotCreate(path: path, reason: error.localizedDescription)
        }
      }
    }
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration(durable: durable))
      try RecallSchema.migrator.migrate(queue)
      return RecallDatabase(queue: queue, path: path, backupPath: backupPath)
    } catch let error as DatabaseError where isDamage(error) {
      throw RecallStoreError.corrupt(path: path, detail: error.message ?? "\(error.resultCode)")
    } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN {
      throw RecallStoreError.cannotCreate(path: path, reason: error.message ?? "cannot open")
    }
  }

  private static func configuration(durable: Bool) -> Configuration {
    var config = Configuration()
    config.busyMode = .timeout(busyTimeout)
    config.journalMode = .wal
    config.foreignKeysEnabled = true
    let synchronous = durable ? "FULL" : "OFF"
    config.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
    }
    return config
  }

  /// What a look at an existing file, read-only, found.
  struct Inspection {
    var version: Int
    var superseded: Bool
    var hasTables: Bool
  }

  /// Looks at an existing file without changing it.
  static func inspect(path: String) throws(RecallStoreError) -> Inspection {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .cannotCreate(path: path, reason: "cannot read the file")
    }
    let header = (try? handle.read(upToCount: 100)) ?? Data()
    try? handle.close()
    if header.isEmpty { return Inspection(version: 0, superseded: false, hasTables: false) }
    guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
      throw .notADatabase(path: path)
    }
    var config = Configuration()
    config.readonly = true
    config.busyMode = .timeout(busyTimeout)
    do {
      let reader = try DatabaseQueue(path: path, configuration: config)
      defer { try? reader.close() }
      return try reader.read { db in
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        guard !tables.isEmpty else { return Inspection(version: version, superseded: false, hasTables: false) }
        guard tables.contains("grdb_migrations") else { throw RecallStoreError.foreignDatabase(path: path) }
        let superseded = try RecallSchema.migrator.hasBeenSuperseded(db)
        return Inspection(version: version, superseded: superseded, hasTables: true)
      }
    } catch let error as RecallStoreError {
      throw error
    } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
      throw .notADatabase(path: path)
    } catch let error as DatabaseError {
      throw .corrupt(path: path, detail: error.message ?? "\(error.resultCode)")
    } catch {
      throw .corrupt(path: path, detail: "\(error)")
    }
  }

  private static func isDamage(_ error: DatabaseError) -> Bool {
    error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
  }

  /// Copies the database with SQLite's backup API (which includes what is still in the WAL).
  private static func backUp(path: String, version: Int) throws(RecallStoreError) -> String {
    var target = "\(path).backup-v\(version)"
    var counter = 2
    while FileManager.default.fileExists(atPath: target) {
      target = "\(path).backup-v\(version)-\(counter)"
      counter += 1
    }
    do {
      var config = Configuration()
      config.readonly = true
      config.busyMode = .timeout(busyTimeout)
      let source = try DatabaseQueue(path: path, configuration: config)
      let destination = try DatabaseQueue(path: target)
      try source.backup(to: destination)
      try destination.close()
      try source.close()
      return target
    } catch {
      throw .backupFailed(path: path, reason: "\(error)")
    }
  }

  /// Runs SQLite's full integrity check; returns its findings ("ok" when sound).
  public func integrityCheck() throws -> [String] {
    try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
  }
}
