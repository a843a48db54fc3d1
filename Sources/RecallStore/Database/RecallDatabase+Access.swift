import GRDB

extension RecallDatabase {
  /// Reads in one transaction; a failure comes out as the `RecallStoreError` of its kind.
  public func read<T>(_ body: (Database) throws -> T) throws(RecallStoreError) -> T {
    do {
      return try queue.read(body)
    } catch {
      throw RecallStoreError(error, path: path ?? ":memory:")
    }
  }

  /// Writes in one immediate transaction (so a writer waits for another process's write rather
  /// than failing); a failure rolls it back and comes out as the `RecallStoreError` of its kind.
  public func write<T>(_ body: (Database) throws -> T) throws(RecallStoreError) -> T {
    do {
      return try queue.write(body)
    } catch {
      throw RecallStoreError(error, path: path ?? ":memory:")
    }
  }
}
