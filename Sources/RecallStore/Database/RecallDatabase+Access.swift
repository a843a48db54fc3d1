import GRDB

extension RecallDatabase {
  /// Reads in one transaction; a failure of SQLite comes out as the `RecallStoreError` of its
  /// kind, an error thrown by `body` as it was thrown.
  public func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try queue.read(body)
    } catch let error as DatabaseError {
      throw RecallStoreError(error, path: path ?? ":memory:")
    }
  }

  /// Writes in one immediate transaction (so a writer waits for another process's write rather
  /// than failing); a failure rolls it back. A failure of SQLite comes out as the
  /// `RecallStoreError` of its kind, an error thrown by `body` as it was thrown.
  public func write<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try queue.write(body)
    } catch let error as DatabaseError {
      throw RecallStoreError(error, path: path ?? ":memory:")
    }
  }

  /// Copies the database, with what is still in its write-ahead log, to the new file `target`
  /// through this connection (safe while other processes use the file); the copy appears whole or
  /// not at all.
  public func backUp(to target: String) throws(RecallStoreError) {
    guard let path else { throw .cannotCreate(path: target, reason: "an in-memory database has no file") }
    try DatabaseBackup.copy(queue, of: path, to: target)
  }
}
