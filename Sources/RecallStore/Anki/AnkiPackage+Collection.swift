import Foundation
import GRDB
import GRDBSQLite
import RecallCore

/// An Anki card as the importer needs it.
public struct AnkiCardRow: Hashable, Sendable {
  /// The card's id in the collection.
  public var id: Int64
  /// The note's id.
  public var note: Int64
  /// The template ordinal.
  public var ordinal: Int
  /// The deck's id (the original deck for a card in a filtered deck).
  public var deck: Int64
  /// The queue: -1 suspended, -2 and -3 buried.
  public var queue: Int
}

/// An Anki note as stored, before its fields are turned into text.
public struct AnkiNoteRow: Hashable, Sendable {
  /// The note's id.
  public var id: Int64
  /// The note's guid.
  public var guid: String
  /// The note type's id.
  public var notetype: Int64
  /// The tags, separated by spaces.
  public var tags: String
  /// The field values (HTML), separated by U+001F.
  public var fields: String
}

extension AnkiPackage {
  /// The deck names by id, components joined with `::`.
  public func decks() throws -> [Int64: String] {
    try read { db in
      var result: [Int64: String] = [:]
      if try db.tableExists("decks"), try db.columns(in: "decks").contains(where: { $0.name == "kind" }) {
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM decks") {
          let name: String = row[1]
          result[row[0]] = name.replacingOccurrences(of: "\u{1f}", with: "::")
        }
      } else if let text = try String.fetchOne(db, sql: "SELECT decks FROM col"),
        let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
      {
        for (key, value) in object {
          guard let id = Int64(key), let deck = value as? [String: Any], let name = deck["name"] as? String else {
            continue
          }
          result[id] = name
        }
      }
      return result
    }
  }

  /// The note types by id.
  public func notetypes() throws -> [Int64: AnkiNotetype] {
    try read { db in
      var result: [Int64: AnkiNotetype] = [:]
      if try db.tableExists("notetypes") {
        var fields: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT ntid, name FROM fields ORDER BY ntid, ord") {
          fields[row[0], default: []].append(row[1])
        }
        var templates: [Int64: [AnkiNotetype.Template]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT ntid, name, config FROM templates ORDER BY ntid, ord") {
          let config = ProtobufFields((row[2] as Data?) ?? Data())
          templates[row[0], default: []].append(
            AnkiNotetype.Template(name: row[1], front: config?.string(1) ?? "", back: config?.string(2) ?? ""))
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, name, config FROM notetypes") {
          let id: Int64 = row[0]
          let config = ProtobufFields((row[2] as Data?) ?? Data())
          result[id] = AnkiNotetype(
            name: row[1], isCloze: config?.varint(1) == 1, fields: fields[id] ?? [], templates: templates[id] ?? [])
        }
      } else if let text = try String.fetchOne(db, sql: "SELECT models FROM col") {
        result = AnkiRowText.notetypes(models: text)
      }
      return result
    }
  }

  /// The hour a study day starts in the collection (`rollover`, 4 by default).
  public func rolloverHour() throws -> Int {
    try read { db in
      if try db.tableExists("config"),
        let data = try Data.fetchOne(db, sql: "SELECT val FROM config WHERE KEY = 'rollover'"),
        let hour = try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed) as? Int
      {
        return min(max(hour, 0), 23)
      }
      if let text = try String.fetchOne(db, sql: "SELECT conf FROM col"),
        let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
        let hour = object["rollover"] as? Int
      {
        return min(max(hour, 0), 23)
      }
      return 4
    }
  }

  /// Every note, in id order.
  public func notes() throws -> [AnkiNoteRow] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id").map { row in
        AnkiNoteRow(
          id: row[0], guid: (row[1] as String?) ?? "", notetype: row[2], tags: (row[3] as String?) ?? "",
          fields: (row[4] as String?) ?? "")
      }
    }
  }

  /// Every card, in note and ordinal order.
  public func cards() throws -> [AnkiCardRow] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT id, nid, ord, did, odid, queue FROM cards ORDER BY nid, ord").map { row in
        let original: Int64 = (row[4] as Int64?) ?? 0
        return AnkiCardRow(
          id: row[0], note: row[1], ordinal: row[2], deck: original != 0 ? original : row[3], queue: row[5])
      }
    }
  }

  /// The number of review log rows.
  public func reviewCount() throws -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM revlog") ?? 0 }
  }

  /// Calls `body` with every review log row in time order (`revlog.id`, its primary key, so the
  /// rows come straight off the table, never sorted), with the card it belongs to.
  ///
  /// The columns are read straight from SQLite (a NULL reads as 0, as Anki never writes one):
  /// a GRDB `Row` a review cost more than the rest of reading the log.
  public func forEachReview(_ body: (_ card: Int64, _ review: AnkiReview) throws -> Void) throws {
    let sql = "SELECT cid, id, ease, ivl, time, type FROM revlog ORDER BY id"
    try read { db in
      // The statement owns the handle: it must outlive the loop.
      let statement = try db.makeStatement(sql: sql)
      try withExtendedLifetime(statement) {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
          let code = sqlite3_step(handle)
          if code == SQLITE_DONE { return }
          guard code == SQLITE_ROW else {
            let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
          }
          let kind = Int(sqlite3_column_int64(handle, 5))
          try body(
            sqlite3_column_int64(handle, 0),
            AnkiReview(
              time: Timestamp(milliseconds: sqlite3_column_int64(handle, 1)),
              ease: Int(sqlite3_column_int64(handle, 2)), interval: sqlite3_column_int64(handle, 3),
              duration: sqlite3_column_int64(handle, 4), kind: AnkiReview.Kind(rawValue: kind)))
        }
      }
    }
  }

  /// Runs `body` on the collection; SQLite errors become `corruptCollection`.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try database.read(body)
    } catch let error as DatabaseError {
      throw AnkiPackageError.corruptCollection(path: path, detail: error.message ?? "\(error.resultCode)")
    }
  }
}
