import Foundation

/// The log loss of one card's predicted recalls and its gradient with respect to the 21 weights,
/// by reverse-mode differentiation of the FSRS-6 formulas by hand.
///
/// The forward pass is the scheduler's own (`Scheduler` made from the weights): retrievability,
/// short-term and long-term stability, difficulty. The backward pass differentiates the branch the
/// forward pass took; a clamp that is active stops the gradient, as in the reference (fsrs-rs).
/// Stability is kept within [0.001, 36,500] days and difficulty within [1, 10].
struct CardGradient {
  /// The lowest and highest predicted probability the loss uses, so that log never sees 0.
  static let probabilityFloor = 1e-7
  /// The highest stability the model keeps, in days.
  static let maximumStability = 36_500.0

  /// What the backward pass needs of one step.
  private struct Step {
    var lastStability = 0.0
    var lastDifficulty = 0.0
    var retrievability = 1.0
    var unclampedStability = 0.0
    var unclampedDifficulty = 0.0
    var lossGradient = 0.0
  }

  private var steps: [Step] = []

  /// Adds the loss gradient of `card`'s reviews at `targets` (review index and weight, ascending) to
  /// `gradient` and returns the weighted loss.
  mutating func accumulate(
    card: TrainingCard, targets: ArraySlice<(review: Int, weight: Double)>, weights w: [Double],
    scheduler: Scheduler, gradient: inout [Double]
  ) -> Double {
    guard let last = targets.last?.review else { return 0 }
    if steps.count < last + 1 { steps = Array(repeating: Step(), count: last + 1) }
    var loss = 0.0
    var stability = 0.0
    var difficulty = 0.0
    var targetIndex = targets.startIndex
    for index in 0...last {
      let review = card.reviews[index]
      let grade = review.rating.rawValue
      var step = Step()
      if index == 0 {
        step.unclampedStability = w[grade - 1]
        step.unclampedDifficulty = w[4] - exp(w[5] * Double(grade - 1)) + 1
        stability = min(max(step.unclampedStability, Scheduler.minimumStability), Self.maximumStability)
        difficulty = scheduler.initialDifficulty[grade]
      } else {
        step.lastStability = stability
        step.lastDifficulty = difficulty
        let r = scheduler.retrievability(stability: stability, elapsedDays: Int64(review.elapsedDays))
        step.retrievability = r
        if targetIndex < targets.endIndex, targets[targetIndex].review == index {
          let weight = targets[targetIndex].weight
          targetIndex += 1
          let label = review.rating == .again ? 0.0 : 1.0
          let p = min(max(r, Self.probabilityFloor), 1 - Self.probabilityFloor)
          loss -= weight * (label * log(p) + (1 - label) * log(1 - p))
          if r > Self.probabilityFloor && r < 1 - Self.probabilityFloor {
            step.lossGradient = -weight * (label / p - (1 - label) / (1 - p))
          }
        }
        let next: Double
        if review.elapsedDays == 0 {
          next = scheduler.shortTermStability(stability, grade: grade)
          step.unclampedStability = stability * shortTermFactor(w, stability: stability, grade: grade).value
        } else {
          next = scheduler.nextStability(difficulty: difficulty, stability: stability, retrievability: r, grade: grade)
          step.unclampedStability = next
        }
        step.unclampedDifficulty = meanRevertedDifficulty(w, difficulty: difficulty, grade: grade)
        stability = min(next, Self.maximumStability)
        difficulty = scheduler.nextDifficulty(difficulty, grade: grade)
      }
      steps[index] = step
    }

    var gStability = 0.0
    var gDifficulty = 0.0
    for index in stride(from: last, through: 0, by: -1) {
      let step = steps[index]
      let review = card.reviews[index]
      let grade = review.rating.rawValue
      let gNew = Self.isInside(step.unclampedStability, Scheduler.minimumStability, Self.maximumStability) ? gStability : 0
      if index == 0 {
        gradient[grade - 1] += gNew
        if Self.isInside(step.unclampedDifficulty, Scheduler.minimumDifficulty, Scheduler.maximumDifficulty) {
          let offset = Double(grade - 1)
          gradient[4] += gDifficulty
          gradient[5] += gDifficulty * -offset * exp(offset * w[5])
        }
        break
      }
      var gLastStability = 0.0
      var gLastDifficulty = 0.0
      var gRetrievability = step.lossGradient
      let s = step.lastStability
      let d = step.lastDifficulty
      let r = step.retrievability
      if review.elapsedDays == 0 {
        gLastStability += shortTermBackward(w, stability: s, grade: grade, g: gNew, gradient: &gradient)
      } else {
        let (gs, gd, gr) =
          grade == 1
          ? lapseBackward(w, stability: s, difficulty: d, retrievability: r, g: gNew, gradient: &gradient)
          : recallBackward(w, stability: s, difficulty: d, retrievability: r, grade: grade, g: gNew, gradient: &gradient)
        gLastStability += gs
        gLastDifficulty += gd
        gRetrievability += gr
      }
      if Self.isInside(step.unclampedDifficulty, Scheduler.minimumDifficulty, Scheduler.maximumDifficulty) {
        gLastDifficulty += difficultyBackward(w, difficulty: d, grade: grade, g: gDifficulty, gradient: &gradient)
      }
      if review.elapsedDays > 0 && gRetrievability != 0 {
        gLastStability += curveBackward(
          w, days: Double(review.elapsedDays), stability: s, retrievability: r, g: gRetrievability,
          gradient: &gradient)
      }
      gStability = gLastStability
      gDifficulty = gLastDifficulty
    }
    return loss
  }

