import Foundation
import GRDB
import RecallCore
import Testing

@testable import RecallStore

/// The third migration rebuilds the review log and the card states with their checks rewritten:
/// every review and every figure derived from them must come through it unchanged.
@Suite struct PlainChecksMigrationTests {
  private static let now = testEpoch.adding(milliseconds: 200 * Timestamp.day)

  @Test func aMigratedDatabaseShowsTheSameFiguresAsBefore() throws {
    let old = try Self.history(schemaVersion: 2)
    let migrated = try Self.history(schemaVersion: 2)
    try RecallSchema.migrator.migrate(migrated.database.queue)
    #expect(try migrated.database.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 3)
    let before = try Self.figures(old)
    #expect(before.csv.count > 3000)
    #expect(before.histories.count > 100)
    #expect(try Self.figures(migrated) == before)
    #expect(try migrated.database.integrityCheck() == ["ok"])

    // The triggers still count a new review and take back an undone one, and rebuilds agree.
    for store in [old, migrated] {
      let card = CardID("late")
      let state = reviewState(at: Self.now, days: 3)
      try store.record(review(card, deck: "hist", at: Self.now, before: nil, after: state))
      _ = try store.undoLastReview(deck: "bench")
      try store.rebuild()
    }
    #expect(try Self.figures(migrated) == Self.figures(old))
    #expect(throws: DatabaseError.self) {
      try migrated.database.queue.write { db in try db.execute(sql: "UPDATE review_log SET rating = 4") }
    }
  }

  @Test func theRewrittenChecksRefuseWhatTheOldOnesRefused() throws {
    let database = try RecallDatabase.inMemory()
    let columns = "deck, card, time, rating, mode, before_phase, before_due, after_phase, after_due"
    func insert(_ values: String) throws {
      try database.queue.write { db in try db.execute(sql: "INSERT INTO review_log (\(columns)) VALUES (\(values))") }
    }
    try insert("'d', 'a', 1, 3, 'study', NULL, NULL, 1, 5")
    try insert("'d', 'a', 2, 3, 'quiz', 2, 5, 3, 9")
    try insert("'d', 'a', 3, 3, 'quiz', '2', 5, 2.0, 9")
    for bad in [
      "'d', 'a', 4, 3, 'exam', NULL, NULL, 1, 5", "'d', 'a', 4, 3, 'study', NULL, NULL, 4, 5",
      "'d', 'a', 4, 3, 'study', NULL, NULL, 1.5, 5", "'d', 'a', 4, 3, 'study', 0, 5, 1, 5",
      "'d', 'a', 4, 3, 'study', 'x', 5, 1, 5", "'d', 'a', 4, 3, 'study', NULL, NULL, NULL, 5",
      "'d', 'a', 4, 5, 'study', NULL, NULL, 1, 5",
    ] {
      #expect(throws: DatabaseError.self, "\(bad)") { try insert(bad) }
    }
    func state(_ values: String) throws {
      try database.queue.write { db in
        try db.execute(sql: "INSERT INTO card_state (deck, card, phase, due, suspended) VALUES (\(values))")
      }
    }
    try state("'d', 'a', 1, 5, 0")
    try state("'d', 'b', NULL, NULL, 1")
    for bad in ["'d', 'c', 4, 5, 0", "'d', 'c', 2.5, 5, 0", "'d', 'c', 1, 5, 2", "'d', 'c', 1, 5, 0.5"] {
      #expect(throws: DatabaseError.self, "\(bad)") { try state(bad) }
    }
  }

  @Test func aFailedMigrationLeavesTheOlderFileAsItWas() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    let queue = try DatabaseQueue(path: path)
    try RecallSchema.migrator(through: 2).migrate(queue)
    try queue.write { db in
      let review = review(CardID("a"), at: testEpoch, before: nil, after: reviewState(at: testEpoch, days: 2))
      try db.execute(sql: ReviewRow.insertSQL, arguments: ReviewRow.arguments(review))
      // A table in the way of the one the migration creates makes it fail halfway.
      try db.execute(sql: "CREATE TABLE card_state_v3 (x)")
    }
    let snapshot = try Self.contents(queue)
    #expect(throws: DatabaseError.self) { try RecallSchema.migrator.migrate(queue) }
    try queue.close()
    let after = try DatabaseQueue(path: path)
    #expect(try Self.contents(after) == snapshot)
    #expect(try after.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 2)
    try after.close()
  }

  @Test func anOlderBuildSeesTheMigratedFileAsNewer() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("recall.sqlite")
    try RecallDatabase.open(path: path).close()
    let queue = try DatabaseQueue(path: path)
    // What an older build's `RecallDatabase.prepare` looks at before it refuses a newer schema.
    #expect(try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 3)
    #expect(try queue.read { db in try RecallSchema.migrator(through: 2).hasBeenSuperseded(db) })
    try queue.close()
  }

  /// Everything people see or the optimizer reads of a store.
  private struct Figures: Hashable {
    var csv: String
    var progress: [String: [CardID: CardProgress]]
    var activity: ReviewActivity
    var topicActivity: ReviewActivity
    var statistics: DeckStatistics
    var buckets: [String]
    var histories: [[TimedRating]]
    var benchHistories: [[TimedRating]]
    var lastStudied: String?
  }

  private static func figures(_ store: SQLiteReviewStore) throws -> Figures {
    var csv = ""
    try ReviewLogCSV.export(from: store, deck: nil) { csv += $0 }
    let decks = try store.knownDecks()
    var progress: [String: [CardID: CardProgress]] = [:]
    for deck in decks { progress[deck] = try store.progress(deck: deck) }
    let calendar = StudyCalendar(utcOffsetSeconds: 3600, rolloverHour: 4)
    let since = now.adding(milliseconds: -30 * Timestamp.day)
    let request = StatisticsRequest(deck: nil, topic: nil, now: now, calendar: calendar, periodDays: 30)
    let input = try StatisticsGathering.input(request, store: store, decks: [:], deckFiles: [])
    let cards: [String: Set<CardID>] = ["bench": [SyntheticHistory.cardID(3), SyntheticHistory.cardID(7)]]
    let buckets = try store.database.queue.read { db in
      try Row.fetchAll(db, sql: "SELECT deck, bucket, reviews, milliseconds FROM review_activity ORDER BY deck, bucket")
        .map { "\($0)" }
    }
    return Figures(
      csv: csv, progress: progress,
      activity: try store.activity(decks: decks, calendar: calendar, recentSince: since),
      topicActivity: try store.activity(decks: ["bench"], calendar: calendar, recentSince: since, cards: cards),
      statistics: StatisticsCalculator.compute(input), buckets: buckets,
      histories: try store.trainingHistories(deck: nil), benchHistories: try store.trainingHistories(deck: "bench"),
      lastStudied: try store.lastStudiedDeck())
  }

  /// A varied history: a long synthetic study log with lapses, and two more decks with study and
  /// quiz reviews (some changing the card's state), answers CSV must quote, a missing response
  /// time, suspended and buried cards, an undone review and a rebuild.
  private static func history(schemaVersion: Int) throws -> SQLiteReviewStore {
    let database = try RecallDatabase.inMemory(schemaVersion: schemaVersion)
    let store = SQLiteReviewStore(database: database)
    try SyntheticHistory(deck: "bench", cards: 300, reviews: 4000, days: 180, seed: 5).write(into: database, now: now)
    for (deck, offset) in [("geo", 0), ("hist::ww2", 7)] {
      for index in 0..<6 {
        let card = CardID("\(deck)-\(index)")
        var time = testEpoch.adding(milliseconds: Int64(offset + index) * Timestamp.hour)
        var state: MemoryState?
        for step in 0..<5 {
          let rating: Rating = (index + step) % 4 == 0 ? .again : .good
          let next = reviewState(at: time, days: Double(step + 1) * 2.5, stability: Double(step) + 1.25)
          let quiz = step == 3
          let after = quiz && index % 2 == 0 ? state ?? next : next
          var record = review(
            card, deck: deck, at: time, rating, before: state, after: after, mode: quiz ? .quiz : .study,
            responseMilliseconds: index == 2 ? nil : Int64(900 + 100 * step))
          record.answer = index == 1 ? "=1+1, \"two\"" : "answer \(step)"
          try store.record(record)
          state = after
          time = time.adding(milliseconds: Int64(step + 1) * Timestamp.day)
        }
      }
      try store.setSuspended(deck: deck, card: CardID("\(deck)-1"), true)
      try store.bury(deck: deck, card: CardID("\(deck)-4"), until: now.adding(milliseconds: Timestamp.day))
      try store.bury(deck: deck, card: CardID("\(deck)-new"), until: now)
    }
    _ = try store.undoLastReview(deck: "geo")
    try store.rebuild(using: .latestAfter)
    return store
  }

  /// The schema and every row of every table, as text.
  private static func contents(_ queue: DatabaseQueue) throws -> [String] {
    try queue.read { db in
      let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      var lines = try String.fetchAll(db, sql: "SELECT coalesce(sql, name) FROM sqlite_master ORDER BY name")
      for table in tables {
        lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { "\(table): \($0)" }
      }
      return lines
    }
  }
}
