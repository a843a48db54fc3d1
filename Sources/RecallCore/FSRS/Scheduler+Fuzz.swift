/// Seeds for interval fuzz, derived from a card's identity and how many times it was reviewed, so
/// that the same history always gives the same schedule (and rescheduling reproduces it).
public enum FuzzSeed {
  /// The seed for the review of `card` that follows `reviewCount` earlier reviews.
  public static func make(card: CardID, reviewCount: Int) -> UInt64 {
    make(cardSeed: StableHash.fnv1a(card.rawValue), reviewCount: reviewCount)
  }

  /// The seed for the review that follows `reviewCount` earlier reviews of the card whose own seed
  /// (e.g. a hash of its identity) is `cardSeed`.
  public static func make(cardSeed: UInt64, reviewCount: Int) -> UInt64 {
    var generator = SeededGenerator(seed: cardSeed ^ (UInt64(truncatingIfNeeded: reviewCount) &* 0xD6E8_FEB8_6659_FD93))
    return generator.next()
  }
}

extension Scheduler {
  /// The fuzz bounds of an interval of `days` days, as the reference computes them: intervals under
  /// 2.5 days have none; otherwise about ±15% up to a week, ±10% to 20 days and ±5% beyond, never
  /// below 2 days nor above the maximum interval. Returns nil when the interval is not fuzzed.
  ///
  /// As in the reference, the fuzzed interval is `round(u * (upper - lower + 1) + lower)` for a
  /// uniform `u` in [0, 1), so it lies in `lower...upper + 1` (capped at the maximum interval), the
  /// two ends half as likely as the others.
  public func fuzzBounds(days: Int64) -> ClosedRange<Int64>? {
    guard Double(days) >= 2.5 else { return nil }
    let value = Double(days)
    var delta = 1.0
    delta += 0.15 * max(min(value, 7.0) - 2.5, 0.0)
    delta += 0.1 * max(min(value, 20.0) - 7.0, 0.0)
    delta += 0.05 * max(value - 20.0, 0.0)
    var lower = Self.roundedDays(value - delta)
    let upper = min(Self.roundedDays(value + delta), parameters.maximumInterval)
    lower = max(2, lower)
    lower = min(lower, upper)
    return lower...upper
  }

  /// `days` spread by fuzz, with `unit` a uniform random number in [0, 1).
  public func fuzzedDays(_ days: Int64, unit: Double) -> Int64 {
    guard let bounds = fuzzBounds(days: days) else { return days }
    let spread = unit * Double(bounds.upperBound - bounds.lowerBound + 1) + Double(bounds.lowerBound)
    return min(Self.roundedDays(spread), parameters.maximumInterval)
  }

  private static func roundedDays(_ value: Double) -> Int64 {
    let rounded = value.rounded(.toNearestOrEven)
    guard rounded > -9.0e18, rounded < 9.0e18 else { return rounded > 0 ? Int64.max : Int64.min }
    return Int64(rounded)
  }
}
