import GRDB
import GRDBSQLite
import RecallCore

/// Appends review log rows in batches of `batchRows` through one prepared multi-row insert,
/// binding each value straight into SQLite: the path of bulk imports, where building
/// `StatementArguments` (an array of boxed values a row) cost more than SQLite's own work, and
/// where running the insert once a row cost more again. (Under schema v2 every execution also
/// built temporary tables for the `phase IN (1, 2, 3)` checks; v3 writes them as comparisons.)
///
/// Rows wait in a small buffer until a batch is full: `flush()` writes the rest, and must be
/// called before the log is read or the transaction ends. With `countActivity`, the rows' counts per
/// `review_activity` bucket are kept here (for an import that drops the counting trigger) and
/// `flush()` adds them to the table too.
///
/// With `AnkiPackage.forEachReview`, the only code that talks to the SQLite C API; everything
/// else goes through GRDB.
final class ReviewLogInserter {
  /// The rows one execution of the batch statement inserts.
  static let batchRows = 64

  /// The insert of `batchRows` rows. (Kept here: `Statement.sql` makes a new string each time.)
  private static let batchSQL = ReviewRow.batchInsertSQL(rows: batchRows)

  private let db: Database
  private let single: Statement
  private let batch: Statement
  private var pending: [ReviewRecord] = []
  private var tally: ReviewActivityTally?

  /// Prepares the inserts on `db`, for as long as the transaction lasts; with `countActivity`,
  /// the inserter counts the rows into `review_activity` itself (the trigger that does it must
  /// then be dropped for the inserts).
  init(_ db: Database, countActivity: Bool = false) throws {
    self.db = db
    single = try db.makeStatement(sql: ReviewRow.insertSQL)
    batch = try db.makeStatement(sql: Self.batchSQL)
    pending.reserveCapacity(Self.batchRows)
    tally = countActivity ? ReviewActivityTally() : nil
  }

  /// Appends `review` (at the latest at the next `flush()`); a SQLite failure (a constraint, a
  /// full disk) comes out as a `DatabaseError`.
  func insert(_ review: ReviewRecord) throws {
    pending.append(review)
    tally?.count(review)
    if pending.count == Self.batchRows {
      let handle = batch.sqliteStatement
      sqlite3_reset(handle)
      for (row, review) in pending.enumerated() { bind(review, at: CInt(row * ReviewRow.insertColumns), on: handle) }
      try step(handle, sql: Self.batchSQL)
      pending.removeAll(keepingCapacity: true)
    }
  }

  /// Writes the rows still waiting, and the activity counted, if any.
  func flush() throws {
    let handle = single.sqliteStatement
    for review in pending {
      sqlite3_reset(handle)
      bind(review, at: 0, on: handle)
      try step(handle, sql: ReviewRow.insertSQL)
    }
    pending.removeAll(keepingCapacity: true)
    try tally?.write(db)
  }

  private func step(_ handle: OpaquePointer?, sql: String) throws {
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard code == SQLITE_DONE else {
      let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }
  }

  /// Binds the columns of `review` after parameter `offset` (every parameter is bound, so no
  /// value of an earlier row stays behind).
  private func bind(_ review: ReviewRecord, at offset: CInt, on handle: OpaquePointer?) {
    bind(offset + 1, review.deck, on: handle)
    bind(offset + 2, review.card.rawValue, on: handle)
    sqlite3_bind_int64(handle, offset + 3, review.time.milliseconds)
    sqlite3_bind_int64(handle, offset + 4, Int64(review.rating.rawValue))
    bind(offset + 5, review.answer, on: handle)
    bind(offset + 6, review.responseMilliseconds, on: handle)
    bind(offset + 7, review.mode.rawValue, on: handle)
    bind(offset + 8, review.before, on: handle)
    bind(offset + 14, review.after, on: handle)
  }

  /// Binds the six columns of a memory state from `index`; all NULL for nil.
  private func bind(_ index: CInt, _ state: MemoryState?, on handle: OpaquePointer?) {
    guard let state else {
      for column in index..<index + 6 { sqlite3_bind_null(handle, column) }
      return
    }
    sqlite3_bind_int64(handle, index, Int64(state.phase.rawValue))
    bind(index + 1, state.step.map(Int64.init), on: handle)
    bind(index + 2, state.stability, on: handle)
    bind(index + 3, state.difficulty, on: handle)
    sqlite3_bind_int64(handle, index + 4, state.due.milliseconds)
    bind(index + 5, state.lastReview?.milliseconds, on: handle)
  }

  private func bind(_ index: CInt, _ value: Int64?, on handle: OpaquePointer?) {
    if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
  }

  private func bind(_ index: CInt, _ value: Double?, on handle: OpaquePointer?) {
    if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
  }

  /// Binds text, copied by SQLite; NULL for nil.
  private func bind(_ index: CInt, _ text: String?, on handle: OpaquePointer?) {
    guard var text else {
      sqlite3_bind_null(handle, index)
      return
    }
    if text.isEmpty {
      sqlite3_bind_text(handle, index, "", 0, Self.transient)
      return
    }
    text.withUTF8 { bytes in
      _ = bytes.withMemoryRebound(to: CChar.self) { chars in
        sqlite3_bind_text(handle, index, chars.baseAddress, CInt(chars.count), Self.transient)
      }
    }
  }

  /// SQLite's `SQLITE_TRANSIENT`: copy the bytes before the call returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// The counts per deck and `review_activity` bucket of rows appended while the trigger that
/// keeps them (`review_log_count`) is dropped, added to the table in one upsert a bucket, as the
/// trigger would have added them one row at a time.
struct ReviewActivityTally {
  private struct Key: Hashable {
    var deck: String
    var bucket: Int64
  }

  private var counts: [Key: (reviews: Int64, milliseconds: Int64)] = [:]
  // The rows come in time order, so most follow one of the same bucket: they are summed here and
  // reach the dictionary once a run.
  private var run: (key: Key, reviews: Int64, milliseconds: Int64)?

  /// Counts `review`, as the trigger counts a new row.
  mutating func count(_ review: ReviewRecord) {
    // SQLite's integer division, like Swift's, truncates towards zero.
    let bucket = review.time.milliseconds / RecallSchema.bucketMilliseconds
    let milliseconds = review.responseMilliseconds ?? 0
    if var current = run, current.key.bucket == bucket, current.key.deck == review.deck {
      current.reviews += 1
      current.milliseconds += milliseconds
      run = current
      return
    }
    endRun()
    run = (Key(deck: review.deck, bucket: bucket), 1, milliseconds)
  }

  private mutating func endRun() {
    guard let current = run else { return }
    let sum = counts[current.key] ?? (0, 0)
    counts[current.key] = (sum.reviews + current.reviews, sum.milliseconds + current.milliseconds)
    run = nil
  }

  /// Adds the counts to `review_activity`, and forgets them.
  mutating func write(_ db: Database) throws {
    endRun()
    defer { counts.removeAll() }
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO review_activity (deck, bucket, reviews, milliseconds) VALUES (?, ?, ?, ?)
        ON CONFLICT (deck, bucket) DO UPDATE
        SET reviews = reviews + excluded.reviews, milliseconds = milliseconds + excluded.milliseconds
        """)
    for (key, value) in counts.sorted(by: { ($0.key.deck, $0.key.bucket) < ($1.key.deck, $1.key.bucket) }) {
      try statement.execute(arguments: [key.deck, key.bucket, value.reviews, value.milliseconds])
    }
  }
}
