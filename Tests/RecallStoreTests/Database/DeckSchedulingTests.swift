import Foundation
import GRDB
import RecallCore
import RecallStore
import Testing

@Suite struct DeckSchedulingTests {
  let store: SQLiteReviewStore

  init() throws {
    store = SQLiteReviewStore(database: try RecallDatabase.inMemory())
  }

  @Test func aDeckWithoutSettingsUsesTheDefaults() throws {
    #expect(try store.scheduling(deck: "d") == .standard)
    #expect(try store.allScheduling().isEmpty)
  }

  @Test func weightsAndRetentionAreSavedPerDeck() throws {
    var weights = SchedulerParameters.defaultWeights
    weights[0] = 0.5
    try store.saveWeights(weights, deck: "d", fittedAt: testEpoch, reviews: 120)
    try store.saveDesiredRetention(0.85, deck: "d")
    try store.saveDesiredRetention(0.95, deck: "e")
    let saved = try store.scheduling(deck: "d")
    #expect(saved == DeckScheduling(weights: weights, fittedAt: testEpoch, fittedReviews: 120, desiredRetention: 0.85))
    #expect(try store.scheduling(deck: "e") == DeckScheduling(desiredRetention: 0.95))
    #expect(try store.allScheduling().keys.sorted() == ["d", "e"])
    try store.clearWeights(deck: "d")
    #expect(try store.scheduling(deck: "d") == DeckScheduling(desiredRetention: 0.85))
  }

  @Test func weightsOutOfBoundsAreNeverStored() throws {
    var weights = SchedulerParameters.defaultWeights
    weights[20] = 5
    #expect(throws: SchedulerParametersError.self) {
      try store.saveWeights(weights, deck: "d", fittedAt: testEpoch, reviews: 1)
    }
    #expect(throws: SchedulerParametersError.self) {
      try store.saveWeights([1, 2], deck: "d", fittedAt: testEpoch, reviews: 1)
    }
    #expect(throws: SchedulerParametersError.self) { try store.saveDesiredRetention(1.5, deck: "d") }
    #expect(try store.scheduling(deck: "d") == .standard)
  }

  @Test func aDamagedRowSchedulesWithTheDefaults() throws {
    var text = SchedulerParameters.defaultWeights.map { "\($0)" }
    text[4] = "99"
    try store.database.write { db in
      try db.execute(
        sql: "INSERT INTO deck_scheduling (deck, weights, fitted_at, fitted_reviews) VALUES ('d', ?, 1, 1)",
        arguments: ["[" + text.joined(separator: ",") + "]"])
    }
    #expect(try store.scheduling(deck: "d").weights == nil)
    #expect(try store.scheduling(deck: "d").scheduler.parameters == .standard)
  }

  @Test func trainingHistoriesHoldTheReviewsThatMovedTheSchedule() throws {
    let first = reviewState(at: testEpoch, days: 3)
    let later = testEpoch.adding(milliseconds: 3 * Timestamp.day)
    let second = reviewState(at: later, days: 9)
    try store.record(review("a", at: testEpoch, before: nil, after: first))
    // A quiz answer that did not update the schedule is no scheduling review.
    try store.record(review("a", at: later, .again, before: first, after: first, mode: .quiz))
    try store.record(review("a", at: later, before: first, after: second))
    try store.record(review("b", deck: "e", at: later, .hard, before: nil, after: second))
    let histories = try store.trainingHistories(deck: "d")
    #expect(histories == [[TimedRating(time: testEpoch, rating: .good), TimedRating(time: later, rating: .good)]])
    #expect(try store.trainingHistories(deck: nil).count == 2)
  }
}
