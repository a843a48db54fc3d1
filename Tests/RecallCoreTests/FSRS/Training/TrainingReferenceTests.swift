import Foundation
import Testing

@testable import RecallCore

/// The training procedure against what the reference optimizer (fsrs-rs-python 0.9.3) computed on
/// the same small histories (`scripts/fsrs-training-fixture.py` writes the fixture).
@Suite struct TrainingReferenceTests {
  struct Fixture: Decodable {
    struct Item: Decodable {
      var card: Int
      var reviews: [[Int]]
    }
    struct Evaluation: Decodable {
      var logLoss: Double
      var rmseBins: Double
    }
    struct Case: Decodable {
      var seed: Int
      var histories: [[[Int64]]]
      var items: [Item]
      var longTermCounts: [Int]
      var outlierKeptInitialization: Int
      var outlierKeptTraining: Int
      var pretrained: [Double]
      var fitted: [Double]
      var evaluations: [String: Evaluation]
      var timeSeries: Evaluation?
    }
    var cases: [Case]
  }

  static let fixture: Fixture? = {
    guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
      let data = try? Data(contentsOf: folder.appendingPathComponent("fsrs/training-reference.json"))
    else { return nil }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try? decoder.decode(Fixture.self, from: data)
  }()

  static func trainingSet(_ reference: Fixture.Case) -> TrainingSet {
    TrainingSet(
      histories: reference.histories.map { events in
        events.map { TimedRating(time: Timestamp(milliseconds: $0[0]), rating: Rating(rawValue: Int($0[1])) ?? .good) }
      })
  }

  @Test func fixtureLoads() throws {
    let fixture = try #require(Self.fixture)
    #expect(fixture.cases.count == 2)
  }

  @Test(arguments: [0, 1]) func itemsMatchTheReference(index: Int) throws {
    let reference = try #require(Self.fixture?.cases[index])
    let set = Self.trainingSet(reference)
    #expect(set.items.count == reference.items.count)
    for (mine, theirs) in zip(set.items, reference.items) {
      #expect(mine.card == theirs.card)
      let item = set.item(mine)
      #expect(item.reviews.map { [$0.rating.rawValue, $0.elapsedDays] } == theirs.reviews)
    }
    #expect(set.items.map { set.item($0).longTermReviewCount } == reference.longTermCounts)
  }

  @Test(arguments: [0, 1]) func outlierFilterKeepsWhatTheReferenceKeeps(index: Int) throws {
    let reference = try #require(Self.fixture?.cases[index])
    let set = Self.trainingSet(reference)
    let first = set.items.filter(set.isFirstInterval).compactMap { set.firstInterval(ofCard: $0.card) }
    let removed = OutlierFilter.removedKeys(first)
    let keptFirst = first.filter { !removed.contains(.init(rating: $0.firstRating, days: $0.elapsedDays)) }
    let keptItems = set.items.filter { item in
      guard let interval = set.firstInterval(ofCard: item.card) else { return true }
      return !removed.contains(.init(rating: interval.firstRating, days: interval.elapsedDays))
    }
    #expect(keptFirst.count == reference.outlierKeptInitialization)
    #expect(keptItems.count == reference.outlierKeptTraining)
  }

  @Test(arguments: [0, 1]) func pretrainingMatchesTheReference(index: Int) throws {
    let reference = try #require(Self.fixture?.cases[index])
    var configuration = TrainingConfiguration()
    configuration.epochs = 0
    let result = FSRSOptimizer.fit(Self.trainingSet(reference), configuration: configuration)
    for (mine, theirs) in zip(result.weights, reference.pretrained) {
      #expect(
        abs(mine - theirs) <= 1e-4 * max(1, abs(theirs)), "pretrained \(result.weights) vs \(reference.pretrained)")
    }
  }

  @Test(arguments: [0, 1]) func fitMatchesTheReference(index: Int) throws {
    let reference = try #require(Self.fixture?.cases[index])
    let result = FSRSOptimizer.fit(Self.trainingSet(reference))
    #expect(result.outcome == .trained)
    for (i, (mine, theirs)) in zip(result.weights, reference.fitted).enumerated() {
      #expect(abs(mine - theirs) <= 2e-3 * max(1, abs(theirs)), "w\(i): \(mine) vs \(theirs)")
    }
  }

  @Test(arguments: [0, 1]) func evaluationMatchesTheReference(index: Int) throws {
    let reference = try #require(Self.fixture?.cases[index])
    let set = Self.trainingSet(reference)
    for (name, weights) in [("default", SchedulerParameters.defaultWeights), ("fitted", reference.fitted)] {
      let expected = try #require(reference.evaluations[name])
      let measured = try #require(FSRSEvaluation.evaluate(set, weights: weights))
      #expect(abs(measured.logLoss - expected.logLoss) < 1e-5, "\(name) log loss")
      #expect(abs(measured.rmseBins - expected.rmseBins) < 1e-5, "\(name) rmse")
    }
  }
}

extension TrainingReferenceTests {
  @Test(arguments: [0, 1]) func timeSeriesSplitsMatchTheReference(index: Int) throws {
    let reference = try #require(Self.fixture?.cases[index])
    let expected = try #require(reference.timeSeries)
    let measured = try #require(FSRSEvaluation.timeSeriesSplits(Self.trainingSet(reference)))
    #expect(abs(measured.logLoss - expected.logLoss) < 2e-3, "\(measured.logLoss) vs \(expected.logLoss)")
    #expect(abs(measured.rmseBins - expected.rmseBins) < 5e-3, "\(measured.rmseBins) vs \(expected.rmseBins)")
  }
}
