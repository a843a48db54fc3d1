import Foundation
import Testing

@testable import RecallCore

@Suite("FSRS scheduler boundaries")
struct SchedulerTests {
  let start = Timestamp(milliseconds: 1_704_067_200_000)  // 2024-01-01T00:00:00Z

  func scheduler(
    retention: Double = 0.9, learning: [Int64] = [Timestamp.minute, 10 * Timestamp.minute],
    relearning: [Int64] = [10 * Timestamp.minute], maximum: Int64 = 36_500, fuzz: Bool = false
  ) throws -> Scheduler {
    Scheduler(
      parameters: try SchedulerParameters(
        desiredRetention: retention, learningSteps: learning, relearningSteps: relearning, maximumInterval: maximum,
        fuzzEnabled: fuzz))
  }

  func reviewState(stability: Double, difficulty: Double = 5, last: Timestamp) -> MemoryState {
    MemoryState(phase: .review, step: nil, stability: stability, difficulty: difficulty, due: last, lastReview: last)
  }

  @Test func derived_constants_match_the_spec() throws {
    let fsrs = try scheduler()
    #expect(fsrs.factor == 0.9803464944134797)
    let first = fsrs.review(nil, rating: .hard, at: start).state
    #expect(first.difficulty == 5.112170705601056)
    #expect(fsrs.review(nil, rating: .good, at: start).state.difficulty == 2.118103970459016)
    #expect(fsrs.review(nil, rating: .easy, at: start).state.difficulty == 1.0)
  }

  @Test func interval_ties_round_half_to_even_in_the_specs_order() throws {
    let fsrs = try scheduler()
    #expect(fsrs.intervalDays(stability: 2.5) == 2)
    #expect(fsrs.intervalDays(stability: 3.5) == 4)
    #expect(fsrs.intervalDays(stability: 10.5) == 10)
    #expect(fsrs.intervalDays(stability: 0.5) == 1)
  }

  @Test func the_24_hour_line_separates_same_day_from_the_next_day() throws {
    let fsrs = try scheduler()
    let state = reviewState(stability: 10, last: start)
    let justBefore = fsrs.review(state, rating: .good, at: start.adding(milliseconds: Timestamp.day - 1))
    let onTheLine = fsrs.review(state, rating: .good, at: start.adding(milliseconds: Timestamp.day))
    #expect(justBefore.log.elapsedDays == 0)
    #expect(justBefore.log.retrievability == 1)
    #expect(onTheLine.log.elapsedDays == 1)
    #expect(onTheLine.log.retrievability < 1)
    #expect(justBefore.state.stability != onTheLine.state.stability)
    #expect(fsrs.retrievability(of: state, at: start.adding(milliseconds: Timestamp.day - 1)) == 1)
    #expect(fsrs.retrievability(of: state, at: start.adding(milliseconds: Timestamp.day)) < 1)
  }

  @Test func a_new_card_has_no_retrievability() throws {
    let fsrs = try scheduler()
    #expect(fsrs.retrievability(of: .new(due: start), at: start) == 0)
    #expect(fsrs.review(nil, rating: .good, at: start).log.elapsedDays == nil)
  }

  @Test(arguments: Rating.allCases)
  func empty_learning_steps_graduate_every_rating(rating: Rating) throws {
    let fsrs = try scheduler(learning: [])
    let state = fsrs.review(nil, rating: rating, at: start).state
    #expect(state.phase == .review)
    #expect(state.step == nil)
    #expect(state.due.milliseconds(since: start) >= Timestamp.day)
    #expect(state.due.milliseconds(since: start) % Timestamp.day == 0)
  }

  @Test func empty_relearning_steps_keep_a_lapsed_card_in_review() throws {
    let fsrs = try scheduler(relearning: [])
    let later = start.adding(milliseconds: 20 * Timestamp.day)
    let state = fsrs.review(reviewState(stability: 20, last: start), rating: .again, at: later).state
    #expect(state.phase == .review)
    #expect(state.due.milliseconds(since: later) >= Timestamp.day)
  }

  @Test func a_lapse_with_relearning_steps_starts_relearning() throws {
    let fsrs = try scheduler()
    let later = start.adding(milliseconds: 20 * Timestamp.day)
    let state = fsrs.review(reviewState(stability: 20, last: start), rating: .again, at: later).state
    #expect(state.phase == .relearning)
    #expect(state.step == 0)
    #expect(state.due == later.adding(milliseconds: 10 * Timestamp.minute))
  }

  @Test func learning_steps_advance_and_the_last_step_graduates() throws {
    let fsrs = try scheduler(learning: [Timestamp.minute, 10 * Timestamp.minute, Timestamp.hour])
    var state = fsrs.review(nil, rating: .good, at: start).state
    #expect(state.step == 1)
    #expect(state.due == start.adding(milliseconds: 10 * Timestamp.minute))
    state = fsrs.review(state, rating: .good, at: state.due).state
    #expect(state.step == 2)
    #expect(state.due.milliseconds(since: start) == 10 * Timestamp.minute + Timestamp.hour)
    let hard = fsrs.review(state, rating: .hard, at: state.due)
    #expect(hard.state.step == 2)
    #expect(hard.log.interval == Timestamp.hour)
    state = fsrs.review(state, rating: .good, at: state.due).state
    #expect(state.phase == .review)
    #expect(state.step == nil)
  }

