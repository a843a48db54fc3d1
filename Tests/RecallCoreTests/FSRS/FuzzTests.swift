import Testing

@testable import RecallCore

@Suite("FSRS fuzz")
struct FuzzTests {
  let fsrs = Scheduler(parameters: .standard)

  @Test func short_intervals_are_not_fuzzed() {
    #expect(fsrs.fuzzBounds(days: 1) == nil)
    #expect(fsrs.fuzzBounds(days: 2) == nil)
    #expect(fsrs.fuzzedDays(2, unit: 0.99) == 2)
  }

  @Test func bounds_follow_the_reference() {
    #expect(fsrs.fuzzBounds(days: 3) == 2...4)
    #expect(fsrs.fuzzBounds(days: 10) == 8...12)
    #expect(fsrs.fuzzBounds(days: 100) == 93...107)
  }

  @Test func fuzzed_days_stay_within_the_bounds_plus_one() {
    for days in 3...500 as ClosedRange<Int64> {
      let bounds = fsrs.fuzzBounds(days: days)
      for step in 0..<100 {
        let value = fsrs.fuzzedDays(days, unit: Double(step) / 100)
        #expect(bounds.map { $0.lowerBound <= value && value <= $0.upperBound + 1 } ?? false)
      }
      #expect(fsrs.fuzzedDays(days, unit: 0) == bounds?.lowerBound)
    }
  }

  @Test func fuzz_never_passes_the_maximum_interval() throws {
    let capped = Scheduler(parameters: try SchedulerParameters(maximumInterval: 40))
    for days in 3...40 as ClosedRange<Int64> {
      #expect(capped.fuzzedDays(days, unit: 0.999_999) <= 40)
    }
  }

  @Test func a_seed_decides_the_fuzz_and_nil_means_none() throws {
    let start = Timestamp(milliseconds: 1_704_067_200_000)
    let state = MemoryState(
      phase: .review, step: nil, stability: 50, difficulty: 5, due: start, lastReview: start)
    let later = start.adding(milliseconds: 50 * Timestamp.day)
    let plain = fsrs.review(state, rating: .good, at: later, fuzzSeed: nil).log.interval / Timestamp.day
    let bounds = try #require(fsrs.fuzzBounds(days: plain))
    var seen = Set<Int64>()
    for count in 0..<200 {
      let seed = FuzzSeed.make(card: "qa-abc", reviewCount: count)
      let first = fsrs.review(state, rating: .good, at: later, fuzzSeed: seed)
      #expect(first == fsrs.review(state, rating: .good, at: later, fuzzSeed: seed))
      let days = first.log.interval / Timestamp.day
      #expect(bounds.lowerBound <= days && days <= bounds.upperBound + 1)
      seen.insert(days)
    }
    #expect(seen.count > 3)
  }

  @Test func seeds_differ_by_card_and_review_count() {
    let a = FuzzSeed.make(card: "qa-1", reviewCount: 0)
    #expect(a == FuzzSeed.make(card: "qa-1", reviewCount: 0))
    #expect(a != FuzzSeed.make(card: "qa-1", reviewCount: 1))
    #expect(a != FuzzSeed.make(card: "qa-2", reviewCount: 0))
  }

  @Test func fuzz_off_ignores_the_seed() throws {
    let plain = Scheduler(parameters: try SchedulerParameters(fuzzEnabled: false))
    let start = Timestamp(milliseconds: 0)
    let state = MemoryState(phase: .review, step: nil, stability: 50, difficulty: 5, due: start, lastReview: start)
    let later = start.adding(milliseconds: 50 * Timestamp.day)
    #expect(
      plain.review(state, rating: .good, at: later, fuzzSeed: 7) == plain.review(state, rating: .good, at: later))
  }
}
