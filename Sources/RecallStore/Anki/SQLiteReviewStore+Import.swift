import GRDB
import RecallCore

/// What an import added to the progress database.
public struct ImportCounts: Hashable, Sendable {
  /// Review log rows appended.
  public var reviewsAdded = 0
  /// Reviews already in the log (from an earlier import), not added again.
  public var reviewsKnown = 0
  /// Cards whose state was set.
  public var cards = 0

  /// Creates counts.
  public init(reviewsAdded: Int = 0, reviewsKnown: Int = 0, cards: Int = 0) {
    self.reviewsAdded = reviewsAdded
    self.reviewsKnown = reviewsKnown
    self.cards = cards
  }
}

/// One card as an import leaves it, once its whole history has been read.
public struct ImportedCard: Sendable {
  /// The deck's name.
  public var deck: String
  /// The card.
  public var card: CardID
  /// The state after its last imported review; nil for a card without imported reviews.
  public var state: MemoryState?
  /// How many reviews of it the import brought.
  public var reviews: Int
  /// Of them, lapses (a graduated card forgotten in study).
  public var lapses: Int
  /// Whether the card is suspended.
  public var suspended: Bool
  /// Until when the card is buried, if it is.
  public var buriedUntil: Timestamp?

  /// Creates an imported card.
  public init(
    deck: String, card: CardID, state: MemoryState?, reviews: Int, lapses: Int, suspended: Bool,
    buriedUntil: Timestamp?
  ) {
    self.deck = deck
    self.card = card
    self.state = state
    self.reviews = reviews
    self.lapses = lapses
    self.suspended = suspended
    self.buriedUntil = buriedUntil
  }
}

extension SQLiteReviewStore {
  /// Adds an imported history in one transaction: `reviews` is called with a function that takes
  /// one review at a time, in time order, so a large import never holds its log in memory; then
  /// `cards` gives every imported card's final state and flags.
  ///
  /// A review already in the log (same deck, card and time) is not added again, so importing the
  /// same history twice changes nothing. A card's state becomes the one after its last imported
  /// review, unless it was studied in Recall since. `beforeCommit` runs last inside the
  /// transaction; when anything throws, nothing is written.
  ///
  /// `expectedReviews` (how many reviews `reviews` will add at most) chooses the bulk path: when
  /// none of `decks` has reviews yet and the import is larger than the log, the card index of the
  /// log and the trigger that counts `review_activity` are dropped for the inserts (the inserter
  /// counts the activity a bucket at a time), and created again inside the same transaction.
  @discardableResult
  public func importHistory(
    decks: Set<String>, expectedReviews: Int,
    reviews: (_ add: (ReviewRecord) throws -> Void) throws -> Void,
    cards: () throws -> [ImportedCard], beforeCommit: () throws -> Void = {}
  ) throws -> ImportCounts {
    var counts = ImportCounts()
    try database.write { db in
      let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
      try db.execute(sql: "PRAGMA cache_size = \(ImportTuning.cacheSize)")
      defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
      // The latest review of every card that has any, in the decks that have any.
      var latest: [String: [String: Int64]] = [:]
      for deck in decks.sorted() {
        let rows = try Row.fetchCursor(
          db, sql: "SELECT card, max(time) FROM review_log WHERE deck = ? GROUP BY card", arguments: [deck])
        var times: [String: Int64] = [:]
        while let row = try rows.next() { times[row[0]] = row[1] }
        if !times.isEmpty { latest[deck] = times }
      }
      let logSize = try Int.fetchOne(db, sql: "SELECT max(id) FROM review_log") ?? 0
      let rebuilt = latest.isEmpty && expectedReviews > max(logSize, ImportTuning.bulkThreshold)
      let dropped = rebuilt ? try ImportTuning.dropIndexesAndTrigger(db) : (create: [], trigger: false)
      let inserter = try ReviewLogInserter(db, countActivity: dropped.trigger)
      let known = try db.cachedStatement(
        sql: "SELECT EXISTS (SELECT 1 FROM review_log WHERE deck = ? AND card = ? AND time = ?)")
      try reviews { review in
        if let times = latest[review.deck], times[review.card.rawValue] != nil {
          // The rows still waiting in the inserter are in the log too.
          try inserter.flush()
          if try Bool.fetchOne(known, arguments: [review.deck, review.card.rawValue, review.time.milliseconds]) == true
          {
            counts.reviewsKnown += 1
            return
          }
        }
        try inserter.insert(review)
        counts.reviewsAdded += 1
      }
      try inserter.flush()
      for sql in dropped.create { try db.execute(sql: sql) }
      for card in try cards() {
        try settle(db, card, latest: latest[card.deck]?[card.card.rawValue])
        counts.cards += 1
      }
      try beforeCommit()
    }
    return counts
  }

