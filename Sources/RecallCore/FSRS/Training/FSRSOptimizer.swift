import Foundation

/// The settings of a fit, the reference optimizer's (fsrs-rs) defaults unless changed.
public struct TrainingConfiguration: Hashable, Sendable {
  /// Passes over the training items.
  public var epochs = 5
  /// Predictions per gradient step (whole cards are kept together in one batch).
  public var batchSize = 512
  /// The seed of the batch order.
  public var seed: UInt64 = 2023
  /// The initial learning rate of Adam, annealed to 0 along a cosine.
  public var learningRate = 4e-2
  /// Items with more reviews than this are left out.
  public var maximumSequenceLength = 256
  /// The strength of the pull towards the initial weights.
  public var gamma = 1.0

  /// The reference's defaults: 5 epochs, batches of 512, seed 2023, rate 0.04, items of up to 256
  /// reviews, gamma 1.
  public init() {}
}

/// What a fit produced.
public struct OptimizationResult: Hashable, Sendable {
  /// How far the fit went.
  public enum Outcome: Hashable, Sendable {
    /// Fewer than 8 usable training items: the default weights are returned.
    case notEnoughData
    /// Fewer than 64 items, or no item past the first interval: only w0...w3 were fitted.
    case pretrainedOnly
    /// Gradient descent ran.
    case trained
  }

  /// The 21 weights, within `SchedulerParameters`' bounds.
  public var weights: [Double]
  /// How far the fit went.
  public var outcome: Outcome
  /// The training items learnt from, after outlier filtering.
  public var trainingItems: Int
}

/// The FSRS-6 training procedure of the reference optimizer (fsrs-rs 6.6, as in PyPI
/// `fsrs-rs-python` 0.9.3): outlier filtering, pre-training of the initial stabilities, then Adam
/// with a cosine-annealed learning rate over shuffled batches of whole cards, minimising the
/// recency-weighted log loss of predicted recall plus an L2 pull towards the initial weights, with
/// the weights clamped to their bounds after every step and the best epoch kept.
public enum FSRSOptimizer {
  /// The spread of each weight across users, scaling the pull towards the initial weights.
  static let weightSpread: [Double] = [
    6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32,
    0.14, 0.27,
  ]

  /// Fits weights to `set`. `progress` is told the predictions processed and the total, and stops the
  /// fit early (keeping the weights reached) by returning false.
  public static func fit(
    _ set: TrainingSet, configuration: TrainingConfiguration = TrainingConfiguration(),
    progress: ((Int, Int) -> Bool)? = nil
  ) -> OptimizationResult {
    let defaults = SchedulerParameters.defaultWeights
    let firstIntervals = set.items.compactMap { item in
      set.isFirstInterval(item) ? set.firstInterval(ofCard: item.card) : nil
    }
    let removed = OutlierFilter.removedKeys(firstIntervals)
    let kept = firstIntervals.filter {
      !removed.contains(OutlierFilter.Key(rating: $0.firstRating, days: $0.elapsedDays))
    }
    // Whole cards are kept or dropped: their items share the first rating and first interval.
    let keptCards = set.firstIntervals.map { first in
      first.map { !removed.contains(OutlierFilter.Key(rating: $0.firstRating, days: $0.elapsedDays)) } ?? true
    }
    let items = set.items.filter { keptCards[$0.card] }
    guard items.count >= 8 else {
      return OptimizationResult(weights: defaults, outcome: .notEnoughData, trainingItems: items.count)
    }
    let recalled = items.count { set.current($0).rating != .again }
    let averageRecall = Double(Float(recalled) / Float(items.count))
    guard let pretrained = StabilityPretraining.fit(kept, averageRecall: averageRecall) else {
      return OptimizationResult(weights: defaults, outcome: .notEnoughData, trainingItems: items.count)
    }
    let initial = WeightBounds.clip(pretrained.stabilities + defaults[4...])
    if items.count == kept.count || items.count < 64 {
      return OptimizationResult(weights: initial, outcome: .pretrainedOnly, trainingItems: items.count)
    }
    let last = Double(max(items.count - 1, 1))
    let weighted = items.enumerated().compactMap { index, reference -> WeightedItem? in
      guard reference.review + 1 <= configuration.maximumSequenceLength else { return nil }
      return WeightedItem(reference: reference, weight: 0.25 + 0.75 * pow(Double(index) / last, 3))
    }
    var trained = train(set, weighted, initial: initial, configuration: configuration, progress: progress)
    guard trained.allSatisfy(\.isFinite) else {
      return OptimizationResult(weights: initial, outcome: .pretrainedOnly, trainingItems: items.count)
    }
    let fitted = Dictionary(uniqueKeysWithValues: Rating.allCases.map { ($0, trained[$0.rawValue - 1]) })
    if let smoothed = StabilityPretraining.smoothAndFill(fitted, counts: pretrained.ratingCounts) {
      trained.replaceSubrange(0..<4, with: smoothed)
    }
    return OptimizationResult(weights: WeightBounds.clip(trained), outcome: .trained, trainingItems: items.count)
  }

