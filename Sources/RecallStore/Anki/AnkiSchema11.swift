import Foundation
import RecallCore

/// The pieces of a schema 11 Anki collection that `AnkiPackageWriter` writes: its tables, and the
/// JSON of the `col` row (settings, note types, decks, deck options).
enum AnkiSchema11 {
  static let tables = """
    CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
      ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
      models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
    CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
      usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
      flags integer NOT NULL, data text NOT NULL);
    CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
      mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
      ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL,
      left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
    CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
      ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
      type integer NOT NULL);
    CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
    CREATE INDEX ix_notes_usn ON notes (usn);
    CREATE INDEX ix_cards_usn ON cards (usn);
    CREATE INDEX ix_revlog_usn ON revlog (usn);
    CREATE INDEX ix_cards_nid ON cards (nid);
    CREATE INDEX ix_cards_sched ON cards (did, queue, due);
    CREATE INDEX ix_revlog_cid ON revlog (cid);
    CREATE INDEX ix_notes_csum ON notes (csum);
    """

  static let conf = #"{"nextPos":1,"schedVer":2,"sched2021":true,"activeDecks":[1],"curDeck":1,"curModel":1}"#

  /// The fixed ids of the three note types written.
  static func modelID(_ name: String) -> Int64 {
    switch name {
    case "Basic (and reversed card)": 1_700_000_000_002
    case "Cloze": 1_700_000_000_003
    default: 1_700_000_000_001
    }
  }

  static func deckID(index: Int) -> Int64 { 1_700_000_001_000 + Int64(index) }

  private static func field(_ name: String, _ ord: Int) -> [String: Any] {
    ["name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial", "size": 20, "media": []]
  }

  private static func template(_ name: String, _ ord: Int, _ front: String, _ back: String) -> [String: Any] {
    ["name": name, "ord": ord, "qfmt": front, "afmt": back, "bqfmt": "", "bafmt": "", "did": NSNull()]
  }

  private static func model(_ name: String, type: Int, fields: [String], templates: [[String: Any]]) -> [String: Any] {
    [
      "id": modelID(name), "name": name, "type": type, "mod": 0, "usn": 0, "sortf": 0, "did": NSNull(),
      "tmpls": templates, "flds": fields.enumerated().map { field($0.element, $0.offset) },
      "css": ".card { font-family: arial; font-size: 20px; text-align: center; }", "latexPre": "", "latexPost": "",
      "req": [], "tags": [], "vers": [],
    ]
  }

  static var models: String {
    let answer = "{{FrontSide}}\n\n<hr id=answer>\n\n"
    let all: [[String: Any]] = [
      model(
        "Basic", type: 0, fields: ["Front", "Back"],
        templates: [template("Card 1", 0, "{{Front}}", answer + "{{Back}}")]),
      model(
        "Basic (and reversed card)", type: 0, fields: ["Front", "Back"],
        templates: [
          template("Card 1", 0, "{{Front}}", answer + "{{Back}}"),
          template("Card 2", 1, "{{Back}}", answer + "{{Front}}"),
        ]),
      model(
        "Cloze", type: 1, fields: ["Text", "Back Extra"],
        templates: [template("Cloze", 0, "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")]),
    ]
    var object: [String: Any] = [:]
    for item in all { object[String(item["id"] as? Int64 ?? 0)] = item }
    return json(object)
  }

  static func decks(names: [String], now: Timestamp) -> String {
    var object: [String: Any] = [:]
    func deck(_ id: Int64, _ name: String) -> [String: Any] {
      [
        "id": id, "name": name, "mod": now.milliseconds / 1000, "usn": -1, "lrnToday": [0, 0], "revToday": [0, 0],
        "newToday": [0, 0], "timeToday": [0, 0], "collapsed": false, "browserCollapsed": false, "desc": "", "dyn": 0,
        "conf": 1, "extendNew": 0, "extendRev": 0,
      ]
    }
    object["1"] = deck(1, "Default")
    for (index, name) in names.enumerated() { object[String(deckID(index: index))] = deck(deckID(index: index), name) }
    return json(object)
  }

  static let dconf = #"""
    {"1":{"id":1,"mod":0,"name":"Default","usn":0,"maxTaken":60,"autoplay":true,"timer":0,"replayq":true,"dyn":false,
    "new":{"bury":false,"delays":[1.0,10.0],"initialFactor":2500,"ints":[1,4,0],"order":1,"perDay":20},
    "rev":{"bury":false,"ease4":1.3,"ivlFct":1.0,"maxIvl":36500,"perDay":200,"hardFactor":1.2},
    "lapse":{"delays":[10.0],"leechAction":1,"leechFails":8,"minInt":1,"mult":0.0}}}
    """#

  /// A card's type, queue, due, interval and ease factor from Recall's progress.
  static func schedule(_ progress: CardProgress?, crt: Int64, position: Int)
    -> (type: Int, queue: Int, due: Int64, interval: Int64, factor: Int)
  {
    var result: (type: Int, queue: Int, due: Int64, interval: Int64, factor: Int) = (0, 0, Int64(position + 1), 0, 0)
    if let memory = progress?.memory {
      let dueSeconds = memory.due.milliseconds / 1000
      switch memory.phase {
      case .review:
        let last = memory.lastReview?.milliseconds ?? memory.due.milliseconds
        let interval = max(1, (memory.due.milliseconds - last) / Timestamp.day)
        result = (2, 2, (dueSeconds - crt) / 86_400, interval, 2500)
      case .learning: result = (1, 1, dueSeconds, 0, 2500)
      case .relearning: result = (3, 1, dueSeconds, 1, 2500)
      }
    }
    if progress?.suspended == true { result.queue = -1 }
    if progress?.buriedUntil != nil && result.queue >= 0 { result.queue = -3 }
    return result
  }

  /// The revlog interval of a review: days when it scheduled a review, else negative seconds.
  static func interval(_ review: ReviewRecord) -> Int64 {
    let span = review.after.due.milliseconds - review.time.milliseconds
    if review.after.phase == .review { return max(1, span / Timestamp.day) }
    return -max(0, span / Timestamp.second)
  }

  /// The revlog kind of a review: learning, review or relearning, by the card's state before it.
  static func kind(_ review: ReviewRecord) -> Int {
    switch review.before?.phase {
    case nil, .learning: 0
    case .review: 1
    case .relearning: 2
    }
  }

  private static func json(_ object: [String: Any]) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
