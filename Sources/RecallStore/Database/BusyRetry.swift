import Foundation
import GRDB

/// Runs a step that another process may be racing, again and again while SQLite says "busy", until
/// it succeeds or the busy timeout has passed.
///
/// SQLite waits for a lock by itself (the busy timeout) for ordinary reads and writes, but not for
/// every step: turning on WAL while another process is converting or closing the same new file
/// fails at once with `SQLITE_BUSY`. Several processes opening a new file together saw it about
/// once in 600 opens.
enum BusyRetry {
  /// Runs `step` until it does not fail with a transient error, for at most `timeout` seconds;
  /// the last error is thrown when time runs out. `transient` decides which errors are worth
  /// another try (by default SQLite's busy and locked).
  static func run<T>(
    timeout: TimeInterval, pause: TimeInterval = 0.01,
    transient: (any Error) -> Bool = BusyRetry.isBusy, _ step: () throws -> T
  ) throws -> T {
    let deadline = Date().addingTimeInterval(timeout)
    var wait = pause
    while true {
      do {
        return try step()
      } catch {
        guard transient(error), Date() < deadline else { throw error }
        Thread.sleep(forTimeInterval: wait)
        wait = min(wait * 2, 0.2)
      }
    }
  }

  /// Whether `error` is SQLite saying that another connection holds the lock.
  static func isBusy(_ error: any Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
  }
}
