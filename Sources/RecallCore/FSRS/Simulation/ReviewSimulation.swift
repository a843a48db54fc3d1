import Foundation

/// A seeded day-by-day simulation of a learner studying a deck, in the spirit of Anki's FSRS
/// simulator: new cards are introduced each day, due cards are reviewed, and whether each is
/// recalled is drawn from the learner's true memory (an FSRS model with known weights), while the
/// schedule comes from a policy (FSRS with some weights and retention, or SM-2).
///
/// A forgotten card gets one relearning step a moment later (rated good) and is then scheduled
/// from its new state. Days are whole; intervals are at least one day.
public struct ReviewSimulation: Sendable {
  /// How reviews are scheduled.
  public enum Policy: Sendable {
    /// FSRS-6 with these parameters (weights and desired retention; fuzz is not used).
    case fsrs(SchedulerParameters)
    /// Anki's classic SM-2 with its default settings (ease 250%, graduating interval 1 day, easy
    /// interval 4 days, easy bonus 130%, hard interval 120%, lapses back to 1 day).
    case sm2
  }

  /// The setting of a run.
  public struct Configuration: Hashable, Sendable {
    /// Days simulated.
    public var days = 365
    /// New cards introduced per day while any are left.
    public var newCardsPerDay = 20
    /// New cards available.
    public var newCards = 2_000
    /// The seed of every random draw.
    public var seed: UInt64 = 42
    /// The chances of again, hard, good and easy at a card's first review.
    public var firstRatings = [0.24, 0.094, 0.495, 0.171]
    /// The chances of hard, good and easy when a card is recalled.
    public var recallRatings = [0.224, 0.632, 0.144]

    /// The defaults: a year, 20 new cards a day out of 2,000, seed 42, Anki's rating chances.
    public init() {}
  }

  /// A card already studied, where the simulation starts it.
  public struct ExistingCard: Hashable, Sendable {
    /// Stability in days.
    public var stability: Double
    /// Difficulty from 1 to 10.
    public var difficulty: Double
    /// Days since its last review, at the start.
    public var daysSinceReview: Int
    /// Days until it is due, from the start (0 or less: due on the first day).
    public var dueInDays: Int

    /// Creates an existing card.
    public init(stability: Double, difficulty: Double, daysSinceReview: Int, dueInDays: Int) {
      self.stability = stability
      self.difficulty = difficulty
      self.daysSinceReview = daysSinceReview
      self.dueInDays = dueInDays
    }
  }

  /// One simulated day.
  public struct Day: Hashable, Sendable {
    /// Reviews of cards seen before (relearning steps included).
    public var reviews: Int
    /// New cards introduced.
    public var newCards: Int
    /// The mean true probability of recall, at the end of the day, of every card introduced so far.
    public var retention: Double
  }

  /// The result of a run.
  public struct Result: Sendable {
    /// Each day in order.
    public var days: [Day]
    /// Each card's reviews as timestamped ratings (the first day starts at `start`), when asked for.
    public var histories: [[TimedRating]]

    /// All reviews of cards seen before, over the run.
    public var totalReviews: Int { days.reduce(0) { $0 + $1.reviews } }
    /// The mean over days of the daily retention.
    public var meanRetention: Double {
      days.isEmpty ? 0 : days.reduce(0) { $0 + $1.retention } / Double(days.count)
    }
  }

  /// The learner's true memory.
  public let learner: SchedulerParameters
  /// The schedule.
  public let policy: Policy
  /// The setting.
  public let configuration: Configuration

  /// Creates a simulation.
  public init(learner: SchedulerParameters, policy: Policy, configuration: Configuration = Configuration()) {
    self.learner = learner
    self.policy = policy
    self.configuration = configuration
  }

  private struct Card {
    var trueStability: Double
    var trueDifficulty: Double
    var modelStability = 0.0
    var modelDifficulty = 0.0
    var ease = 2.5
    var interval = 0
    var lastDay: Int
    var history: [TimedRating] = []
  }

