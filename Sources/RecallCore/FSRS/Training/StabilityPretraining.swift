import Foundation

/// The pre-training of the reference optimizer (fsrs-rs): the four initial stabilities w0...w3, fitted
/// from how often each first rating was followed by a recall at its first review a day or more
/// later, before gradient descent starts.
public enum StabilityPretraining {
  /// The highest initial stability, in days.
  public static let maximumInitialStability = 100.0

  /// The first review's rating and the first long-term review's elapsed days and recall, of one card.
  public struct FirstInterval: Hashable, Sendable {
    /// The rating of the card's first review.
    public var firstRating: Rating
    /// Days from the previous review to the first review a day or more later.
    public var elapsedDays: Int
    /// Whether that review was a recall (any rating but again).
    public var recalled: Bool
    /// The index of that review in the card's history.
    var reviewIndex = 0

    /// Creates a first interval.
    public init(firstRating: Rating, elapsedDays: Int, recalled: Bool) {
      self.firstRating = firstRating
      self.elapsedDays = elapsedDays
      self.recalled = recalled
    }
  }

  /// The result: the four stabilities and how many first intervals each first rating had.
  public struct Result: Hashable, Sendable {
    /// w0...w3.
    public var stabilities: [Double]
    /// First intervals per first rating (only ratings that occurred).
    public var ratingCounts: [Rating: Int]
  }

  /// Fits the initial stabilities; nil when there is no first interval at all (the reference's
  /// "not enough data").
  public static func fit(_ intervals: [FirstInterval], averageRecall: Double) -> Result? {
    var groups: [Rating: [Int: (recalled: Int, count: Int)]] = [:]
    for interval in intervals {
      var entry = groups[interval.firstRating, default: [:]][interval.elapsedDays] ?? (0, 0)
      entry.count += 1
      if interval.recalled { entry.recalled += 1 }
      groups[interval.firstRating, default: [:]][interval.elapsedDays] = entry
    }
    var counts: [Rating: Int] = [:]
    var stabilities: [Rating: Double] = [:]
    for (rating, byDays) in groups {
      let points = byDays.sorted { $0.key < $1.key }.map { days, value in
        // Laplace smoothing towards the average recall, as the reference does.
        let count = Double(value.count)
        let recall = (Double(value.recalled) + averageRecall) / (count + 1)
        return (days: Double(days), recall: recall, count: count)
      }
      counts[rating] = byDays.values.reduce(0) { $0 + $1.count }
      stabilities[rating] = searchStability(points, default: defaultStability(rating))
    }
    guard let filled = smoothAndFill(stabilities, counts: counts) else { return nil }
    return Result(stabilities: filled, ratingCounts: counts)
  }

  /// The default initial stability of a rating, as the reference holds it (in single precision).
  static func defaultStability(_ rating: Rating) -> Double {
    Double(Float(SchedulerParameters.defaultWeights[rating.rawValue - 1]))
  }

  /// Ternary search of the stability minimising the counted log loss of the smoothed recalls plus an
  /// L1 pull towards the default, between the lowest stability and 100 days.
  static func searchStability(_ points: [(days: Double, recall: Double, count: Double)], default initial: Double)
    -> Double
  {
    let decay = -Double(Float(SchedulerParameters.defaultWeights[20]))
    let factor = pow(0.9, 1 / decay) - 1
    func loss(_ stability: Double) -> Double {
      var total = 0.0
      for point in points {
        let predicted = pow(point.days / stability * factor + 1, decay)
        total += -(point.recall * log(predicted) + (1 - point.recall) * log(1 - predicted)) * point.count
      }
      return total + abs(stability - initial) / 16
    }
    var low = Double(Float(Scheduler.minimumStability))
    var high = maximumInitialStability
    var best = initial
    var iterations = 0
    while high - low > Double.ulpOfOne && iterations < 1000 {
      iterations += 1
      let lower = low + (high - low) / 3
      let upper = high - (high - low) / 3
      if loss(lower) < loss(upper) { high = upper } else { low = lower }
      best = (high + low) / 2
    }
    return Double(Float(best))
  }

  /// Makes the stabilities grow with the rating (the better-supported value wins a conflict) and
  /// fills missing ratings from the others with the reference's fixed exponents; nil when none is
  /// known. Values are clamped to [0.001, 100].
  public static func smoothAndFill(_ known: [Rating: Double], counts: [Rating: Int]) -> [Double]? {
    var values = known.filter { counts[$0.key] != nil }
    let pairs: [(Rating, Rating)] = [
      (.again, .hard), (.hard, .good), (.good, .easy), (.again, .good), (.hard, .easy), (.again, .easy),
    ]
    for (small, big) in pairs {
      if let low = values[small], let high = values[big], low > high {
        if counts[small, default: 0] > counts[big, default: 0] {
          values[big] = low
        } else {
          values[small] = high
        }
      }
    }
    let w1 = 0.41
    let w2 = 0.54
    var s1 = values[.again]
    var s2 = values[.hard]
    var s3 = values[.good]
    var s4 = values[.easy]
    var result: [Double]
    switch values.count {
    case 0:
      return nil
    case 1:
      let (rating, value) = values.first.map { ($0.key, $0.value) } ?? (.good, 1)
      let scale = value / defaultStability(rating)
      result = Rating.allCases.map { defaultStability($0) * scale }.sorted()
    case 2:
      if let r3 = s3, let r4 = s4, s1 == nil, s2 == nil {
        let r2 = pow(r3, 1 / (1 - w2)) * pow(r4, 1 - 1 / (1 - w2))
        s2 = r2
        s1 = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
      } else if let r2 = s2, let r4 = s4, s1 == nil, s3 == nil {
        let r3 = pow(r2, 1 - w2) * pow(r4, w2)
        s3 = r3
        s1 = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
      } else if let r2 = s2, let r3 = s3, s1 == nil, s4 == nil {
        s4 = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
        s1 = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
      } else if let r1 = s1, let r4 = s4, s2 == nil, s3 == nil {
        let mix = w1 * -w2 + (w1 + w2)
        s2 = pow(r1, w1 / mix) * pow(r4, 1 - w1 / mix)
        s3 = pow(r1, 1 - w2 / mix) * pow(r4, w2 / mix)
      } else if let r1 = s1, let r3 = s3, s2 == nil, s4 == nil {
        let r2 = pow(r1, w1) * pow(r3, 1 - w1)
        s2 = r2
        s4 = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
      } else if let r1 = s1, let r2 = s2, s3 == nil, s4 == nil {
        let r3 = pow(r1, 1 - 1 / (1 - w1)) * pow(r2, 1 / (1 - w1))
        s3 = r3
        s4 = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
      }
      result = [s1, s2, s3, s4].compactMap { $0 }
    default:
      if s1 == nil, let r2 = s2, let r3 = s3 {
        s1 = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
      } else if s2 == nil, let r1 = s1, let r3 = s3 {
        s2 = pow(r1, w1) * pow(r3, 1 - w1)
      } else if s3 == nil, let r2 = s2, let r4 = s4 {
        s3 = pow(r2, 1 - w2) * pow(r4, w2)
      } else if s4 == nil, let r2 = s2, let r3 = s3 {
        s4 = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
      }
      result = [s1, s2, s3, s4].compactMap { $0 }
    }
    guard result.count == 4 else { return nil }
    return result.map { min(max($0, Scheduler.minimumStability), maximumInitialStability) }
  }
}
