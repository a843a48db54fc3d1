import Foundation

/// The FSRS forgetting curve, for statistics.
///
/// Seam: the FSRS scheduler (`Scheduler.retrievability`) computes the same curve with the learner's
/// parameters; once it is on `main`, statistics should call it and this type can go.
enum ForgettingCurve {
  /// The default decay parameter w20 of FSRS-6.
  static let defaultW20 = 0.1542

  /// The probability of recall after `elapsedDays` whole days for a card of stability `stability`.
  static func retrievability(elapsedDays: Int64, stability: Double, w20: Double = defaultW20) -> Double {
    let decay = -w20
    let factor = pow(0.9, 1 / decay) - 1
    return pow(1 + factor * Double(max(elapsedDays, 0)) / stability, decay)
  }

  /// The predicted retrievability of `memory` at `now`; nil when it has no stability yet.
  static func retrievability(of memory: MemoryState, at now: Timestamp) -> Double? {
    guard let stability = memory.stability, stability > 0 else { return nil }
    guard let last = memory.lastReview else { return nil }
    return retrievability(elapsedDays: now.wholeDays(since: last), stability: stability)
  }
}
