import GRDB
import Testing

@testable import RecallStore

/// A step that SQLite refuses at once with "busy" is tried again until it passes or time is up;
/// any other failure ends it at once.
@Suite struct BusyRetryTests {
  @Test func aBusyStepIsTriedAgainUntilItPasses() throws {
    var tries = 0
    let value = try BusyRetry.run(timeout: 5, pause: 0.001) {
      tries += 1
      if tries < 4 { throw DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked") }
      return "wal"
    }
    #expect(value == "wal")
    #expect(tries == 4)
  }

  @Test func anotherFailureIsNotTriedAgain() {
    var tries = 0
    #expect(throws: DatabaseError.self) {
      try BusyRetry.run(timeout: 5, pause: 0.001) {
        tries += 1
        throw DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full")
      }
    }
    #expect(tries == 1)
  }

  @Test func theLastErrorIsThrownWhenTimeRunsOut() {
    var tries = 0
    #expect(throws: DatabaseError.self) {
      try BusyRetry.run(timeout: 0.05, pause: 0.01) {
        tries += 1
        throw DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked")
      }
    }
    #expect(tries >= 2)
  }
}
