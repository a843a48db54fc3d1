/// The settings of an FSRS-6 scheduler: the 21 model weights, the retention to aim for, the short
/// learning and relearning steps, the longest interval and whether intervals are fuzzed.
///
/// Values are checked once, here, so that the scheduler never has to: weights must lie within the
/// bounds of the reference implementation (PyPI `fsrs` 6.3.2), which rejects rather than clamps
/// them. Steps are whole milliseconds; the "hard" interval of a first step (`step * 1.5` or the mean
/// of the first two steps) is rounded half-to-even to the millisecond, which is exact for any step
/// that is a whole number of seconds (the reference keeps microseconds; its JSON keeps seconds).
public struct SchedulerParameters: Hashable, Sendable {
  /// The number of model weights of FSRS-6.
  public static let weightCount = 21

  /// The default weights of FSRS-6 (the reference's `DEFAULT_PARAMETERS`).
  public static let defaultWeights: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
    1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ]

  /// The smallest value each weight may take (inclusive).
  public static let lowerBounds: [Double] = [
    0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0,
    0.0, 0.0, 0.1,
  ]

  /// The largest value each weight may take (inclusive).
  public static let upperBounds: [Double] = [
    100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8,
    0.8,
  ]

  /// The longest learning or relearning step: 100 years of 365 days, in milliseconds.
  public static let longestStep: Int64 = 36_500 * Timestamp.day

  /// The longest maximum interval accepted, in days (about 2,700 years).
  public static let longestInterval: Int64 = 1_000_000

  /// The model weights w0...w20.
  public let weights: [Double]
  /// The probability of recall to schedule reviews at, above 0 and at most 1 (0.9 by default; 1 means
  /// every interval is one day).
  public let desiredRetention: Double
  /// The steps of a card being learned, in milliseconds (1 and 10 minutes by default).
  public let learningSteps: [Int64]
  /// The steps of a forgotten card being relearned, in milliseconds (10 minutes by default).
  public let relearningSteps: [Int64]
  /// The longest interval in days (36,500 by default).
  public let maximumInterval: Int64
  /// Whether intervals of three days and more are spread by a seeded random fuzz.
  public let fuzzEnabled: Bool

  /// Creates parameters, checking every value; throws a `SchedulerParametersError` listing every
  /// problem found.
  public init(
    weights: [Double] = SchedulerParameters.defaultWeights,
    desiredRetention: Double = 0.9,
    learningSteps: [Int64] = [Timestamp.minute, 10 * Timestamp.minute],
    relearningSteps: [Int64] = [10 * Timestamp.minute],
    maximumInterval: Int64 = 36_500,
    fuzzEnabled: Bool = true
  ) throws(SchedulerParametersError) {
    var problems: [SchedulerParametersError.Problem] = []
    if weights.count != Self.weightCount {
      problems.append(.weightCount(weights.count))
    } else {
      for index in weights.indices {
        let value = weights[index]
        let lower = Self.lowerBounds[index]
        let upper = Self.upperBounds[index]
        if !(lower <= value && value <= upper) {
          problems.append(.weightOutOfBounds(index: index, value: value, lower: lower, upper: upper))
        }
      }
    }
    if !(desiredRetention > 0 && desiredRetention <= 1) {
      problems.append(.desiredRetention(desiredRetention))
    }
    for (index, step) in learningSteps.enumerated() where !(0...Self.longestStep).contains(step) {
      problems.append(.stepOutOfRange(relearning: false, index: index, milliseconds: step))
    }
    for (index, step) in relearningSteps.enumerated() where !(0...Self.longestStep).contains(step) {
      problems.append(.stepOutOfRange(relearning: true, index: index, milliseconds: step))
    }
    if !(1...Self.longestInterval).contains(maximumInterval) {
      problems.append(.maximumInterval(maximumInterval))
    }
    guard problems.isEmpty else { throw SchedulerParametersError(problems: problems) }
    self.weights = weights
    self.desiredRetention = desiredRetention
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumInterval = maximumInterval
    self.fuzzEnabled = fuzzEnabled
  }

  /// The reference's defaults: default weights, retention 0.9, steps 1m 10m / 10m, 36,500 days, fuzz on.
  public static let standard: SchedulerParameters = {
    do {
      return try SchedulerParameters()
    } catch {
      preconditionFailure("the default scheduler parameters are valid")
    }
  }()
}

/// Why scheduler parameters were rejected: every problem found, not only the first.
public struct SchedulerParametersError: Error, Hashable, Sendable, CustomStringConvertible {
  /// One rejected value.
  public enum Problem: Hashable, Sendable {
    /// There were not exactly 21 weights.
    case weightCount(Int)
    /// A weight lies outside its inclusive bounds (or is not a number).
    case weightOutOfBounds(index: Int, value: Double, lower: Double, upper: Double)
    /// The desired retention is not above 0 and at most 1.
    case desiredRetention(Double)
    /// A learning (or relearning) step is negative or longer than `SchedulerParameters.longestStep`.
    case stepOutOfRange(relearning: Bool, index: Int, milliseconds: Int64)
    /// The maximum interval is under one day or over `SchedulerParameters.longestInterval`.
    case maximumInterval(Int64)
  }

  /// Every problem, in the order of the parameters.
  public let problems: [Problem]

  /// Creates an error from its problems.
  public init(problems: [Problem]) {
    self.problems = problems
  }

  /// The indices of the weights that are out of bounds.
  public var badWeightIndices: [Int] {
    problems.compactMap { problem in
      if case .weightOutOfBounds(let index, _, _, _) = problem { return index }
      return nil
    }
  }

  /// One line per problem, for people.
  public var description: String {
    problems.map(Self.text(for:)).joined(separator: "\n")
  }

  private static func text(for problem: Problem) -> String {
    switch problem {
    case .weightCount(let count):
      return "expected \(SchedulerParameters.weightCount) fsrs weights, got \(count); give all of w0 to w20"
    case .weightOutOfBounds(let index, let value, let lower, let upper):
      return "fsrs weight w\(index) = \(value) is out of bounds [\(lower), \(upper)]; use a value within them"
    case .desiredRetention(let value):
      return "desired retention \(value) must be above 0 and at most 1, e.g. 0.9"
    case .stepOutOfRange(let relearning, let index, let milliseconds):
      let kind = relearning ? "relearning" : "learning"
      return "\(kind) step \(index + 1) (\(milliseconds) ms) is out of range; use 0 ms to 100 years"
    case .maximumInterval(let days):
      return "maximum interval \(days) days is out of range; use 1 to \(SchedulerParameters.longestInterval) days"
    }
  }
}
