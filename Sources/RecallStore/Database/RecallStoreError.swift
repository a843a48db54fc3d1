import GRDB

/// Why the progress database cannot be used. The text for people is written here, in one place:
/// one message per kind of failure, never SQLite's own words.
public enum RecallStoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file is not a SQLite database.
  case notADatabase(path: String)
  /// The file is a SQLite database, but damaged.
  case corrupt(path: String)
  /// The file is a SQLite database of some other program.
  case foreignDatabase(path: String)
  /// The database was written by a newer Recall.
  case newerSchema(path: String, found: Int, supported: Int)
  /// No location could be worked out (no `--db`, `RECALL_DB`, `XDG_DATA_HOME` or `HOME`).
  case noLocation
  /// The database or its folder could not be created or opened.
  case cannotCreate(path: String, reason: String)
  /// The folder of a chosen database file does not exist (only the default folder is created).
  case missingFolder(path: String, folder: String)
  /// The path names a folder, not a file.
  case isFolder(path: String)
  /// The copy taken before a migration failed, so the migration was not run.
  case backupFailed(path: String, reason: String)
  /// The file or its folder cannot be written (permissions, a read-only disk).
  case readOnly(path: String)
  /// The disk is full: the change was not saved; what was saved before is intact.
  case diskFull(path: String)
  /// Other `recall` processes kept the database busy for longer than the busy timeout.
  case busy(path: String, seconds: Int)
  /// The disk or file system failed to read or write.
  case ioFailure(path: String)
  /// SQLite refused something Recall asked for: a bug in Recall, not in the file.
  case unexpected(path: String, code: Int)

  /// The message shown to people.
  public var description: String {
    switch self {
    case .notADatabase(let path):
      "'\(path)' is not a recall database (not a SQLite file); pass another file with --db or move it away"
    case .corrupt(let path):
      "the database '\(path)' is damaged; restore a backup (a '.backup-v*' file next to it, or your own copy) "
        + "or move it away to start afresh"
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
    case .readOnly(let path):
      "the database '\(path)' cannot be written (it or its folder is read-only); nothing was changed. "
        + "make both writable, or copy the file elsewhere and pass --db"
    case .diskFull(let path):
      "the disk holding '\(path)' is full; the last change was not saved, everything saved before is kept. "
        + "free some space and try again"
    case .busy(let path, let seconds):
      "the database '\(path)' was busy in another recall process for \(seconds)s; nothing was changed. "
        + "let the other process finish and try again"
    case .ioFailure(let path):
      "the disk failed while reading or writing '\(path)'; the last change may not be saved. "
        + "check the disk, then run recall db check"
    case .unexpected(let path, let code):
      "recall could not use the database '\(path)' (code \(code)); this is a bug in recall, please report it. "
        + "recall db check tells whether the file is sound"
    }
  }

  /// The kind of failure behind `error`, raised by SQLite on the database at `path`.
  public init(_ error: any Error, path: String) {
    if let error = error as? RecallStoreError {
      self = error
      return
    }
    if let error = error as? FileWriteError {
      switch error {
      case .diskFull: self = .diskFull(path: path)
      case .readOnly: self = .readOnly(path: path)
      case .missingFolder(_, let folder): self = .missingFolder(path: path, folder: folder)
      case .isFolder: self = .isFolder(path: path)
      case .failed: self = .ioFailure(path: path)
      }
      return
    }
    guard let error = error as? DatabaseError else {
      self = .unexpected(path: path, code: -1)
      return
    }
    switch error.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path, seconds: Int(RecallDatabase.busyTimeout))
    case .SQLITE_READONLY, .SQLITE_PERM: self = .readOnly(path: path)
    case .SQLITE_FULL: self = .diskFull(path: path)
    case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .corrupt(path: path)
    // The shared-memory file could not grow: on a full disk, before any write.
    case .SQLITE_IOERR where error.extendedResultCode == .SQLITE_IOERR_SHMSIZE: self = .diskFull(path: path)
    case .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_PROTOCOL: self = .ioFailure(path: path)
    default: self = .unexpected(path: path, code: Int(error.extendedResultCode.rawValue))
    }
  }

  /// A few words for the failure, to go inside another message.
  var reason: String {
    switch self {
    case .readOnly: "the folder is read-only"
    case .diskFull: "the disk is full"
    case .ioFailure: "the disk failed"
    case .busy: "the database was busy"
    case .corrupt: "the database is damaged"
    default: "an unexpected failure"
    }
  }
}