  /// Runs the simulation; with `start`, every card's reviews are recorded, timed from that moment.
  public func run(existing: [ExistingCard] = [], recordingFrom start: Timestamp? = nil) -> Result {
    var random = SeededGenerator(seed: configuration.seed)
    let truth = Scheduler(parameters: learner)
    let model: Scheduler? = if case .fsrs(let parameters) = policy { Scheduler(parameters: parameters) } else { nil }
    let days = max(configuration.days, 0)
    var cards: [Card] = []
    var due = [[Int]](repeating: [], count: days + 1)
    func schedule(_ index: Int, in interval: Int, from day: Int) {
      let target = day + max(interval, 1)
      if target < days { due[target].append(index) }
    }
    for card in existing {
      var state = Card(
        trueStability: max(card.stability, Scheduler.minimumStability),
        trueDifficulty: Scheduler.clampDifficulty(card.difficulty), lastDay: -max(card.daysSinceReview, 0))
      state.modelStability = state.trueStability
      state.modelDifficulty = state.trueDifficulty
      state.interval = max(card.daysSinceReview + card.dueInDays, 1)
      cards.append(state)
      let when = max(card.dueInDays, 0)
      if when < days { due[when].append(cards.count - 1) }
    }
    var introduced = 0
    var result: [Day] = []
    result.reserveCapacity(days)
    for day in 0..<days {
      var reviews = 0
      for index in due[day] {
        let elapsed = day - cards[index].lastDay
        let recall = truth.retrievability(stability: cards[index].trueStability, elapsedDays: Int64(elapsed))
        let rating = random.nextUnit() < recall ? draw(configuration.recallRatings, offset: 2, &random) : .again
        review(&cards[index], rating: rating, elapsed: elapsed, day: day, truth: truth, model: model, start: start)
        reviews += 1
        if rating == .again {
          relearn(&cards[index], day: day, truth: truth, model: model, start: start)
          reviews += 1
        }
        schedule(index, in: cards[index].interval, from: day)
      }
      var newToday = 0
      while newToday < configuration.newCardsPerDay && introduced < configuration.newCards {
        let rating = draw(configuration.firstRatings, offset: 1, &random)
        var card = Card(
          trueStability: truth.initialStability[rating.rawValue],
          trueDifficulty: truth.initialDifficulty[rating.rawValue],
          lastDay: day)
        first(&card, rating: rating, day: day, model: model, start: start)
        if rating == .again { relearn(&card, day: day, truth: truth, model: model, start: start) }
        cards.append(card)
        schedule(cards.count - 1, in: card.interval, from: day)
        introduced += 1
        newToday += 1
      }
      var retention = 0.0
      for card in cards {
        retention += truth.retrievability(stability: card.trueStability, elapsedDays: Int64(day + 1 - card.lastDay))
      }
      result.append(
        Day(reviews: reviews, newCards: newToday, retention: cards.isEmpty ? 0 : retention / Double(cards.count)))
    }
    return Result(days: result, histories: start == nil ? [] : cards.map(\.history))
  }

  private func draw(_ chances: [Double], offset: Int, _ random: inout SeededGenerator) -> Rating {
    var unit = random.nextUnit() * chances.reduce(0, +)
    for (index, chance) in chances.enumerated() {
      unit -= chance
      if unit < 0 { return Rating(rawValue: index + offset) ?? .good }
    }
    return Rating(rawValue: chances.count - 1 + offset) ?? .good
  }

  private func record(_ card: inout Card, _ rating: Rating, day: Int, seconds: Int, start: Timestamp?) {
    guard let start else { return }
    // Every review of a day is dated 9:00 (a relearning step too, in order after the review), so that
    // reviews on different days are whole 24-hour periods apart, as the simulated days count them.
    let time = start.adding(milliseconds: Int64(day) * Timestamp.day + 9 * 3_600_000 + Int64(seconds) * 1_000)
    card.history.append(TimedRating(time: time, rating: rating))
  }

  private func first(_ card: inout Card, rating: Rating, day: Int, model: Scheduler?, start: Timestamp?) {
    record(&card, rating, day: day, seconds: 0, start: start)
    if let model {
      card.modelStability = model.initialStability[rating.rawValue]
      card.modelDifficulty = model.initialDifficulty[rating.rawValue]
      card.interval = Int(model.intervalDays(stability: card.modelStability))
    } else {
      card.interval = rating == .easy ? 4 : 1
    }
  }

  private func review(
    _ card: inout Card, rating: Rating, elapsed: Int, day: Int, truth: Scheduler, model: Scheduler?, start: Timestamp?
  ) {
    record(&card, rating, day: day, seconds: 0, start: start)
    let grade = rating.rawValue
    let recall = truth.retrievability(stability: card.trueStability, elapsedDays: Int64(elapsed))
    card.trueStability = truth.nextStability(
      difficulty: card.trueDifficulty, stability: card.trueStability, retrievability: recall, grade: grade)
    card.trueDifficulty = truth.nextDifficulty(card.trueDifficulty, grade: grade)
    card.lastDay = day
    if let model {
      let predicted = model.retrievability(stability: card.modelStability, elapsedDays: Int64(elapsed))
      card.modelStability = model.nextStability(
        difficulty: card.modelDifficulty, stability: card.modelStability, retrievability: predicted, grade: grade)
      card.modelDifficulty = model.nextDifficulty(card.modelDifficulty, grade: grade)
      card.interval = Int(model.intervalDays(stability: card.modelStability))
    } else {
      let previous = max(card.interval, 1)
      let late = max(elapsed - previous, 0)
      switch rating {
      case .again:
        card.ease = max(card.ease - 0.2, 1.3)
        card.interval = 1
      case .hard:
        card.ease = max(card.ease - 0.15, 1.3)
        card.interval = max(Int((Double(previous) * 1.2).rounded()), previous + 1)
      case .good:
        card.interval = max(Int((Double(previous + late / 2) * card.ease).rounded()), previous + 1)
      case .easy:
        card.interval = max(Int((Double(previous + late) * card.ease * 1.3).rounded()), previous + 1)
        card.ease += 0.15
      }
      card.interval = min(card.interval, 36_500)
    }
  }

  /// One relearning step right after a lapse, rated good: short-term stability for both memories.
  private func relearn(_ card: inout Card, day: Int, truth: Scheduler, model: Scheduler?, start: Timestamp?) {
    record(&card, .good, day: day, seconds: 0, start: start)
    card.trueStability = truth.shortTermStability(card.trueStability, grade: 3)
    card.trueDifficulty = truth.nextDifficulty(card.trueDifficulty, grade: 3)
    if let model {
      card.modelStability = model.shortTermStability(card.modelStability, grade: 3)
      card.modelDifficulty = model.nextDifficulty(card.modelDifficulty, grade: 3)
      card.interval = Int(model.intervalDays(stability: card.modelStability))
    }
  }
}
