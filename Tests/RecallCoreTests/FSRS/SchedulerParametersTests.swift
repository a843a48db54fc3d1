import Testing

@testable import RecallCore

@Suite("FSRS parameters")
struct SchedulerParametersTests {
  @Test func defaults_are_valid_and_match_the_reference() {
    let standard = SchedulerParameters.standard
    #expect(standard.weights.count == 21)
    #expect(standard.desiredRetention == 0.9)
    #expect(standard.learningSteps == [60_000, 600_000])
    #expect(standard.relearningSteps == [600_000])
    #expect(standard.maximumInterval == 36_500)
    #expect(standard.fuzzEnabled)
  }

  @Test func bounds_are_inclusive() throws {
    _ = try SchedulerParameters(weights: SchedulerParameters.lowerBounds)
    _ = try SchedulerParameters(weights: SchedulerParameters.upperBounds)
  }

  @Test func every_bad_weight_is_named_by_its_index() {
    var weights = SchedulerParameters.defaultWeights
    weights[0] = 0
    weights[7] = 0.76
    weights[20] = .nan
    do {
      _ = try SchedulerParameters(weights: weights)
      Issue.record("expected an error")
    } catch {
      #expect(error.badWeightIndices == [0, 7, 20])
      let lines = error.description.split(separator: "\n")
      #expect(lines.count == 3)
      #expect(lines[0] == "fsrs weight w0 = 0.0 is out of bounds [0.001, 100.0]; use a value within them")
      #expect(lines[1].hasPrefix("fsrs weight w7 = 0.76"))
      #expect(lines[2].hasPrefix("fsrs weight w20 = nan"))
    }
  }

  @Test func the_number_of_weights_is_checked() {
    #expect(throws: SchedulerParametersError(problems: [.weightCount(20)])) {
      try SchedulerParameters(weights: Array(SchedulerParameters.defaultWeights.prefix(20)))
    }
  }

  @Test(arguments: [0.0, -0.5, 1.000_001, Double.nan, Double.infinity])
  func retention_must_be_above_0_and_at_most_1(retention: Double) {
    #expect(throws: SchedulerParametersError.self) { try SchedulerParameters(desiredRetention: retention) }
  }

  @Test(arguments: [0.7, 0.97, 1.0])
  func retention_inside_the_range_is_accepted(retention: Double) throws {
    #expect(try SchedulerParameters(desiredRetention: retention).desiredRetention == retention)
  }

  @Test func steps_and_maximum_interval_are_checked_together() {
    do {
      _ = try SchedulerParameters(learningSteps: [-1], relearningSteps: [0, Int64.max], maximumInterval: 0)
      Issue.record("expected an error")
    } catch {
      #expect(
        error.problems == [
          .stepOutOfRange(relearning: false, index: 0, milliseconds: -1),
          .stepOutOfRange(relearning: true, index: 1, milliseconds: Int64.max),
          .maximumInterval(0),
        ])
      #expect(error.description.contains("learning step 1 (-1 ms) is out of range"))
    }
  }
}
