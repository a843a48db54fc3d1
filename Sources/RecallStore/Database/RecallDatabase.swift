import Foundation
import GRDB

/// The progress database: one SQLite file (or memory), opened in WAL mode with a busy timeout so
/// several `recall` processes can share it, and migrated to the current schema.
///
/// A process holds one connection per file: `open` hands out the connection already open for the
/// same file (however its path is spelt), and nothing else in the process opens the file, its
/// `-wal` or its `-shm`. This matters because closing any descriptor of a file drops all of the
/// process's POSIX locks on it: a second look at the file would let another process believe it
/// is alone, checkpoint and delete the write-ahead log still in use here.
public final class RecallDatabase: Sendable {
  /// The connection. Writes run in immediate transactions, so two processes queue rather than fail.
  /// Recall's own code reads and writes through `read` and `write`, which word failures for people.
  public let queue: DatabaseQueue
  /// The file, or nil for an in-memory database.
  public let path: String?
  /// The copy taken before migrating, if this open migrated an existing file.
  public let backupPath: String?

  /// The schema version this build reads and writes.
  public static var schemaVersion: Int { RecallSchema.version }

  /// How long a write waits for another process's write to finish before giving up.
  public static let busyTimeout: TimeInterval = 60

  /// The page size of a database this build creates, in bytes.
  static let pageSize = 8192

  private init(queue: DatabaseQueue, path: String?, backupPath: String?) {
    self.queue = queue
    self.path = path
    self.backupPath = backupPath
  }

  /// A fresh database in memory, migrated: for tests.
  public static func inMemory() throws -> RecallDatabase {
    try inMemory(schemaVersion: RecallSchema.version)
  }

  /// A fresh database in memory with the schema of the first `schemaVersion` migrations (an older
  /// build's): for tests of a migration.
  static func inMemory(schemaVersion: Int) throws -> RecallDatabase {
    let queue = try DatabaseQueue(configuration: configuration(durable: false))
    try RecallSchema.migrator(through: schemaVersion).migrate(queue)
    return RecallDatabase(queue: queue, path: nil, backupPath: nil)
  }

  /// Opens the database at `path`, creating it (and its folder) on first use; a file this process
  /// has open already is not opened again: its open database is returned.
  ///
  /// A file that is not a SQLite database, a damaged one, one of another program or one of a newer
  /// schema is refused with a `RecallStoreError` and left untouched. Before an existing database is
  /// migrated, it is copied next to itself as `PATH.backup-vN`.
  ///
  /// - Parameters:
  ///   - durable: sync every commit to disk (`synchronous = FULL`); bulk loaders pass false.
  ///   - createFolder: create a missing folder; false for a path a person typed, where a missing
  ///     folder is more likely a typo (`RecallStoreError.missingFolder`).
  ///   - willUpgrade: told, after the backup is taken and before the migrations run, the schema
  ///     versions and the backup's path, so a person is not left waiting in silence while a large
  ///     log is rewritten.
  public static func open(
    path: String, durable: Bool = true, createFolder: Bool = true, willUpgrade: UpgradeNotice? = nil
  ) throws(RecallStoreError) -> RecallDatabase {
    try OpenDatabases.shared.database(at: path) { () throws(RecallStoreError) in
      try openConnection(path: path, durable: durable, createFolder: createFolder, willUpgrade: willUpgrade)
    }
  }

  /// What `open` says before it migrates an existing file: its schema version, the version it is
  /// brought to, and where the copy of the file as it was is kept.
  public typealias UpgradeNotice = (_ from: Int, _ to: Int, _ backupPath: String) -> Void

  /// Closes the connection; the next `open` of the file opens it afresh.
  public func close() throws(RecallStoreError) {
    if path != nil { OpenDatabases.shared.forget(self) }
    do {
      try queue.close()
    } catch {
      throw RecallStoreError(error, path: path ?? ":memory:")
    }
  }

