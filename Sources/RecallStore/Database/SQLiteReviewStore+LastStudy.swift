import GRDB

extension SQLiteReviewStore {
  /// The deck of the last study review in the log, or nil when nothing was studied: what a plain
  /// `undo` takes back.
  public func lastStudiedDeck() throws -> String? {
    try database.read { db in
      try String.fetchOne(db, sql: "SELECT deck FROM review_log WHERE mode = 'study' ORDER BY id DESC LIMIT 1")
    }
  }
}
