import Testing

@testable import RecallCore

@Suite struct AnkiHistoryTests {
  let history = AnkiHistory(calendar: StudyCalendar(utcOffsetSeconds: 0, rolloverHour: 4))
  let day0 = Timestamp(milliseconds: 1_767_571_200_000)  // 2026-01-05 00:00 UTC

  func review(_ hours: Int64, _ ease: Int, _ kind: AnkiReview.Kind = .review, interval: Int64 = 1) -> AnkiReview {
    AnkiReview(
      time: day0.adding(milliseconds: hours * Timestamp.hour), ease: ease, interval: interval, duration: 3000,
      kind: kind)
  }

  @Test func daysBetweenReviewsAreStudyDaysNotWholeDays() {
    // 22:00 and 10:00 the next day: 12 hours apart, but across the 4 a.m. rollover, so one day.
    let records = history.records([review(22, 3, .learning), review(34, 3)], deck: "d", card: "c")
    let scheduler = Scheduler()
    let first = scheduler.memoryStep(nil, rating: .good, elapsedDays: 0)
    let second = scheduler.memoryStep(first, rating: .good, elapsedDays: 1)
    #expect(records.map(\.after.stability) == [first.stability, second.stability])
    #expect(records.map(\.after.difficulty) == [first.difficulty, second.difficulty])
  }

  @Test func entriesThatAreNoAnswerLeaveNoRecordAndAResetStartsAfresh() {
    let reviews = [
      review(10, 3, .learning), review(40, 0, .manual, interval: 0), review(50, 4, .learning),
      review(80, 2, .rescheduled),
    ]
    let records = history.records(reviews, deck: "d", card: "c")
    #expect(records.map(\.rating) == [.good, .easy])
    let fresh = Scheduler().memoryStep(nil, rating: .easy, elapsedDays: 0)
    #expect(records.last?.after.stability == fresh.stability)
  }

  @Test func phasesAndDueFollowTheLoggedIntervals() {
    let records = history.records(
      [
        review(10, 3, .learning, interval: -600), review(11, 3, .learning, interval: 3), review(100, 1, interval: -600),
      ],
      deck: "d", card: "c")
    #expect(records.map(\.after.phase) == [.learning, .review, .relearning])
    #expect(records[0].after.due == records[0].time.adding(milliseconds: 600_000))
    #expect(records[1].after.due == records[1].time.adding(milliseconds: 3 * Timestamp.day))
    #expect(records[2].before == records[1].after)
  }
}