  @inline(__always)
  static func isInside(_ value: Double, _ low: Double, _ high: Double) -> Bool { value > low && value < high }

  /// The short-term factor `exp(w17 (g - 3 + w18)) s^-w19`, floored at 1 unless the rating is again;
  /// `raw` is the factor before the floor, `active` whether the floor let it through.
  private func shortTermFactor(_ w: [Double], stability: Double, grade: Int) -> (value: Double, raw: Double, active: Bool)
  {
    let raw = exp(w[17] * (Double(grade - 3) + w[18])) * pow(stability, -w[19])
    if grade >= 2 && raw < 1 { return (1, raw, false) }
    return (raw, raw, true)
  }

  private func shortTermBackward(_ w: [Double], stability s: Double, grade: Int, g: Double, gradient: inout [Double])
    -> Double
  {
    guard g != 0 else { return 0 }
    let factor = shortTermFactor(w, stability: s, grade: grade)
    guard factor.active else { return g * factor.value }
    let gRaw = g * s * factor.raw
    gradient[17] += gRaw * (Double(grade - 3) + w[18])
    gradient[18] += gRaw * w[17]
    gradient[19] += gRaw * -log(s)
    return g * factor.value + gRaw * (-w[19] / s)
  }

  private func lapseBackward(
    _ w: [Double], stability s: Double, difficulty d: Double, retrievability r: Double, g: Double,
    gradient: inout [Double]
  ) -> (Double, Double, Double) {
    guard g != 0 else { return (0, 0, 0) }
    let dPower = pow(d, -w[12])
    let sPower = pow(s + 1, w[13])
    let forgetting = exp((1 - r) * w[14])
    let raw = w[11] * dPower * (sPower - 1) * forgetting
    let floor = s / exp(w[17] * w[18])
    if floor < raw {
      gradient[17] += g * floor * -w[18]
      gradient[18] += g * floor * -w[17]
      return (g * floor / s, 0, 0)
    }
    gradient[11] += g * dPower * (sPower - 1) * forgetting
    gradient[12] += g * raw * -log(d)
    gradient[13] += g * w[11] * dPower * forgetting * sPower * log(s + 1)
    gradient[14] += g * raw * (1 - r)
    let gs = g * w[11] * dPower * forgetting * w[13] * sPower / (s + 1)
    return (gs, g * raw * (-w[12] / d), g * raw * -w[14])
  }

  private func recallBackward(
    _ w: [Double], stability s: Double, difficulty d: Double, retrievability r: Double, grade: Int, g: Double,
    gradient: inout [Double]
  ) -> (Double, Double, Double) {
    guard g != 0 else { return (0, 0, 0) }
    let scale = exp(w[8])
    let room = 11 - d
    let sPower = pow(s, -w[9])
    let growthExp = exp((1 - r) * w[10])
    let hard = grade == 2 ? w[15] : 1
    let easy = grade == 4 ? w[16] : 1
    let increase = scale * room * sPower * (growthExp - 1) * hard * easy
    let gIncrease = g * s
    gradient[8] += gIncrease * increase
    gradient[9] += gIncrease * increase * -log(s)
    gradient[10] += gIncrease * scale * room * sPower * hard * easy * (1 - r) * growthExp
    if grade == 2 { gradient[15] += gIncrease * scale * room * sPower * (growthExp - 1) * easy }
    if grade == 4 { gradient[16] += gIncrease * scale * room * sPower * (growthExp - 1) * hard }
    let gs = g * (1 + increase) + gIncrease * increase * (-w[9] / s)
    let gd = -gIncrease * scale * sPower * (growthExp - 1) * hard * easy
    let gr = gIncrease * scale * room * sPower * hard * easy * (-w[10] * growthExp)
    return (gs, gd, gr)
  }

  /// The difficulty after damping and mean reversion, before the clamp to [1, 10].
  private func meanRevertedDifficulty(_ w: [Double], difficulty d: Double, grade: Int) -> Double {
    let delta = -w[6] * Double(grade - 3)
    let damped = d + (10 - d) * delta / 9
    let easy = w[4] - exp(3 * w[5]) + 1
    return w[7] * (easy - damped) + damped
  }

  private func difficultyBackward(_ w: [Double], difficulty d: Double, grade: Int, g: Double, gradient: inout [Double])
    -> Double
  {
    guard g != 0 else { return 0 }
    let offset = Double(grade - 3)
    let delta = -w[6] * offset
    let damped = d + (10 - d) * delta / 9
    let easy = w[4] - exp(3 * w[5]) + 1
    gradient[7] += g * (easy - damped)
    gradient[4] += g * w[7]
    gradient[5] += g * w[7] * -3 * exp(3 * w[5])
    let gDamped = g * (1 - w[7])
    gradient[6] += gDamped * (10 - d) * -offset / 9
    return gDamped * (1 - delta / 9)
  }

  private func curveBackward(
    _ w: [Double], days t: Double, stability s: Double, retrievability r: Double, g: Double, gradient: inout [Double]
  ) -> Double {
    let decay = -w[20]
    let ln09 = log(0.9)
    let factor = exp(ln09 / decay) - 1
    let base = t / s * factor + 1
    let dBaseDStability = -t * factor / (s * s)
    let dFactorDDecay = exp(ln09 / decay) * (-ln09 / (decay * decay))
    let dRDDecay = r * (log(base) + decay / base * (t / s * dFactorDDecay))
    gradient[20] += g * -dRDDecay
    return g * r * decay / base * dBaseDStability
  }
}