  /// Sets an imported card's state and flags. A card that had reviews before the import gets its
  /// counts from the log; one studied in Recall after its last imported review keeps its state.
  private func settle(_ db: Database, _ imported: ImportedCard, latest: Int64?) throws {
    let deck = imported.deck
    let card = imported.card.rawValue
    if let latest {
      if let state = imported.state, imported.reviews > 0 {
        let studiedSince = latest > (state.lastReview?.milliseconds ?? Int64.min)
        let current =
          studiedSince
          ? try Row.fetchOne(
            db.cachedStatement(
              sql:
                "SELECT phase, step, stability, difficulty, due, last_review FROM card_state WHERE deck = ? AND card = ?"
            ), arguments: [deck, card]
          ).flatMap { ReviewRow.state($0, at: 0) } : state
        try restore(db, deck: deck, card: imported.card, state: current)
      }
    } else if let state = imported.state, imported.reviews > 0 {
      // No review of the card before: its counts are the import's.
      var values: [(any DatabaseValueConvertible)?] = [deck, card]
      values += ReviewRow.stateValues(state)
      values += [imported.reviews, imported.lapses, imported.suspended, imported.buriedUntil?.milliseconds]
      try db.cachedStatement(sql: ImportTuning.upsertSQL).execute(arguments: StatementArguments(values))
      return
    }
    if imported.suspended || imported.buriedUntil != nil {
      try db.cachedStatement(
        sql: """
          INSERT INTO card_state (deck, card, suspended, buried_until) VALUES (?, ?, ?, ?)
          ON CONFLICT (deck, card) DO UPDATE SET suspended = excluded.suspended, buried_until = excluded.buried_until
          """
      ).execute(arguments: [deck, card, imported.suspended, imported.buriedUntil?.milliseconds])
    } else {
      try db.cachedStatement(
        sql: "UPDATE card_state SET suspended = 0, buried_until = NULL WHERE deck = ? AND card = ?"
      )
      .execute(arguments: [deck, card])
      try db.cachedStatement(sql: ReviewRow.deleteEmptyStateSQL).execute(arguments: [deck, card])
    }
  }
}

/// How a large import is made fast.
enum ImportTuning {
  /// The page cache of the connection while it imports, in KiB (negative, as SQLite takes it):
  /// 16 MiB. At 32 MiB a 2,000,000-review import peaked at 221 MiB (the sorter of the card index
  /// rebuild takes about as much again as the cache); at 16 MiB it peaks at 187 MiB and is no
  /// slower (BENCHMARKS.md, "Fourth pass").
  static let cacheSize = -16384

  /// The fewest reviews for which dropping and rebuilding the card index pays.
  static let bulkThreshold = 10000

  /// The indexes of the review log dropped during a bulk insert.
  static let droppedIndexes = ["review_log_deck_card"]

  /// The trigger dropped during a bulk insert: `ReviewLogInserter` counts the activity instead.
  static let droppedTrigger = "review_log_count"

  /// Sets a card's state, counts and flags, inserting its row when it has none.
  static let upsertSQL = """
    INSERT INTO card_state (deck, card, phase, step, stability, difficulty, due, last_review, reps, lapses,
      suspended, buried_until)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (deck, card) DO UPDATE SET
      phase = excluded.phase, step = excluded.step, stability = excluded.stability,
      difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review,
      reps = excluded.reps, lapses = excluded.lapses, suspended = excluded.suspended,
      buried_until = excluded.buried_until
    """

  /// Drops `droppedIndexes` and `droppedTrigger`, returning the statements that create them again
  /// as they were, and whether the trigger was there to drop.
  static func dropIndexesAndTrigger(_ db: Database) throws -> (create: [String], trigger: Bool) {
    var create: [String] = []
    var trigger = false
    for (type, name) in droppedIndexes.map({ ("index", $0) }) + [("trigger", droppedTrigger)] {
      guard
        let sql = try String.fetchOne(
          db, sql: "SELECT sql FROM sqlite_master WHERE type = ? AND name = ?", arguments: [type, name])
      else { continue }
      try db.execute(sql: "DROP \(type.uppercased()) \(name)")
      create.append(sql)
      if type == "trigger" { trigger = true }
    }
    return (create, trigger)
  }
}