  /// Opens the one connection of this process to `path`, checks what the file holds through it,
  /// backs up and migrates.
  private static func openConnection(
    path: String, durable: Bool, createFolder: Bool, willUpgrade: UpgradeNotice?
  ) throws(RecallStoreError) -> RecallDatabase {
    let files = FileManager.default
    var isDirectory: ObjCBool = false
    let exists = files.fileExists(atPath: path, isDirectory: &isDirectory)
    if exists && isDirectory.boolValue { throw .isFolder(path: path) }
    let folder = (path as NSString).deletingLastPathComponent
    if !exists {
      if !folder.isEmpty && !createFolder && !files.fileExists(atPath: folder) {
        throw .missingFolder(path: path, folder: folder)
      }
      if !folder.isEmpty {
        do {
          try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
          throw .cannotCreate(path: path, reason: "the folder cannot be created")
        }
      }
    }
    // Checked without opening anything: access(2) reads neither the file nor its locks.
    if exists && (access(path, W_OK) != 0 || access(folder.isEmpty ? "." : folder, W_OK) != 0) {
      throw .readOnly(path: path)
    }
    let queue: DatabaseQueue
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration(durable: durable))
    } catch {
      throw refusal(error, path: path)
    }
    do {
      let backupPath = try prepare(queue, path: path, willUpgrade: willUpgrade)
      return RecallDatabase(queue: queue, path: path, backupPath: backupPath)
    } catch {
      try? queue.close()
      throw error
    }
  }

  /// Looks at what the file holds through `queue`, refuses what is not a current or older recall
  /// database (before anything is written), backs up an older one, then turns on WAL and migrates.
  private static func prepare(
    _ queue: DatabaseQueue, path: String, willUpgrade: UpgradeNotice?
  ) throws(RecallStoreError) -> String? {
    let inspection: Inspection
    do {
      inspection = try queue.read { db in try inspect(db, path: path) }
    } catch let error as RecallStoreError {
      throw error
    } catch {
      throw refusal(error, path: path)
    }
    if inspection.version > schemaVersion || inspection.superseded {
      throw .newerSchema(path: path, found: inspection.version, supported: schemaVersion)
    }
    var backupPath: String?
    if inspection.hasTables && !inspection.current {
      let copy = try DatabaseBackup.copy(queue, of: path, version: inspection.version)
      willUpgrade?(inspection.version, schemaVersion, copy)
      backupPath = copy
    }
    do {
      try BusyRetry.run(timeout: busyTimeout) {
        try queue.writeWithoutTransaction { db in
          // Only a file without pages takes the page size (SQLite ignores it afterwards), so an
          // existing database keeps its own: 8 KiB pages make a large import's inserts, index
          // builds and commit cheaper than the default 4 KiB (BENCHMARKS.md, "Fifth pass").
          if !inspection.hasTables { try db.execute(sql: "PRAGMA page_size = \(pageSize)") }
          let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
          if mode?.lowercased() != "wal" { throw RecallStoreError.readOnly(path: path) }
        }
      }
      if !inspection.current { try migrate(queue) }
    } catch let error as RecallStoreError {
      throw error
    } catch {
      throw refusal(error, path: path)
    }
    return backupPath
  }

  /// Runs the migrations. Several processes may open a new file at once: one that loses the race
  /// fails a migration (rolled back whole, each migration is one transaction) and tries again
  /// from where the others got to, until every migration is done; only a failure that is not a
  /// lost race (a full disk, say) ends it at once.
  private static func migrate(_ queue: DatabaseQueue) throws {
    try BusyRetry.run(timeout: busyTimeout, transient: isLostRace) {
      do {
        try RecallSchema.migrator.migrate(queue)
      } catch {
        let done = try queue.read { db in try RecallSchema.migrator.hasCompletedMigrations(db) }
        if !done { throw error }
      }
    }
  }

  /// Whether a failed migration lost a race with another process: SQLite was busy, or the table
  /// the migration creates was just created by the other (`SQLITE_ERROR`, "already exists").
  private static func isLostRace(_ error: any Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    return BusyRetry.isBusy(error) || error.resultCode == .SQLITE_ERROR
  }

  /// A failure while opening: a file SQLite cannot read as a database is "not a database".
  private static func refusal(_ error: any Error, path: String) -> RecallStoreError {
    if let error = error as? DatabaseError, error.resultCode == .SQLITE_NOTADB { return .notADatabase(path: path) }
    if let error = error as? DatabaseError, error.resultCode == .SQLITE_CANTOPEN {
      return .cannotCreate(path: path, reason: "it cannot be opened")
    }
    return RecallStoreError(error, path: path)
  }

  static func configuration(durable: Bool) -> Configuration {
    var config = Configuration()
    config.busyMode = .timeout(busyTimeout)
    // WAL is turned on by `prepare`, once the file is known to be a recall database: setting it
    // here would rewrite the header of another program's database before it is refused.
    config.journalMode = .default
    config.foreignKeysEnabled = true
    let synchronous = durable ? "FULL" : "OFF"
    config.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
    }
    return config
  }

  /// What a look at an existing file found.
  struct Inspection {
    var version: Int
    var superseded: Bool
    var hasTables: Bool
    var current: Bool
  }

  /// Looks at the file through the connection, without changing it.
  private static func inspect(_ db: Database, path: String) throws -> Inspection {
    let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    guard !tables.isEmpty else {
      return Inspection(version: version, superseded: false, hasTables: false, current: false)
    }
    guard tables.contains("grdb_migrations") else { throw RecallStoreError.foreignDatabase(path: path) }
    let migrator = RecallSchema.migrator
    return Inspection(
      version: version, superseded: try migrator.hasBeenSuperseded(db), hasTables: true,
      current: try migrator.hasCompletedMigrations(db))
  }

  /// Runs SQLite's full integrity check; returns its findings ("ok" when sound).
  public func integrityCheck() throws -> [String] {
    try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
  }
}
