import Foundation

/// The FSRS-6 scheduler, computing exactly what the reference implementation (PyPI `fsrs` 6.3.2)
/// computes, bit for bit on Linux.
///
/// Every formula keeps the reference's evaluation order and uses `pow(M_E, x)` where the reference
/// writes `math.e ** x` (it differs from `exp(x)` in the last bit for most `x`); rounding is
/// half-to-even as Python's `round`. Values that depend only on the parameters are computed once, in
/// `init`, with the same operations, so a review does no allocation and at most three `pow` calls.
///
/// Days are whole 24-hour periods since the last review, floored: a review less than 24 hours
/// after the previous one is "same-day" and uses short-term stability, whatever the calendar says.
///
/// Input the reference does not expect is handled, never trapped on:
/// - A review dated before the card's last review (a clock that went backwards, logs merged out of
///   order) counts as same-day, as in the reference: retrievability is 1, short-term stability
///   applies, and the card is due one interval after that review time. Intervals are never
///   negative, so `due` is never before the review time; `lastReview` becomes the review time.
/// - A state without stability or difficulty is treated as a card never reviewed; a missing or
///   negative step counts as step 0.
public struct Scheduler: Sendable {
  /// The parameters the scheduler was made with.
  public let parameters: SchedulerParameters

  /// The decay exponent, `-w20`.
  public let decay: Double
  /// The factor that makes retrievability 0.9 after `stability` days: `0.9 ** (1 / decay) - 1`.
  public let factor: Double

  private let intervalMultiplier: Double
  private let maximumInterval: Int64
  private let learningSteps: [Int64]
  private let relearningSteps: [Int64]
  let initialStability: RatingTable
  let initialDifficulty: RatingTable
  private let shortTermScale: RatingTable
  private let difficultyDelta: RatingTable
  private let meanReversionTarget: Double
  private let meanReversionKeep: Double
  private let recallScale: Double
  private let recallStabilityExponent: Double
  private let recallSensitivity: Double
  private let hardPenalty: Double
  private let easyBonus: Double
  private let lapseScale: Double
  private let lapseDifficultyExponent: Double
  private let lapseStabilityExponent: Double
  private let lapseSensitivity: Double
  private let lapseShortTermDivisor: Double
  private let shortTermStabilityExponent: Double

  /// The lowest stability, in days.
  public static let minimumStability = 0.001
  /// The lowest difficulty.
  public static let minimumDifficulty = 1.0
  /// The highest difficulty.
  public static let maximumDifficulty = 10.0

  /// Creates a scheduler; the parameters were validated when they were made.
  public init(parameters: SchedulerParameters = .standard) {
    self.parameters = parameters
    let w = parameters.weights
    decay = -w[20]
    factor = pow(0.9, 1 / decay) - 1
    intervalMultiplier = pow(parameters.desiredRetention, 1 / decay) - 1
    maximumInterval = parameters.maximumInterval
    learningSteps = parameters.learningSteps
    relearningSteps = parameters.relearningSteps
    initialStability = RatingTable { grade in max(w[grade - 1], Self.minimumStability) }
    initialDifficulty = RatingTable { grade in
      Self.clampDifficulty(w[4] - pow(M_E, w[5] * Double(grade - 1)) + 1)
    }
    shortTermScale = RatingTable { grade in pow(M_E, w[17] * (Double(grade - 3) + w[18])) }
    difficultyDelta = RatingTable { grade in -(w[6] * Double(grade - 3)) }
    meanReversionTarget = w[7] * (w[4] - pow(M_E, w[5] * Double(4 - 1)) + 1)
    meanReversionKeep = 1 - w[7]
    recallScale = pow(M_E, w[8])
    recallStabilityExponent = -w[9]
    recallSensitivity = w[10]
    lapseScale = w[11]
    lapseDifficultyExponent = -w[12]
    lapseStabilityExponent = w[13]
    lapseSensitivity = w[14]
    hardPenalty = w[15]
    easyBonus = w[16]
    lapseShortTermDivisor = pow(M_E, w[17] * w[18])
    shortTermStabilityExponent = -w[19]
  }

