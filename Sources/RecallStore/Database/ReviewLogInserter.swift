import GRDB
import GRDBSQLite
import RecallCore

/// Appends review log rows through one prepared statement, binding each value straight into
/// SQLite: the path of bulk imports, where building `StatementArguments` (an array of boxed values
/// a row) cost more than SQLite's own work.
///
/// The only type that talks to the SQLite C API; everything else goes through GRDB.
struct ReviewLogInserter {
  private let statement: Statement
  private let connection: SQLiteConnection?

  /// Prepares the insert on `db`, for as long as the transaction lasts.
  init(_ db: Database) throws {
    statement = try db.makeStatement(sql: ReviewRow.insertSQL)
    connection = db.sqliteConnection
  }

  /// Appends `review`; a SQLite failure (a constraint, a full disk) comes out as a `DatabaseError`.
  func insert(_ review: ReviewRecord) throws {
    let handle = statement.sqliteStatement
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    bind(1, review.deck)
    bind(2, review.card.rawValue)
    sqlite3_bind_int64(handle, 3, review.time.milliseconds)
    sqlite3_bind_int64(handle, 4, Int64(review.rating.rawValue))
    if let answer = review.answer { bind(5, answer) }
    if let milliseconds = review.responseMilliseconds { sqlite3_bind_int64(handle, 6, milliseconds) }
    bind(7, review.mode.rawValue)
    if let before = review.before { bind(8, before) }
    bind(14, review.after)
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard code == SQLITE_DONE else {
      let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: ReviewRow.insertSQL)
    }
  }

  /// Binds the six columns of a memory state from `index` (an unbound column stays NULL).
  private func bind(_ index: CInt, _ state: MemoryState) {
    let handle = statement.sqliteStatement
    sqlite3_bind_int64(handle, index, Int64(state.phase.rawValue))
    if let step = state.step { sqlite3_bind_int64(handle, index + 1, Int64(step)) }
    if let stability = state.stability { sqlite3_bind_double(handle, index + 2, stability) }
    if let difficulty = state.difficulty { sqlite3_bind_double(handle, index + 3, difficulty) }
    sqlite3_bind_int64(handle, index + 4, state.due.milliseconds)
    if let last = state.lastReview { sqlite3_bind_int64(handle, index + 5, last.milliseconds) }
  }

  /// Binds text, copied by SQLite.
  private func bind(_ index: CInt, _ text: String) {
    var text = text
    if text.isEmpty {
      sqlite3_bind_text(statement.sqliteStatement, index, "", 0, Self.transient)
      return
    }
    text.withUTF8 { bytes in
      _ = bytes.withMemoryRebound(to: CChar.self) { chars in
        sqlite3_bind_text(statement.sqliteStatement, index, chars.baseAddress, CInt(chars.count), Self.transient)
      }
    }
  }

  /// SQLite's `SQLITE_TRANSIENT`: copy the bytes before the call returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
