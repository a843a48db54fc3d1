/// What each of the four ratings would do to a card now: the "1m / 6m / 1d / 3d" shown on the buttons.
public struct ReviewPreview: Hashable, Sendable {
  /// The outcome of rating "again".
  public var again: ReviewOutcome
  /// The outcome of rating "hard".
  public var hard: ReviewOutcome
  /// The outcome of rating "good".
  public var good: ReviewOutcome
  /// The outcome of rating "easy".
  public var easy: ReviewOutcome

  /// The outcome of `rating`.
  public subscript(rating: Rating) -> ReviewOutcome {
    switch rating {
    case .again: again
    case .hard: hard
    case .good: good
    case .easy: easy
    }
  }

  /// The interval of `rating` for people, e.g. "10m" or "2.5mo".
  public func intervalText(_ rating: Rating) -> String {
    IntervalText.format(milliseconds: self[rating].log.interval)
  }

  /// All four intervals for people, in rating order: e.g. `["1m", "6m", "1d", "3d"]`.
  public var intervalTexts: [String] {
    Rating.allCases.map(intervalText)
  }
}

extension Scheduler {
  /// The outcome of each rating of `state` at `time`, with the same fuzz seed a real review would use.
  public func preview(_ state: MemoryState?, at time: Timestamp, fuzzSeed: UInt64? = nil) -> ReviewPreview {
    ReviewPreview(
      again: review(state, rating: .again, at: time, fuzzSeed: fuzzSeed),
      hard: review(state, rating: .hard, at: time, fuzzSeed: fuzzSeed),
      good: review(state, rating: .good, at: time, fuzzSeed: fuzzSeed),
      easy: review(state, rating: .easy, at: time, fuzzSeed: fuzzSeed))
  }
}

/// Short interval texts for people: "45s", "1m", "5.5m", "10m", "1.5h", "1d", "3d", "2.5mo", "1.2y".
public enum IntervalText {
  /// Formats an interval in milliseconds: seconds under a minute, minutes under an hour, hours under
  /// a day, days under 30 days, months (of 30 days) under a year (of 365 days), then years; one
  /// decimal at most, dropped when it is zero.
  public static func format(milliseconds: Int64) -> String {
    let value = Double(max(milliseconds, 0))
    let units: [(size: Double, suffix: String)] = [
      (Double(Timestamp.second), "s"), (Double(Timestamp.minute), "m"), (Double(Timestamp.hour), "h"),
      (Double(Timestamp.day), "d"), (30 * Double(Timestamp.day), "mo"), (365 * Double(Timestamp.day), "y"),
    ]
    let limits: [Double] = [
      Double(Timestamp.minute), Double(Timestamp.hour), Double(Timestamp.day), 30 * Double(Timestamp.day),
      365 * Double(Timestamp.day), .infinity,
    ]
    for (unit, limit) in zip(units, limits) where oneDecimal(value / unit.size) * unit.size < limit {
      return decimal(oneDecimal(value / unit.size)) + unit.suffix
    }
    return decimal(oneDecimal(value / units[units.count - 1].size)) + "y"
  }

  private static func oneDecimal(_ value: Double) -> Double {
    (value * 10).rounded(.toNearestOrAwayFromZero) / 10
  }

  /// `value` with one decimal at most (`2.5`, `3`). NaN reads as 0 and values past what an Int64
  /// of tenths holds are clamped to it, so no value traps (an Int64 of milliseconds never gets there).
  static func decimal(_ value: Double) -> String {
    let scaled = value * 10 + 0.5
    let tenths = scaled.isNaN ? 0 : Int64(min(max(scaled, -9.2e18), 9.2e18))
    let whole = tenths / 10
    let fraction = tenths % 10
    return fraction == 0 ? String(whole) : "\(whole).\(fraction)"
  }
}