  // MARK: Reviewing

  /// Reviews a card (`nil` for a card never reviewed) with `rating` at `time`.
  ///
  /// When the parameters enable fuzz and the card lands in the review phase with an interval of
  /// three days or more, the interval is spread by a fuzz drawn from `fuzzSeed` (see `FuzzSeed`);
  /// a nil seed schedules without fuzz.
  public func review(_ state: MemoryState?, rating: Rating, at time: Timestamp, fuzzSeed: UInt64? = nil)
    -> ReviewOutcome
  {
    let grade = rating.rawValue
    var phase: LearningPhase
    var step: Int
    let stability: Double
    let difficulty: Double
    var elapsedDays: Int64? = nil
    var retrievability = 0.0
    if let state, let oldStability = state.stability, let oldDifficulty = state.difficulty {
      phase = state.phase
      step = max(state.step ?? 0, 0)
      if let last = state.lastReview {
        let days = time.wholeDays(since: last)
        elapsedDays = days
        retrievability = self.retrievability(stability: oldStability, elapsedDays: days)
      }
      if let days = elapsedDays, days < 1 {
        stability = shortTermStability(oldStability, grade: grade)
      } else {
        stability = nextStability(
          difficulty: oldDifficulty, stability: oldStability, retrievability: retrievability, grade: grade)
      }
      difficulty = nextDifficulty(oldDifficulty, grade: grade)
    } else {
      phase = .learning
      step = state.flatMap { $0.phase == .learning ? $0.step : 0 }.map { max($0, 0) } ?? 0
      stability = initialStability[grade]
      difficulty = initialDifficulty[grade]
    }

    var interval: Int64
    var graduates = false
    switch phase {
    case .learning, .relearning:
      let steps = phase == .learning ? learningSteps : relearningSteps
      if steps.isEmpty || (step >= steps.count && grade >= 2) {
        graduates = true
        interval = 0
      } else {
        switch rating {
        case .again:
          step = 0
          interval = steps[0]
        case .hard:
          if step == 0 && steps.count == 1 {
            interval = Self.halfEvenHalf(steps[0] * 3)
          } else if step == 0 {
            interval = Self.halfEvenHalf(steps[0] + steps[1])
          } else {
            interval = steps[step]
          }
        case .good:
          if step + 1 == steps.count {
            graduates = true
            interval = 0
          } else {
            step += 1
            interval = steps[step]
          }
        case .easy:
          graduates = true
          interval = 0
        }
      }
    case .review:
      if rating == .again && !relearningSteps.isEmpty {
        phase = .relearning
        step = 0
        interval = relearningSteps[0]
      } else {
        graduates = true
        interval = 0
      }
    }

    let next: MemoryState
    if graduates {
      var days = roundedInterval(stability)
      if parameters.fuzzEnabled, let fuzzSeed {
        var generator = SeededGenerator(seed: fuzzSeed)
        days = fuzzedDays(days, unit: generator.nextUnit())
      }
      interval = days &* Timestamp.day
      next = MemoryState(
        phase: .review, step: nil, stability: stability, difficulty: difficulty,
        due: time.adding(milliseconds: interval),
        lastReview: time)
    } else {
      next = MemoryState(
        phase: phase, step: step, stability: stability, difficulty: difficulty,
        due: time.adding(milliseconds: interval),
        lastReview: time)
    }
    let log = ReviewLogEntry(
      rating: rating, time: time, elapsedDays: elapsedDays, retrievability: retrievability, interval: interval)
    return ReviewOutcome(state: next, log: log)
  }

  // MARK: Retrievability

