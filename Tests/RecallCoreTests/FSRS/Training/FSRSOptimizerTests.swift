import Foundation
import Testing

@testable import RecallCore

@Suite struct FSRSOptimizerTests {
  static let start = Timestamp(milliseconds: 1_767_225_600_000)

  /// A seeded history of `cards` cards with ratings drawn against a forgetting curve.
  static func histories(cards: Int, seed: UInt64, gap: (inout SeededGenerator) -> Int64) -> [[TimedRating]] {
    var random = SeededGenerator(seed: seed)
    return (0..<cards).map { _ in
      var time = start.adding(milliseconds: Int64(random.nextUnit() * 30) * Timestamp.day)
      var history: [TimedRating] = []
      for _ in 0..<(2 + Int(random.nextUnit() * 8)) {
        let draw = random.nextUnit()
        let rating: Rating = draw < 0.15 ? .again : draw < 0.25 ? .hard : draw < 0.9 ? .good : .easy
        history.append(TimedRating(time: time, rating: rating))
        time = time.adding(milliseconds: gap(&random))
      }
      return history
    }
  }

  static func isWithinBounds(_ weights: [Double]) -> Bool {
    weights.allSatisfy(\.isFinite) && (try? SchedulerParameters(weights: weights)) != nil
  }

  @Test func aFitOnATinyHistoryIsDeterministic() {
    let histories = Self.histories(cards: 150, seed: 3) { random in Int64(1 + random.nextUnit() * 9) * Timestamp.day }
    let first = FSRSOptimizer.fit(TrainingSet(histories: histories))
    let second = FSRSOptimizer.fit(TrainingSet(histories: histories))
    #expect(first.outcome == .trained)
    #expect(first.weights == second.weights)
    #expect(first.weights != SchedulerParameters.defaultWeights)
    #expect(Self.isWithinBounds(first.weights))
  }

  @Test func noReviewsGiveTheDefaultWeights() {
    let result = FSRSOptimizer.fit(TrainingSet(histories: []))
    #expect(result.outcome == .notEnoughData)
    #expect(result.weights == SchedulerParameters.defaultWeights)
    #expect(FSRSEvaluation.evaluate(TrainingSet(histories: []), weights: result.weights) == nil)
    #expect(FSRSEvaluation.timeSeriesSplits(TrainingSet(histories: [])) == nil)
  }

  @Test func oneReviewGivesTheDefaultWeights() {
    let set = TrainingSet(histories: [[TimedRating(time: Self.start, rating: .good)]])
    #expect(set.items.isEmpty)
    let result = FSRSOptimizer.fit(set)
    #expect(result.outcome == .notEnoughData)
    #expect(result.weights == SchedulerParameters.defaultWeights)
    let fitting = WeightFitting.run(set, current: SchedulerParameters.defaultWeights)
    #expect(fitting.decision == .tooFewReviews)
  }

  @Test func absurdDurationsStayWithinBounds() {
    // Gaps from a millisecond to thousands of years, and times near the ends of the range.
    let histories = Self.histories(cards: 200, seed: 11) { random in
      let choice = random.nextUnit()
      return choice < 0.3
        ? 1 : choice < 0.6 ? Int64(random.nextUnit() * 1e14) : Int64(1 + random.nextUnit() * 5) * Timestamp.day
    }
    let set = TrainingSet(histories: histories)
    #expect(set.cards.allSatisfy { $0.reviews.allSatisfy { $0.elapsedDays <= SchedulerParameters.longestInterval } })
    let result = FSRSOptimizer.fit(set)
    #expect(Self.isWithinBounds(result.weights))
    if let evaluation = FSRSEvaluation.evaluate(set, weights: result.weights) {
      #expect(evaluation.logLoss.isFinite && evaluation.rmseBins.isFinite)
    }
  }

  @Test func aClockThatWentBackwardsCountsAsTheSameDay() {
    let card = TrainingCard(events: [
      TimedRating(time: Self.start, rating: .good),
      TimedRating(time: Self.start.adding(milliseconds: -5 * Timestamp.day), rating: .again),
      TimedRating(time: Self.start.adding(milliseconds: 3 * Timestamp.day), rating: .good),
    ])
    #expect(card.reviews.map(\.elapsedDays) == [0, 0, 8])
    #expect(card.targets == [2])
    let backwards = Self.histories(cards: 200, seed: 5) { random in
      Int64((random.nextUnit() - 0.5) * 20) * Timestamp.day
    }
    let result = FSRSOptimizer.fit(TrainingSet(histories: backwards))
    #expect(Self.isWithinBounds(result.weights))
  }

  @Test func sameDayReviewsStayInTheHistoryButAreNotPredicted() {
    let card = TrainingCard(events: [
      TimedRating(time: Self.start, rating: .again),
      TimedRating(time: Self.start.adding(milliseconds: 10 * Timestamp.minute), rating: .good),
      TimedRating(time: Self.start.adding(milliseconds: 30 * Timestamp.hour), rating: .good),
      TimedRating(time: Self.start.adding(milliseconds: 31 * Timestamp.hour), rating: .hard),
    ])
    #expect(card.reviews.map(\.elapsedDays) == [0, 0, 1, 0])
    #expect(card.items.map(\.reviews.count) == [3])
    #expect(card.items.first?.longTermReviewCount == 1)
  }

  @Test func historyTextRoundTripsAndReportsBadLines() throws {
    let histories = Self.histories(cards: 5, seed: 1) { _ in Timestamp.day }
    #expect(try TrainingHistoryText.decode(TrainingHistoryText.encode(histories)) == histories)
    #expect(throws: TrainingHistoryText.LineError(line: 2)) { try TrainingHistoryText.decode("1:3 2:4\n5:9\n") }
    #expect(throws: TrainingHistoryText.LineError(line: 1)) { try TrainingHistoryText.decode("12 3:1") }
  }

  @Test func simulationIsDeterministicForEitherPolicy() throws {
    var configuration = ReviewSimulation.Configuration()
    configuration.days = 120
    configuration.newCards = 600
    let learner = SchedulerParameters.standard
    let fsrs = ReviewSimulation(learner: learner, policy: .fsrs(learner), configuration: configuration)
    let sm2 = ReviewSimulation(learner: learner, policy: .sm2, configuration: configuration)
    let first = fsrs.run()
    #expect(first.days == fsrs.run().days)
    #expect(first.days.count == 120)
    #expect(first.totalReviews > 0)
    #expect(sm2.run().totalReviews > 0)
    let recorded = fsrs.run(recordingFrom: Self.start)
    #expect(recorded.histories.count == 600)
  }
}
