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

/// One card's history and flags as an import brings them.
public struct ImportedCard: Sendable {
  /// The deck's name.
  public var deck: String
  /// The card.
  public var card: CardID
  /// Its reviews, oldest first, with the states computed for them.
  public var reviews: [ReviewRecord]
  /// Whether the card is suspended.
  public var suspended: Bool
  /// Until when the card is buried, if it is.
  public var buriedUntil: Timestamp?

  /// Creates an imported card.
  public init(deck: String, card: CardID, reviews: [ReviewRecord], suspended: Bool, buriedUntil: Timestamp?) {
    self.deck = deck
    self.card = card
    self.reviews = reviews
    self.suspended = suspended
    self.buriedUntil = buriedUntil
  }
}

extension SQLiteReviewStore {
  /// Adds imported cards in one transaction: `produce` is called with a function that takes one
  /// card at a time, so a large import never holds every review in memory. A review already in the
  /// log (same deck, card and time) is not added again, so importing the same history twice changes
  /// nothing. A card's state becomes the one after its last imported review, unless it was studied
  /// in Recall since. `beforeCommit` runs last inside the transaction; when anything throws,
  /// nothing is written.
  @discardableResult
  public func importCards(
    _ produce: (_ add: (ImportedCard) throws -> Void) throws -> Void, beforeCommit: () throws -> Void = {}
  ) throws -> ImportCounts {
    var counts = ImportCounts()
    try database.write { db in
      var decksWithReviews: [String: Bool] = [:]
      try produce { imported in
        let deck = imported.deck
        let card = imported.card.rawValue
        let known: Bool
        if let cached = decksWithReviews[deck] {
          known = cached
        } else {
          known =
            try Bool.fetchOne(
              db, sql: "SELECT EXISTS (SELECT 1 FROM review_log WHERE deck = ?)", arguments: [deck]) ?? false
          decksWithReviews[deck] = known
        }
        var times = Set<Int64>()
        var latest: Int64?
        if known {
          let rows = try Row.fetchAll(
            db, sql: "SELECT time FROM review_log WHERE deck = ? AND card = ?", arguments: [deck, card])
          for row in rows {
            let time: Int64 = row[0]
            times.insert(time)
            latest = max(latest ?? time, time)
          }
        }
        let insert = try db.cachedStatement(sql: ReviewRow.insertSQL)
        var added = 0
        for review in imported.reviews {
          if times.contains(review.time.milliseconds) {
            counts.reviewsKnown += 1
            continue
          }
          try insert.execute(arguments: ReviewRow.arguments(review))
          added += 1
        }
        counts.reviewsAdded += added
        let studiedSince = latest.map { last in imported.reviews.allSatisfy { $0.time.milliseconds < last } } ?? false
        if imported.reviews.isEmpty || studiedSince {
          if added > 0 || !imported.reviews.isEmpty {
            let current = try Row.fetchOne(
              db,
              sql:
                "SELECT phase, step, stability, difficulty, due, last_review FROM card_state WHERE deck = ? AND card = ?",
              arguments: [deck, card])
            try restore(
              db, deck: imported.deck, card: imported.card, state: current.flatMap { ReviewRow.state($0, at: 0) })
          }
        } else {
          try restore(db, deck: imported.deck, card: imported.card, state: imported.reviews.last?.after)
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
          try db.cachedStatement(
            sql: """
              DELETE FROM card_state WHERE deck = ? AND card = ? AND phase IS NULL AND reps = 0
                AND suspended = 0 AND buried_until IS NULL
              """
          ).execute(arguments: [deck, card])
        }
        counts.cards += 1
      }
      try beforeCommit()
    }
    return counts
  }
}
