/// The reviews of one study day, summed.
public struct DayActivity: Hashable, Sendable {
  /// Number of reviews.
  public var reviews: Int
  /// Time spent answering, in milliseconds.
  public var milliseconds: Int64

  /// Creates a day's sums.
  public init(reviews: Int = 0, milliseconds: Int64 = 0) {
    self.reviews = reviews
    self.milliseconds = milliseconds
  }
}

/// One recent review, reduced to what retention needs.
public struct ReviewEvent: Hashable, Sendable {
  /// When the review was given.
  public var time: Timestamp
  /// The rating given.
  public var rating: Rating
  /// Whether the card was mature before the review (see `ReviewActivity.isMature`).
  public var mature: Bool

  /// Creates an event.
  public init(time: Timestamp, rating: Rating, mature: Bool) {
    self.time = time
    self.rating = rating
    self.mature = mature
  }
}

/// What statistics need from the review log: sums per study day over all time, and the recent
/// reviews one by one. A store can compute it with queries; `init(log:calendar:recentSince:)`
/// computes it from records (both must agree).
public struct ReviewActivity: Hashable, Sendable {
  /// Reviews per study day (keys are `StudyCalendar.day(of:)` numbers); days without reviews are absent.
  public var days: [Int64: DayActivity]
  /// Every review at or after the time the activity was asked for, oldest first.
  public var recent: [ReviewEvent]

  /// The interval, in days, from which a card counts as mature.
  public static let matureDays: Int64 = 21

  /// Creates activity from its parts.
  public init(days: [Int64: DayActivity] = [:], recent: [ReviewEvent] = []) {
    self.days = days
    self.recent = recent
  }

  /// Computes activity from log records; `recent` keeps the reviews at or after `recentSince`.
  public init(log: [ReviewRecord], calendar: StudyCalendar, recentSince: Timestamp) {
    var days: [Int64: DayActivity] = [:]
    var recent: [ReviewEvent] = []
    for record in log {
      let day = calendar.day(of: record.time)
      days[day, default: DayActivity()].reviews += 1
      days[day, default: DayActivity()].milliseconds += record.responseMilliseconds ?? 0
      if record.time >= recentSince {
        recent.append(
          ReviewEvent(time: record.time, rating: record.rating, mature: Self.isMature(before: record.before)))
      }
    }
    self.init(days: days, recent: recent.sorted { $0.time < $1.time })
  }

  /// Whether a card in state `before` is mature: in the review phase with a scheduled interval
  /// (due minus last review) of at least 21 days, or, without a last review, a stability that long.
  public static func isMature(before: MemoryState?) -> Bool {
    guard let before, before.phase == .review else { return false }
    if let last = before.lastReview {
      return before.due.milliseconds(since: last) >= matureDays * Timestamp.day
    }
    return (before.stability ?? 0) >= Double(matureDays)
  }
}