  struct WeightedItem {
    var reference: TrainingSet.ItemReference
    var weight: Double
  }

  /// A batch: some cards, each with its predicted reviews and their weights.
  struct Batch: Sendable {
    var cards: [Int] = []
    var targets: [[(review: Int, weight: Double)]] = []
    var predictions = 0
  }

  /// Groups items by card (cards in order, each card's items by length), orders the cards by their
  /// longest item, and packs whole cards into batches of at most `size` predictions.
  static func batches(_ items: [WeightedItem], size: Int) -> [Batch] {
    var byCard: [Int: [(review: Int, weight: Double)]] = [:]
    for item in items { byCard[item.reference.card, default: []].append((item.reference.review, item.weight)) }
    let cards = byCard.keys.sorted().map { card in
      (card: card, targets: byCard[card, default: []].sorted { $0.review < $1.review })
    }
    let ordered = cards.enumerated().sorted { lhs, rhs in
      let left = lhs.element.targets.last?.review ?? 0
      let right = rhs.element.targets.last?.review ?? 0
      return left != right ? left < right : lhs.offset < rhs.offset
    }.map(\.element)
    var batches: [Batch] = []
    var current = Batch()
    for card in ordered {
      if !current.cards.isEmpty && current.predictions + card.targets.count > size {
        batches.append(current)
        current = Batch()
      }
      current.cards.append(card.card)
      current.targets.append(card.targets)
      current.predictions += card.targets.count
    }
    if !current.cards.isEmpty { batches.append(current) }
    return batches
  }

  private static func train(
    _ set: TrainingSet, _ items: [WeightedItem], initial: [Double], configuration: TrainingConfiguration,
    progress: ((Int, Int) -> Bool)?
  ) -> [Double] {
    let total = items.count
    guard total > 0 else { return initial }
    let batchSize = max(configuration.batchSize, 1)
    let batches = Self.batches(items, size: batchSize)
    var schedule = CosineAnnealing(
      steps: Double((total / batchSize + 1) * configuration.epochs), rate: configuration.learningRate)
    var adam = AdamState()
    var weights = initial
    var random = SeededGenerator(seed: configuration.seed)
    let epochs = max(configuration.epochs, 0)
    for epoch in 0..<epochs {
      var order = Array(batches.indices)
      order.shuffle(using: &random)
      var processed = 0
      for index in order {
        let batch = batches[index]
        var gradient = batchGradient(set, batch, model: CardGradient.Model(weights: weights))
        let scale = configuration.gamma * Double(batch.predictions) / Double(total)
        for i in weights.indices {
          gradient[i] += 2 * (weights[i] - initial[i]) / (weightSpread[i] * weightSpread[i]) * scale
        }
        adam.step(&weights, gradient: gradient, rate: schedule.next())
        weights = WeightBounds.clip(weights)
        processed += batch.predictions
        if let progress, !progress(epoch * total + processed, epochs * total) { return weights }
      }
    }
    return weights
  }
}

