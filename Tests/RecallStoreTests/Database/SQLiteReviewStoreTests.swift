import Foundation
import GRDB
import RecallCore
import RecallStore
import Testing

@Suite struct SQLiteReviewStoreTests {
  let store: SQLiteReviewStore

  init() throws {
    store = SQLiteReviewStore(database: try RecallDatabase.inMemory())
  }

  @Test func recordSetsStateAndCounts() throws {
    let first = reviewState(at: testEpoch, days: 3)
    try store.record(review("a", at: testEpoch, before: nil, after: first))
    let later = testEpoch.adding(milliseconds: 3 * Timestamp.day)
    let second = MemoryState(
      phase: .relearning, step: 0, stability: 1, difficulty: 7, due: later.adding(milliseconds: 600_000),
      lastReview: later)
    try store.record(review("a", at: later, .again, before: first, after: second))
    let progress = try #require(try store.progress(deck: "d")["a"])
    #expect(progress == CardProgress(memory: second, reviews: 2, lapses: 1))
    #expect(try store.progress(deck: "other").isEmpty)
    #expect(try store.reviewLog(deck: "d").map(\.after) == [first, second])
  }

  @Test func undoRestoresTheStateBefore() throws {
    let first = reviewState(at: testEpoch, days: 3)
    let later = testEpoch.adding(milliseconds: 3 * Timestamp.day)
    let second = reviewState(at: later, days: 9)
    try store.record(review("a", at: testEpoch, before: nil, after: first))
    try store.record(review("a", at: later, before: first, after: second))
    let undone = try store.undoLastReview(deck: "d")
    #expect(undone?.after == second)
    #expect(try store.progress(deck: "d")["a"] == CardProgress(memory: first, reviews: 1))
    #expect(try store.reviewLog(deck: "d").count == 1)
  }

  @Test func undoingTheFirstReviewMakesTheCardNewAgain() throws {
    try store.record(review("a", at: testEpoch, before: nil, after: reviewState(at: testEpoch, days: 1)))
    _ = try store.undoLastReview(deck: "d")
    #expect(try store.progress(deck: "d").isEmpty)
    #expect(try store.undoLastReview(deck: "d") == nil)
  }

  @Test func undoKeepsASuspendedNewCardSuspended() throws {
    try store.record(review("a", at: testEpoch, before: nil, after: reviewState(at: testEpoch, days: 1)))
    try store.setSuspended(deck: "d", card: "a", true)
    _ = try store.undoLastReview(deck: "d")
    #expect(try store.progress(deck: "d")["a"] == CardProgress(suspended: true))
  }

  @Test func undoSkipsQuizAnswersAndOtherDecks() throws {
    let state = reviewState(at: testEpoch, days: 1)
    try store.record(review("a", at: testEpoch, before: nil, after: state))
    try store.record(review("b", at: testEpoch.adding(milliseconds: 1), before: nil, after: state, mode: .quiz))
    try store.record(review("c", deck: "e", at: testEpoch.adding(milliseconds: 2), before: nil, after: state))
    let undone = try store.undoLastReview(deck: "d")
    #expect(undone?.card == "a")
    #expect(try store.reviewLog(deck: nil).map(\.card) == ["b", "c"])
  }

  @Test func buryAndSuspendAreKeptBesideTheMemory() throws {
    let state = reviewState(at: testEpoch, days: 1)
    try store.record(review("a", at: testEpoch, before: nil, after: state))
    try store.bury(deck: "d", card: "a", until: testEpoch.adding(milliseconds: Timestamp.day))
    try store.setSuspended(deck: "d", card: "b", true)
    let progress = try store.progress(deck: "d")
    #expect(progress["a"]?.buriedUntil == testEpoch.adding(milliseconds: Timestamp.day))
    #expect(progress["a"]?.memory == state)
    #expect(progress["b"] == CardProgress(suspended: true))
    try store.setSuspended(deck: "d", card: "b", false)
    #expect(try store.progress(deck: "d")["b"] == nil)
  }

  @Test func aCardThatComesBackResumesWhereItWas() throws {
    // The store knows nothing of deck files: a card dropped from its deck keeps its rows, and
    // when it returns under the same identity its progress is there.
    let state = reviewState(at: testEpoch, days: 5)
    try store.record(review("gone", at: testEpoch, before: nil, after: state))
    let reopened = try store.progress(deck: "d")["gone"]
    #expect(reopened?.memory == state)
    #expect(try store.reviewLog(deck: "d").count == 1)
  }

