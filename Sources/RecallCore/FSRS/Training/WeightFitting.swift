/// A fit as `recall optimize` makes it: weights fitted on the older reviews are compared with the
/// current weights on the newest ones (held out from that fit, as in the reference's time-series
/// split); only when they predict those better are weights fitted on every review kept.
public struct WeightFitting: Sendable {
  /// What came of it.
  public enum Decision: Hashable, Sendable {
    /// Too few reviews to fit: the current weights stay.
    case tooFewReviews
    /// The fitted weights predicted the held-out reviews no better: the current weights stay.
    case keptCurrent
    /// The fitted weights are better and should be saved.
    case useFitted([Double])
  }

  /// Reviews in all the histories.
  public var reviews: Int
  /// Training items (reviews a day or more after the previous one, after the first).
  public var items: Int
  /// Items held out from the comparison fit (the newest sixth).
  public var heldOut: Int
  /// The current weights on the held-out items.
  public var current: FSRSEvaluation?
  /// The weights fitted without the held-out items, on them.
  public var candidate: FSRSEvaluation?
  /// The weights fitted on every item, on every item.
  public var fittedOnAll: FSRSEvaluation?
  /// The current weights on every item.
  public var currentOnAll: FSRSEvaluation?
  /// How far the final fit went.
  public var outcome: OptimizationResult.Outcome
  /// The decision.
  public var decision: Decision

  /// The fewest training items a fit uses (the reference returns the defaults below 8).
  public static let minimumItems = 8

  /// Compares and fits. `progress` gets the fraction done (0...1) and may stop by returning false.
  public static func run(
    _ set: TrainingSet, current: [Double], configuration: TrainingConfiguration = TrainingConfiguration(),
    progress: ((Double) -> Bool)? = nil
  ) -> WeightFitting {
    let heldOut = set.items.count / 6
    var fitting = WeightFitting(
      reviews: set.reviewCount, items: set.items.count, heldOut: heldOut, outcome: .notEnoughData,
      decision: .tooFewReviews)
    let (past, future) = set.split(at: set.items.count - heldOut)
    let first = FSRSOptimizer.fit(past, configuration: configuration) { done, total in
      progress?(0.45 * Double(done) / Double(max(total, 1))) ?? true
    }
    guard first.outcome != .notEnoughData, heldOut > 0 else { return fitting }
    fitting.current = FSRSEvaluation.evaluate(future, weights: current)
    fitting.candidate = FSRSEvaluation.evaluate(future, weights: first.weights)
    guard let old = fitting.current, let new = fitting.candidate, new.logLoss < old.logLoss else {
      fitting.decision = .keptCurrent
      fitting.outcome = first.outcome
      return fitting
    }
    let final = FSRSOptimizer.fit(set, configuration: configuration) { done, total in
      progress?(0.45 + 0.55 * Double(done) / Double(max(total, 1))) ?? true
    }
    fitting.outcome = final.outcome
    guard final.outcome != .notEnoughData else { return fitting }
    fitting.fittedOnAll = FSRSEvaluation.evaluate(set, weights: final.weights)
    fitting.currentOnAll = FSRSEvaluation.evaluate(set, weights: current)
    fitting.decision = .useFitted(final.weights)
    return fitting
  }
}