  /// The probability of recalling the card at `time`: 0 for a card never reviewed, 1 during the first
  /// 24 hours after a review and at any time before it, then falling with each whole day.
  public func retrievability(of state: MemoryState, at time: Timestamp) -> Double {
    guard let last = state.lastReview, let stability = state.stability else { return 0 }
    return retrievability(stability: stability, elapsedDays: time.wholeDays(since: last))
  }

  /// Retrievability after `elapsedDays` whole days (negative counts as 0) at `stability`.
  @inline(__always)
  public func retrievability(stability: Double, elapsedDays: Int64) -> Double {
    // pow(1, x) is exactly 1, so skipping it for t = 0 changes no bit.
    guard elapsedDays > 0 else { return 1 }
    return pow(1 + ((factor * Double(elapsedDays)) / stability), decay)
  }

  // MARK: Formulas, in the reference's evaluation order

  /// The interval in whole days for `stability`, at least 1 and at most the maximum interval.
  public func intervalDays(stability: Double) -> Int64 {
    roundedInterval(stability)
  }

  @inline(__always)
  private func roundedInterval(_ stability: Double) -> Int64 {
    let raw = (stability / factor) * intervalMultiplier
    let rounded = raw.rounded(.toNearestOrEven)
    // Written so that NaN and infinity also end at the maximum instead of trapping in Int64(_:).
    guard rounded < Double(maximumInterval) else { return maximumInterval }
    guard rounded >= 1 else { return 1 }
    return Int64(rounded)
  }

  @inline(__always)
  func shortTermStability(_ stability: Double, grade: Int) -> Double {
    var increase = shortTermScale[grade] * pow(stability, shortTermStabilityExponent)
    if grade >= 2 {
      increase = max(increase, 1.0)
    }
    return max(stability * increase, Self.minimumStability)
  }

  @inline(__always)
  func nextStability(difficulty: Double, stability: Double, retrievability: Double, grade: Int) -> Double {
    let next: Double
    if grade == 1 {
      var longTerm = lapseScale * pow(difficulty, lapseDifficultyExponent)
      longTerm = longTerm * (pow(stability + 1, lapseStabilityExponent) - 1)
      longTerm = longTerm * pow(M_E, (1 - retrievability) * lapseSensitivity)
      let shortTerm = stability / lapseShortTermDivisor
      next = min(longTerm, shortTerm)
    } else {
      var growth = recallScale * (11 - difficulty)
      growth = growth * pow(stability, recallStabilityExponent)
      growth = growth * (pow(M_E, (1 - retrievability) * recallSensitivity) - 1)
      if grade == 2 { growth = growth * hardPenalty }
      if grade == 4 { growth = growth * easyBonus }
      next = stability * (1 + growth)
    }
    return max(next, Self.minimumStability)
  }

  @inline(__always)
  func nextDifficulty(_ difficulty: Double, grade: Int) -> Double {
    let damped = difficulty + ((10.0 - difficulty) * difficultyDelta[grade] / 9.0)
    return Self.clampDifficulty(meanReversionTarget + meanReversionKeep * damped)
  }

  @inline(__always)
  static func clampDifficulty(_ difficulty: Double) -> Double {
    min(max(difficulty, minimumDifficulty), maximumDifficulty)
  }

  /// `value / 2` rounded half-to-even, as Python rounds a `timedelta` multiplied by 1.5 or divided by 2.
  @inline(__always)
  static func halfEvenHalf(_ value: Int64) -> Int64 {
    let half = value / 2
    return value % 2 != 0 && half % 2 != 0 ? half + 1 : half
  }
}

/// Four values, one per rating, without an array (so that reading one never touches the heap).
struct RatingTable: Sendable {
  private let again: Double
  private let hard: Double
  private let good: Double
  private let easy: Double

  init(_ make: (Int) -> Double) {
    again = make(1)
    hard = make(2)
    good = make(3)
    easy = make(4)
  }

  subscript(grade: Int) -> Double {
    switch grade {
    case 1: again
    case 2: hard
    case 3: good
    default: easy
    }
  }
}