  @Test func theLogIsAppendOnly() throws {
    try store.record(review("a", at: testEpoch, before: nil, after: reviewState(at: testEpoch, days: 1)))
    #expect(throws: DatabaseError.self) {
      try store.database.queue.write { db in try db.execute(sql: "UPDATE review_log SET rating = 4") }
    }
  }

  @Test func rebuildRecomputesStateFromTheLog() throws {
    var before: MemoryState?
    for index in 0..<6 {
      let time = testEpoch.adding(milliseconds: Int64(index) * Timestamp.day)
      let after = reviewState(at: time, days: Double(index + 1))
      let rating: Rating = index == 3 ? .again : .good
      try store.record(review(CardID("c\(index % 2)"), at: time, rating, before: before, after: after))
      before = after
    }
    try store.setSuspended(deck: "d", card: "c1", true)
    let expected = try store.progress(deck: "d")
    try store.database.queue.write { db in
      try db.execute(sql: "UPDATE card_state SET reps = 99, due = 0, stability = 0")
      try db.execute(sql: "DELETE FROM review_activity")
    }
    let cards = try store.rebuild(using: .latestAfter)
    #expect(cards == 2)
    #expect(try store.progress(deck: "d") == expected)
    let log = try store.reviewLog(deck: nil)
    let fromLog = ReviewActivity(log: log, calendar: StudyCalendar(), recentSince: testEpoch)
    let fromStore = try store.activity(decks: ["d"], calendar: StudyCalendar(), recentSince: testEpoch)
    #expect(fromStore == fromLog)
  }

  @Test func rebuildReschedulesWithFSRS() throws {
    let scheduler = Scheduler()
    var states: [CardID: MemoryState] = [:]
    var counts: [CardID: Int] = [:]
    let ratings: [Rating] = [.good, .good, .again, .hard, .good, .easy, .good, .again, .good]
    var time = testEpoch
    for (index, rating) in ratings.enumerated() {
      let card = CardID("c\(index % 3)")
      let seed = FuzzSeed.make(card: card, reviewCount: counts[card, default: 0])
      let after = scheduler.review(states[card], rating: rating, at: time, fuzzSeed: seed).state
      try store.record(review(card, at: time, rating, before: states[card], after: after))
      states[card] = after
      counts[card, default: 0] += 1
      time = time.adding(milliseconds: Int64(index + 1) * 7 * Timestamp.hour)
    }
    let expected = try store.progress(deck: "d")
    try store.database.queue.write { db in try db.execute(sql: "UPDATE card_state SET stability = 1, due = 0") }
    // A quiz answer that left the schedule alone is not replayed.
    let quiz = review("c0", at: time, .again, before: states["c0"], after: states["c0"] ?? .new(due: time), mode: .quiz)
    try store.record(quiz)
    #expect(try store.rebuild() == 3)
    var rebuilt = try store.progress(deck: "d")
    #expect(rebuilt["c0"]?.reviews == 4)
    rebuilt["c0"]?.reviews = 3
    #expect(rebuilt == expected)
  }

  @Test(arguments: [0, 19_800, -25_200, 45 * 60])
  func activityFromQueriesMatchesTheCore(offsetSeconds: Int) throws {
    var generator = SeededGenerator(seed: UInt64(offsetSeconds + 100_000))
    var records: [ReviewRecord] = []
    for index in 0..<300 {
      let time = testEpoch.adding(milliseconds: Int64(generator.nextUnit() * 40 * Double(Timestamp.day)))
      let days = generator.nextUnit() * 40
      let before = index % 3 == 0 ? nil : reviewState(at: time.adding(milliseconds: -Timestamp.day), days: days)
      let rating = Rating(rawValue: 1 + Int(generator.next() % 4)) ?? .good
      let record = review(
        CardID("c\(index % 17)"), at: time, rating, before: before, after: reviewState(at: time, days: 2),
        responseMilliseconds: index % 5 == 0 ? nil : Int64(index * 10))
      records.append(record)
      try store.record(record)
    }
    let calendar = StudyCalendar(utcOffsetSeconds: offsetSeconds)
    let since = testEpoch.adding(milliseconds: 20 * Timestamp.day)
    let expected = ReviewActivity(
      log: records.sorted { $0.time < $1.time }, calendar: calendar, recentSince: since)
    let found = try store.activity(decks: ["d"], calendar: calendar, recentSince: since)
    #expect(found.days == expected.days)
    #expect(found.recent.count == expected.recent.count)
    #expect(Set(found.recent) == Set(expected.recent))
    let some: Set<CardID> = ["c1", "c2"]
    let limited = try store.activity(decks: ["d"], calendar: calendar, recentSince: since, cards: ["d": some])
    let limitedExpected = ReviewActivity(
      log: records.filter { some.contains($0.card) }, calendar: calendar, recentSince: since)
    #expect(limited.days == limitedExpected.days)
    #expect(Set(limited.recent) == Set(limitedExpected.recent))
  }

  @Test func firstDueSkipsSuspendedBuriedAndFutureCards() throws {
    let now = testEpoch.adding(milliseconds: 10 * Timestamp.day)
    try store.record(review("late", at: testEpoch, before: nil, after: reviewState(at: testEpoch, days: 1)))
    try store.record(review("later", at: testEpoch, before: nil, after: reviewState(at: testEpoch, days: 2)))
    try store.record(review("future", at: testEpoch, before: nil, after: reviewState(at: testEpoch, days: 20)))
    #expect(try store.firstDue(deck: "d", now: now)?.card == "late")
    try store.setSuspended(deck: "d", card: "late", true)
    #expect(try store.firstDue(deck: nil, now: now)?.card == "later")
    try store.bury(deck: "d", card: "later", until: now.adding(milliseconds: 1))
    #expect(try store.firstDue(deck: "d", now: now) == nil)
  }

  @Test func quizRunsAreSavedWithTheirAnswers() throws {
    var run = QuizRunRecord(
      deck: "d", topic: "Geography", started: testEpoch, ended: testEpoch.adding(milliseconds: 60_000),
      settings: ["questions": "2", "seconds": "15"], score: 13, questionCount: 2, correctCount: 1,
      answers: [
        QuizAnswerRecord(
          index: 0, card: "a", kind: "qa", prompt: "Capital?", given: "Astana", expected: "Astana", correct: true,
          points: 13, responseMilliseconds: 2_000),
        QuizAnswerRecord(
          index: 1, card: "b", kind: "mcq", prompt: "Year?", given: nil, expected: "2006", correct: false, points: 0,
          responseMilliseconds: 15_000, timedOut: true),
      ])
    let id = try store.saveQuizRun(run)
    run.id = id
    #expect(try store.quizRuns(deck: "d", includeAnswers: true) == [run])
    #expect(try store.quizRuns(deck: "e").isEmpty)
    run.score = 20
    run.answers.removeLast()
    try store.saveQuizRun(run)
    #expect(try store.quizRuns(deck: nil, includeAnswers: true) == [run])
    try store.appendQuizAnswer(
      QuizAnswerRecord(
        index: 1, card: "c", kind: "cloze", prompt: "__", given: "x", expected: "y", correct: false,
        points: 0), run: id)
    #expect(try store.quizRuns(deck: "d", includeAnswers: true).first?.answers.count == 2)
    #expect(try store.quizRuns(deck: "d").first?.answers == [])
  }

  @Test func studySessionsAreSavedAndUpdated() throws {
    var session = StudySessionRecord(deck: "d", started: testEpoch)
    session.id = try store.saveStudySession(session)
    session.count(.good, wasNew: true)
    session.count(.again, wasNew: false)
    session.ended = testEpoch.adding(milliseconds: 120_000)
    try store.saveStudySession(session)
    #expect(try store.studySessions(deck: "d") == [session])
    #expect(session.reviewed == 2 && session.newCards == 1 && session.again == 1 && session.good == 1)
  }

  @Test func theLogExportsAsCSV() throws {
    let state = reviewState(at: testEpoch, days: 1)
    var record = review("a", at: testEpoch, before: nil, after: state)
    record.answer = "=cmd, \"quoted\""
    try store.record(record)
    var lines: [String] = []
    try ReviewLogCSV.export(from: store, deck: nil) { lines.append($0) }
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("id,deck,card,time,time_ms,rating"))
    #expect(
      lines[1]
        == "1,d,a,2026-01-01T00:00:00.000Z,1767225600000,3,good,\"'=cmd, \"\"quoted\"\"\",1500,study,,,,,,,"
        + "2,,1.0,5.0,2026-01-02T00:00:00.000Z,2026-01-01T00:00:00.000Z\r\n")
  }
}
