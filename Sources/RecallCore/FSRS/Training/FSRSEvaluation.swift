import Foundation

/// How well weights predict a set of reviews, measured as the reference (fsrs-rs) measures it.
public struct FSRSEvaluation: Hashable, Sendable {
  /// The mean log loss of the predicted recall of each training item, weighted by recency as the
  /// reference weighs it (lower is better).
  public var logLoss: Double
  /// The root mean square of predicted minus actual recall over bins of elapsed days, review count
  /// and lapse count, weighted by the bins' sizes.
  public var rmseBins: Double
  /// The number of predictions measured.
  public var count: Int

  /// Measures `weights` on every item of `set`; nil for a set without items.
  public static func evaluate(_ set: TrainingSet, weights: [Double]) -> FSRSEvaluation? {
    measure(recencyWeighted(predictions(set, weights: weights)), in: set)
  }

  /// The time-series split evaluation of the reference: the items in time order are cut into six
  /// segments; five times, weights are fitted on the segments before one and that segment is
  /// predicted; all predictions are measured together, each weighing the same (as the reference
  /// weighs them). Nil when there are too few items to split.
  public static func timeSeriesSplits(
    _ set: TrainingSet, configuration: TrainingConfiguration = TrainingConfiguration(), splits: Int = 5
  ) -> FSRSEvaluation? {
    let segment = set.items.count / (splits + 1)
    guard segment > 0 else { return nil }
    var all: [(TrainingSet.ItemReference, Double, Double)] = []
    for split in 0..<splits {
      let testStart = (split + 1) * segment
      let testEnd = split == splits - 1 ? set.items.count : (split + 2) * segment
      let (past, rest) = set.split(at: testStart)
      let test = rest.split(at: testEnd - testStart).past
      let fitted = FSRSOptimizer.fit(past, configuration: configuration)
      all += predictions(test, weights: fitted.weights).map { ($0.reference, $0.probability, 1.0) }
    }
    return measure(all, in: set)
  }

  /// The predicted recall of every item in `set` with `weights`.
  static func predictions(_ set: TrainingSet, weights: [Double]) -> [(
    reference: TrainingSet.ItemReference, probability: Double
  )] {
    let scheduler = WeightBounds.scheduler(weights)
    var byCard: [Int: [Int]] = [:]
    for item in set.items { byCard[item.card, default: []].append(item.review) }
    var probability: [TrainingSet.ItemReference: Double] = [:]
    probability.reserveCapacity(set.items.count)
    for (card, reviews) in byCard {
      let values = MemoryReplay.retrievabilities(of: set.cards[card], at: reviews.sorted(), scheduler: scheduler)
      for (review, value) in values { probability[TrainingSet.ItemReference(card: card, review: review)] = value }
    }
    return set.items.map { ($0, probability[$0] ?? 1) }
  }

  /// Each prediction with the reference's recency weight: from 0.25 for the oldest to 1 for the newest.
  static func recencyWeighted(_ predictions: [(reference: TrainingSet.ItemReference, probability: Double)])
    -> [(TrainingSet.ItemReference, Double, Double)]
  {
    let last = Double(max(predictions.count - 1, 1))
    return predictions.enumerated().map { index, prediction in
      (prediction.reference, prediction.probability, 0.25 + 0.75 * pow(Double(index) / last, 3))
    }
  }

  private static func measure(_ predictions: [(TrainingSet.ItemReference, Double, Double)], in set: TrainingSet)
    -> FSRSEvaluation?
  {
    guard !predictions.isEmpty else { return nil }
    var loss = 0.0
    var totalWeight = 0.0
    var bins: [BinKey: (predicted: Double, actual: Double, count: Double, weight: Double)] = [:]
    for (reference, probability, itemWeight) in predictions {
      let card = set.cards[reference.card]
      let label = card.reviews[reference.review].rating == .again ? 0.0 : 1.0
      let p = min(max(probability, CardGradient.probabilityFloor), 1 - CardGradient.probabilityFloor)
      loss -= (label * log(p) + (1 - label) * log(1 - p)) * itemWeight
      totalWeight += itemWeight
      let key = BinKey(card: card, review: reference.review)
      var bin = bins[key] ?? (0, 0, 0, 0)
      bin.predicted += probability
      bin.actual += label
      bin.count += 1
      bin.weight += itemWeight
      bins[key] = bin
    }
    var squares = 0.0
    var weight = 0.0
    for bin in bins.values {
      let difference = bin.predicted / bin.count - bin.actual / bin.count
      squares += difference * difference * bin.weight
      weight += bin.weight
    }
    return FSRSEvaluation(
      logLoss: loss / totalWeight, rmseBins: (squares / weight).squareRoot(), count: predictions.count)
  }

  /// The reference's bin of an item: rounded logarithmic bins of the elapsed days, of the number of
  /// long-term reviews plus one, and of the lapses before.
  struct BinKey: Hashable {
    var days: Int
    var length: Int
    var lapses: Int

    init(card: TrainingCard, review: Int) {
      let elapsed = Double(card.reviews[review].elapsedDays)
      days = Int((2.48 * pow(3.62, (log(elapsed) / log(3.62)).rounded(.down)) * 100).rounded())
      let history = card.reviews[...review]
      let length = Double(history.count { $0.isLongTerm } + 1)
      self.length = Int((1.99 * pow(1.89, (log(length) / log(1.89)).rounded(.down))).rounded())
      let lapseCount = card.reviews[..<review].count { $0.rating == .again && $0.isLongTerm }
      lapses =
        lapseCount == 0 ? 0 : Int((1.65 * pow(1.73, (log(Double(lapseCount)) / log(1.73)).rounded(.down))).rounded())
    }
  }
}

/// The memory states along a card's history, replayed with a scheduler's formulas.
enum MemoryReplay {
  /// The predicted recall at each review index in `reviews` (ascending, each at least 1).
  static func retrievabilities(of card: TrainingCard, at reviews: [Int], scheduler: Scheduler) -> [(Int, Double)] {
    guard let last = reviews.last, last < card.reviews.count else { return [] }
    var result: [(Int, Double)] = []
    result.reserveCapacity(reviews.count)
    var next = reviews.startIndex
    var stability = 0.0
    var difficulty = 0.0
    for index in 0...last {
      let review = card.reviews[index]
      let grade = review.rating.rawValue
      if index == 0 {
        stability = min(scheduler.initialStability[grade], CardGradient.maximumStability)
        difficulty = scheduler.initialDifficulty[grade]
        continue
      }
      let r = scheduler.retrievability(stability: stability, elapsedDays: Int64(review.elapsedDays))
      if next < reviews.endIndex && reviews[next] == index {
        result.append((index, r))
        next += 1
      }
      let updated =
        review.elapsedDays == 0
        ? scheduler.shortTermStability(stability, grade: grade)
        : scheduler.nextStability(difficulty: difficulty, stability: stability, retrievability: r, grade: grade)
      stability = min(updated, CardGradient.maximumStability)
      difficulty = scheduler.nextDifficulty(difficulty, grade: grade)
    }
    return result
  }
}
