/// Why the progress database cannot be used. The text for people is written here, in one place.
public enum RecallStoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file is not a SQLite database.
  case notADatabase(path: String)
  /// The file is a SQLite database, but damaged.
  case corrupt(path: String, detail: String)
  /// The file is a SQLite database of some other program.
  case foreignDatabase(path: String)
  /// The database was written by a newer Recall.
  case newerSchema(path: String, found: Int, supported: Int)
  /// No location could be worked out (no `--db`, `RECALL_DB`, `XDG_DATA_HOME` or `HOME`).
  case noLocation
  /// The database's folder could not be created.
  case cannotCreate(path: String, reason: String)
  /// The folder of a chosen database file does not exist (only the default folder is created).
  case missingFolder(path: String, folder: String)
  /// The path names a folder, not a file.
  case isFolder(path: String)
  /// The copy taken before a migration failed, so the migration was not run.
  case backupFailed(path: String, reason: String)

  /// The message shown to people.
  public var description: String {
    switch self {
    case .notADatabase(let path):
      "'\(path)' is not a recall database (not a SQLite file); pass another file with --db or move it away"
    case .corrupt(let path, let detail):
      "the database '\(path)' is damaged (\(detail)); restore a backup (a '.backup-v*' file next to it) or "
        + "move it away to start afresh"
    case .foreignDatabase(let path):
      "'\(path)' is a SQLite database of another program; pass a recall database with --db"
    case .newerSchema(let path, let found, let supported):
      "the database '\(path)' has schema version \(found), newer than this recall understands (\(supported)); "
        + "update recall"
    case .noLocation:
      "cannot tell where to keep progress: set HOME, XDG_DATA_HOME or RECALL_DB, or pass --db PATH"
    case .cannotCreate(let path, let reason):
      "cannot create the database '\(path)' (\(reason)); check the folder exists and is writable, or pass --db"
    case .missingFolder(let path, let folder):
      "no folder '\(folder)' for the database '\(path)'; create the folder first or pass another --db"
    case .isFolder(let path):
      "'\(path)' is a folder; pass the path of a database file, e.g. --db "
        + (path.hasSuffix("/") ? String(path.dropLast()) : path) + "/recall.sqlite"
    case .backupFailed(let path, let reason):
      "cannot back up '\(path)' before upgrading it (\(reason)); the database was left as it was"
    }
  }
}
