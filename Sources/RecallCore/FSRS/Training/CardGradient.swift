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

  /// What depends on the weights alone, worked out once per gradient step.
  struct Model: Sendable {
    let w: [Double]
    let scheduler: Scheduler
    let recallScale: Double
    let easyDifficulty: Double
    let easyExponential: Double
    let lapseFloorDivisor: Double
    let decay: Double
    let factor: Double
    let factorSlope: Double

    init(weights w: [Double]) {
      self.w = w
      scheduler = WeightBounds.scheduler(w)
      recallScale = exp(w[8])
      easyExponential = exp(3 * w[5])
      easyDifficulty = w[4] - easyExponential + 1
      lapseFloorDivisor = exp(w[17] * w[18])
      decay = -w[20]
      let ln09 = log(0.9)
      factor = exp(ln09 / decay) - 1
      factorSlope = exp(ln09 / decay) * (-ln09 / (decay * decay))
    }
  }

  private var steps: [Step] = []

  /// Adds the loss gradient of `reviews` at `targets` (review index and weight, ascending) to
  /// `gradient` and returns the weighted loss.
  mutating func accumulate(
    reviews: [TrainingReview], targets: ArraySlice<(review: Int, weight: Double)>, model: Model,
    gradient: inout [Double]
  ) -> Double {
    guard let last = targets.last?.review, last < reviews.count else { return 0 }
    if steps.count < last + 1 { steps = Array(repeating: Step(), count: last + 1) }
    // The scratch buffer is moved out while in use, so that the passes (methods of self) can write it.
    var buffer: [Step] = []
    swap(&buffer, &steps)
    defer { swap(&buffer, &steps) }
    return reviews.withUnsafeBufferPointer { reviews in
      buffer.withUnsafeMutableBufferPointer { steps in
        gradient.withUnsafeMutableBufferPointer { gradient in
          let loss = forward(reviews, targets, last: last, model: model, steps: steps)
          backward(reviews, last: last, model: model, steps: steps, gradient: gradient)
          return loss
        }
      }
    }
  }

  private func forward(
    _ reviews: UnsafeBufferPointer<TrainingReview>, _ targets: ArraySlice<(review: Int, weight: Double)>, last: Int,
    model: Model, steps: UnsafeMutableBufferPointer<Step>
  ) -> Double {
    let w = model.w
    let scheduler = model.scheduler
    var loss = 0.0
    var stability = 0.0
    var difficulty = 0.0
    var targetIndex = targets.startIndex
    for index in 0...last {
      let review = reviews[index]
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
        let delta = -w[6] * Double(grade - 3)
        let damped = difficulty + (10 - difficulty) * delta / 9
        step.unclampedDifficulty = w[7] * (model.easyDifficulty - damped) + damped
        stability = min(next, Self.maximumStability)
        difficulty = scheduler.nextDifficulty(difficulty, grade: grade)
      }
      steps[index] = step
    }
    return loss
  }

  private func backward(
    _ reviews: UnsafeBufferPointer<TrainingReview>, last: Int, model: Model, steps: UnsafeMutableBufferPointer<Step>,
    gradient: UnsafeMutableBufferPointer<Double>
  ) {
    let w = model.w
    var gStability = 0.0
    var gDifficulty = 0.0
    for index in stride(from: last, through: 0, by: -1) {
      let step = steps[index]
      let review = reviews[index]
      let grade = review.rating.rawValue
      let gNew =
        Self.isInside(step.unclampedStability, Scheduler.minimumStability, Self.maximumStability) ? gStability : 0
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
        gLastStability += shortTermBackward(w, stability: s, grade: grade, g: gNew, gradient: gradient)
      } else {
        let (gs, gd, gr) =
          grade == 1
          ? lapseBackward(model, stability: s, difficulty: d, retrievability: r, g: gNew, gradient: gradient)
          : recallBackward(
            model, stability: s, difficulty: d, retrievability: r, grade: grade, g: gNew, gradient: gradient)
        gLastStability += gs
        gLastDifficulty += gd
        gRetrievability += gr
      }
      if Self.isInside(step.unclampedDifficulty, Scheduler.minimumDifficulty, Scheduler.maximumDifficulty) {
        gLastDifficulty += difficultyBackward(model, difficulty: d, grade: grade, g: gDifficulty, gradient: gradient)
      }
      if review.elapsedDays > 0 && gRetrievability != 0 {
        gLastStability += curveBackward(
          model, days: Double(review.elapsedDays), stability: s, retrievability: r, g: gRetrievability,
          gradient: gradient)
      }
      gStability = gLastStability
      gDifficulty = gLastDifficulty
    }
  }

  @inline(__always)
  static func isInside(_ value: Double, _ low: Double, _ high: Double) -> Bool { value > low && value < high }

  /// The short-term factor `exp(w17 (g - 3 + w18)) s^-w19`, floored at 1 unless the rating is again;
  /// `raw` is the factor before the floor, `active` whether the floor let it through.
  private func shortTermFactor(_ w: [Double], stability: Double, grade: Int) -> (
    value: Double, raw: Double, active: Bool
  ) {
    let raw = exp(w[17] * (Double(grade - 3) + w[18])) * pow(stability, -w[19])
    if grade >= 2 && raw < 1 { return (1, raw, false) }
    return (raw, raw, true)
  }

  private func shortTermBackward(
    _ w: [Double], stability s: Double, grade: Int, g: Double, gradient: UnsafeMutableBufferPointer<Double>
  ) -> Double {
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
    _ model: Model, stability s: Double, difficulty d: Double, retrievability r: Double, g: Double,
    gradient: UnsafeMutableBufferPointer<Double>
  ) -> (Double, Double, Double) {
    guard g != 0 else { return (0, 0, 0) }
    let w = model.w
    let dPower = pow(d, -w[12])
    let sPower = pow(s + 1, w[13])
    let forgetting = exp((1 - r) * w[14])
    let raw = w[11] * dPower * (sPower - 1) * forgetting
    let floor = s / model.lapseFloorDivisor
    if floor < raw {
      gradient[17] += g * floor * -w[18]
      gradient[18] += g * floor * -w[17]
      return (g / model.lapseFloorDivisor, 0, 0)
    }
    gradient[11] += g * dPower * (sPower - 1) * forgetting
    gradient[12] += g * raw * -log(d)
    gradient[13] += g * w[11] * dPower * forgetting * sPower * log(s + 1)
    gradient[14] += g * raw * (1 - r)
    let gs = g * w[11] * dPower * forgetting * w[13] * sPower / (s + 1)
    return (gs, g * raw * (-w[12] / d), g * raw * -w[14])
  }

  private func recallBackward(
    _ model: Model, stability s: Double, difficulty d: Double, retrievability r: Double, grade: Int, g: Double,
    gradient: UnsafeMutableBufferPointer<Double>
  ) -> (Double, Double, Double) {
    guard g != 0 else { return (0, 0, 0) }
    let w = model.w
    let scale = model.recallScale
    let room = 11 - d
    let sPower = pow(s, -w[9])
    let growthExp = exp((1 - r) * w[10])
    let hard = grade == 2 ? w[15] : 1
    let easy = grade == 4 ? w[16] : 1
    let common = scale * sPower * hard * easy
    let increase = common * room * (growthExp - 1)
    let gIncrease = g * s
    gradient[8] += gIncrease * increase
    gradient[9] += gIncrease * increase * -log(s)
    gradient[10] += gIncrease * common * room * (1 - r) * growthExp
    // The increase without its hard or easy factor (the other factor is 1 for those ratings).
    if grade == 2 || grade == 4 {
      gradient[grade == 2 ? 15 : 16] += gIncrease * scale * sPower * room * (growthExp - 1)
    }
    let gs = g * (1 + increase) + gIncrease * increase * (-w[9] / s)
    let gd = -gIncrease * common * (growthExp - 1)
    let gr = gIncrease * common * room * (-w[10] * growthExp)
    return (gs, gd, gr)
  }

  private func difficultyBackward(
    _ model: Model, difficulty d: Double, grade: Int, g: Double, gradient: UnsafeMutableBufferPointer<Double>
  ) -> Double {
    guard g != 0 else { return 0 }
    let w = model.w
    let offset = Double(grade - 3)
    let delta = -w[6] * offset
    let damped = d + (10 - d) * delta / 9
    gradient[7] += g * (model.easyDifficulty - damped)
    gradient[4] += g * w[7]
    gradient[5] += g * w[7] * -3 * model.easyExponential
    let gDamped = g * (1 - w[7])
    gradient[6] += gDamped * (10 - d) * -offset / 9
    return gDamped * (1 - delta / 9)
  }

  private func curveBackward(
    _ model: Model, days t: Double, stability s: Double, retrievability r: Double, g: Double,
    gradient: UnsafeMutableBufferPointer<Double>
  ) -> Double {
    let decay = model.decay
    let factor = model.factor
    let base = t / s * factor + 1
    let dRDDecay = r * (log(base) + decay / base * (t / s * model.factorSlope))
    gradient[20] += g * -dRDDecay
    return g * r * decay / base * (-t * factor / (s * s))
  }
}