extension FSRSOptimizer {
  /// The loss gradient of a batch; its two halves of cards are worked out at the same time on two
  /// cores and added in a fixed order, so the result does not depend on the number of cores.
  static func batchGradient(_ set: TrainingSet, _ batch: Batch, model: CardGradient.Model) -> [Double] {
    @Sendable func part(_ range: Range<Int>) -> [Double] {
      var gradient = [Double](repeating: 0, count: SchedulerParameters.weightCount)
      var pass = CardGradient()
      for position in range {
        _ = pass.accumulate(
          reviews: set.cards[batch.cards[position]].reviews, targets: batch.targets[position][...], model: model,
          gradient: &gradient)
      }
      return gradient
    }
    let middle = batch.cards.count / 2
    guard middle >= 8 else { return part(0..<batch.cards.count) }
    let (first, second) = ParallelMap.both({ part(0..<middle) }, { part(middle..<batch.cards.count) })
    return zip(first, second).map { $0 + $1 }
  }
}

/// Adam with the reference's constants (beta 0.9 and 0.999, epsilon 1e-8).
struct AdamState {
  private var first = [Double](repeating: 0, count: SchedulerParameters.weightCount)
  private var second = [Double](repeating: 0, count: SchedulerParameters.weightCount)
  private var steps = 0

  mutating func step(_ weights: inout [Double], gradient: [Double], rate: Double) {
    steps += 1
    let correction1 = 1 - pow(0.9, Double(steps))
    let correction2 = 1 - pow(0.999, Double(steps))
    for i in weights.indices {
      first[i] = 0.9 * first[i] + 0.1 * gradient[i]
      second[i] = 0.999 * second[i] + 0.001 * gradient[i] * gradient[i]
      weights[i] -= rate * (first[i] / correction1) / ((second[i] / correction2).squareRoot() + 1e-8)
    }
  }
}

/// A learning rate falling from its start to 0 along half a cosine over `steps` steps, computed
/// step by step as the reference's scheduler does.
struct CosineAnnealing {
  let steps: Double
  let initial: Double
  private var count = 0.0
  private var current: Double

  init(steps: Double, rate: Double) {
    self.steps = max(steps, 1)
    initial = rate
    current = rate
  }

  /// The rate for the next step: the current rate, which then anneals one step (so the first step
  /// uses the full initial rate, as the reference's does).
  mutating func next() -> Double {
    let rate = current
    count += 1
    if (count - 1 - steps).truncatingRemainder(dividingBy: 2 * steps) == 0 {
      current = initial * (1 - cos(Double.pi / steps)) / 2
    } else {
      current = (1 + cos(Double.pi * count / steps)) / (1 + cos(Double.pi * (count - 1) / steps)) * current
    }
    return rate
  }
}

/// The bounds every weight is clamped to while training (those `SchedulerParameters` accepts).
enum WeightBounds {
  /// `weights` clamped into bounds; a value that is not a number becomes its default.
  static func clip(_ weights: some Collection<Double>) -> [Double] {
    weights.enumerated().map { index, value in
      guard index < SchedulerParameters.weightCount else { return value }
      guard !value.isNaN else { return SchedulerParameters.defaultWeights[index] }
      return min(max(value, SchedulerParameters.lowerBounds[index]), SchedulerParameters.upperBounds[index])
    }
  }

  /// A scheduler with `weights` (clamped), without fuzz.
  static func scheduler(_ weights: [Double]) -> Scheduler {
    do {
      return Scheduler(parameters: try SchedulerParameters(weights: clip(weights), fuzzEnabled: false))
    } catch {
      return Scheduler()
    }
  }
}