  @Test func a_step_beyond_the_steps_graduates_unless_forgotten() throws {
    let fsrs = try scheduler()
    let state = MemoryState(
      phase: .learning, step: 5, stability: 2, difficulty: 5, due: start, lastReview: start)
    let later = start.adding(milliseconds: Timestamp.hour)
    #expect(fsrs.review(state, rating: .hard, at: later).state.phase == .review)
    let again = fsrs.review(state, rating: .again, at: later).state
    #expect(again.phase == .learning)
    #expect(again.step == 0)
  }

  @Test func hard_on_the_first_step_uses_half_step_intervals() throws {
    #expect(try scheduler().review(nil, rating: .hard, at: start).log.interval == 330_000)
    #expect(try scheduler(learning: [30_000]).review(nil, rating: .hard, at: start).log.interval == 45_000)
    #expect(try scheduler(learning: [33_000]).review(nil, rating: .hard, at: start).log.interval == 49_500)
    // Below a whole millisecond the half rounds to even, as the reference rounds microseconds.
    #expect(try scheduler(learning: [1]).review(nil, rating: .hard, at: start).log.interval == 2)
    #expect(try scheduler(learning: [3]).review(nil, rating: .hard, at: start).log.interval == 4)
    #expect(try scheduler(learning: [1, 2]).review(nil, rating: .hard, at: start).log.interval == 2)
    #expect(try scheduler(learning: [2, 3]).review(nil, rating: .hard, at: start).log.interval == 2)
  }

  @Test(arguments: [1, 2, 30, 365] as [Int64])
  func the_maximum_interval_caps_every_interval(maximum: Int64) throws {
    for fuzz in [false, true] {
      let fsrs = try scheduler(maximum: maximum, fuzz: fuzz)
      for seed in 0..<50 as Range<UInt64> {
        let later = start.adding(milliseconds: 400 * Timestamp.day)
        let outcome = fsrs.review(reviewState(stability: 5000, last: start), rating: .easy, at: later, fuzzSeed: seed)
        #expect(outcome.log.interval <= maximum * Timestamp.day)
        #expect(outcome.log.interval >= Timestamp.day)
      }
    }
  }

  @Test(arguments: [0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97])
  func the_interval_lands_where_retrievability_meets_the_target(retention: Double) throws {
    let fsrs = try scheduler(retention: retention)
    for stability in [5.0, 17.3, 60, 250.5] {
      let days = fsrs.intervalDays(stability: stability)
      #expect(days >= 1)
      #expect(fsrs.retrievability(stability: stability, elapsedDays: days - 1) >= retention)
      #expect(fsrs.retrievability(stability: stability, elapsedDays: days + 1) <= retention)
    }
  }

  @Test func retention_1_reviews_every_day() throws {
    #expect(try scheduler(retention: 1).intervalDays(stability: 500) == 1)
  }

  @Test func higher_retention_gives_shorter_intervals() throws {
    let retentions = [0.7, 0.8, 0.9, 0.95, 0.97]
    let intervals = try retentions.map { try scheduler(retention: $0).intervalDays(stability: 100) }
    #expect(intervals == intervals.sorted(by: >))
    #expect(try scheduler(retention: 0.9).intervalDays(stability: 100) == 100)
  }

  @Test func a_review_dated_before_the_last_one_is_same_day_and_never_negative() throws {
    let fsrs = try scheduler()
    let state = reviewState(stability: 30, last: start)
    let earlier = start.adding(milliseconds: -5 * Timestamp.day)
    for rating in Rating.allCases {
      let outcome = fsrs.review(state, rating: rating, at: earlier)
      #expect(outcome.log.elapsedDays == -5)
      #expect(outcome.log.retrievability == 1)
      #expect(outcome.log.interval >= 0)
      #expect(outcome.state.due >= earlier)
      #expect(outcome.state.lastReview == earlier)
    }
    #expect(fsrs.retrievability(of: state, at: earlier) == 1)
  }

  @Test func incomplete_states_are_treated_as_new_cards() throws {
    let fsrs = try scheduler()
    let broken = MemoryState(phase: .review, step: nil, stability: nil, difficulty: 3, due: start, lastReview: start)
    let outcome = fsrs.review(broken, rating: .good, at: start)
    #expect(outcome.state == fsrs.review(nil, rating: .good, at: start).state)
    let negativeStep = MemoryState(
      phase: .learning, step: -3, stability: 2, difficulty: 5, due: start, lastReview: start)
    #expect(fsrs.review(negativeStep, rating: .good, at: start).state.step == 1)
  }

  @Test func rescheduling_replays_the_log_in_time_order() throws {
    let fsrs = try scheduler()
    let times = [0, 10, 600, 86_400 * 3, 86_400 * 20].map { start.adding(milliseconds: Int64($0) * 1000) }
    let ratings: [Rating] = [.again, .good, .good, .hard, .easy]
    var expected: MemoryState? = nil
    for (rating, time) in zip(ratings, times) {
      expected = fsrs.review(expected, rating: rating, at: time).state
    }
    let shuffled = Array(zip(ratings, times).reversed())
    #expect(fsrs.reschedule(history: shuffled) == expected)
    #expect(fsrs.reschedule(history: [RatedReview]()) == nil)
    let other = try scheduler(retention: 0.8)
    #expect(other.reschedule(history: shuffled) != expected)
  }

  @Test func rescheduling_with_fuzz_is_reproducible() throws {
    let fsrs = try scheduler(fuzz: true)
    let history = (0..<12).map {
      RatedReview(rating: .good, time: start.adding(milliseconds: Int64($0) * 9 * Timestamp.day))
    }
    let seed = StableHash.fnv1a("qa-123")
    #expect(fsrs.reschedule(history: history, cardSeed: seed) == fsrs.reschedule(history: history, cardSeed: seed))
  }
}
