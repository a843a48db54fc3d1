import Foundation
import GRDB
import RecallCore
import RecallStore
import Testing

/// `importHistory`, on its bulk path (the card index dropped and built again) and its plain one.
@Suite struct ImportHistoryTests {
  /// Reviews of 30 cards, 500 each, in time order across cards as an import streams them.
  func history(cards: Int = 30, each: Int = 500) -> (reviews: [ReviewRecord], cards: [ImportedCard]) {
    var reviews: [ReviewRecord] = []
    var last: [MemoryState?] = Array(repeating: nil, count: cards)
    for step in 0..<each {
      for card in 0..<cards {
        let time = testEpoch.adding(milliseconds: Int64(step) * Timestamp.day + Int64(card) * 60_000)
        let after = reviewState(at: time, days: Double(step + 1))
        let rating: Rating = step % 7 == 3 ? .again : .good
        reviews.append(review(CardID("c\(card)"), at: time, rating, before: last[card], after: after))
        last[card] = after
      }
    }
    let imported = (0..<cards).map { card in
      let own = reviews.filter { $0.card == CardID("c\(card)") }
      return ImportedCard(
        deck: "d", card: CardID("c\(card)"), state: own.last?.after, reviews: own.count,
        lapses: own.filter { $0.before?.phase == .review && $0.rating == .again }.count, suspended: card == 0,
        buriedUntil: nil)
    }
    return (reviews, imported)
  }

  func indexes(_ database: RecallDatabase) throws -> [String] {
    try database.read { db in
      try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE tbl_name = 'review_log' ORDER BY name")
    }
  }

  func activity(_ database: RecallDatabase) throws -> [String] {
    try database.read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT deck || ' ' || bucket || ' ' || reviews || ' ' || milliseconds FROM review_activity
          ORDER BY deck, bucket
          """)
    }
  }

  @Test func aBulkImportLeavesTheSameRowsStatesAndIndexesAsRecording() throws {
    let (reviews, cards) = history()
    let bulk = try RecallDatabase.inMemory()
    let schema = try indexes(bulk)
    let counts = try SQLiteReviewStore(database: bulk).importHistory(
      decks: ["d"], expectedReviews: reviews.count, reviews: { add in try reviews.forEach(add) }, cards: { cards })
    #expect(counts == ImportCounts(reviewsAdded: reviews.count, reviewsKnown: 0, cards: cards.count))
    #expect(try indexes(bulk) == schema)
    #expect(try bulk.integrityCheck() == ["ok"])

    let recorded = SQLiteReviewStore(database: try RecallDatabase.inMemory())
    for entry in reviews { try recorded.record(entry) }
    try recorded.setSuspended(deck: "d", card: "c0", true)
    let store = SQLiteReviewStore(database: bulk)
    #expect(try store.reviewLog(deck: "d") == recorded.reviewLog(deck: "d"))
    #expect(try store.progress(deck: "d") == recorded.progress(deck: "d"))
    // The activity counted without the trigger is the trigger's, a batch of rows and the rest.
    #expect(reviews.count % 64 != 0)
    #expect(try activity(bulk) == activity(recorded.database))
    let counted = try bulk.read { db in try Int.fetchOne(db, sql: "SELECT sum(reviews) FROM review_activity") }
    #expect(counted == reviews.count)

    // Importing the same history again adds nothing and changes no card.
    let again = try store.importHistory(
      decks: ["d"], expectedReviews: reviews.count, reviews: { add in try reviews.forEach(add) }, cards: { cards })
    #expect(again.reviewsAdded == 0 && again.reviewsKnown == reviews.count)
    #expect(try activity(bulk) == activity(recorded.database))
    #expect(try store.progress(deck: "d") == recorded.progress(deck: "d"))
  }

  struct Refused: Error {}

  @Test func aFailedBulkImportLeavesTheDatabaseAsItWas() throws {
    let (reviews, cards) = history()
    let database = try RecallDatabase.inMemory()
    let store = SQLiteReviewStore(database: database)
    try store.record(
      review("old", deck: "other", at: testEpoch, before: nil, after: reviewState(at: testEpoch, days: 1)))
    let schema = try indexes(database)
    let log = try store.reviewLog(deck: nil)
    let counted = try activity(database)
    #expect(throws: Refused.self) {
      try store.importHistory(
        decks: ["d"], expectedReviews: reviews.count, reviews: { add in try reviews.forEach(add) }, cards: { cards },
        beforeCommit: { throw Refused() })
    }
    #expect(try indexes(database) == schema)
    #expect(try store.reviewLog(deck: nil) == log)
    #expect(try activity(database) == counted)
    #expect(try store.progress(deck: "d").isEmpty)
  }
}
