import Foundation
import GRDB

/// The databases this process has open, one per file: `RecallDatabase.open` goes through here so
/// a file is never opened twice at once, whichever path names it (a symbolic link, `./`, a hard link).
final class OpenDatabases: @unchecked Sendable {
  /// The registry of the process.
  static let shared = OpenDatabases()

  /// A file's identity: its device and inode, as `stat(2)` tells them (without opening the file).
  private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
      var info = stat()
      guard stat(path, &info) == 0 else { return nil }
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
  }

  /// An open database, held weakly: when every user has let it go, its connection is closed.
  private struct Entry {
    weak var database: RecallDatabase?
  }

  // Held while a database is opened, so two threads cannot open one file twice.
  private let lock = NSLock()
  private var entries: [FileIdentity: Entry] = [:]

  /// The open database of the file at `path`, or the one `open` makes.
  func database(at path: String, open: () throws(RecallStoreError) -> RecallDatabase) throws(RecallStoreError)
    -> RecallDatabase
  {
    lock.lock()
    defer { lock.unlock() }
    entries = entries.filter { $0.value.database != nil }
    if let identity = FileIdentity(path: path), let database = entries[identity]?.database { return database }
    let database = try open()
    if let identity = FileIdentity(path: path) { entries[identity] = Entry(database: database) }
    return database
  }

  /// Takes `database` out of the registry (it is being closed).
  func forget(_ database: RecallDatabase) {
    lock.lock()
    defer { lock.unlock() }
    entries = entries.filter { $0.value.database != nil && $0.value.database !== database }
  }
}
