/// What one review did to a card: its next memory state and the entry to log.
public struct ReviewOutcome: Hashable, Sendable {
  /// The card's memory state after the review.
  public var state: MemoryState
  /// The log entry of the review.
  public var log: ReviewLogEntry

  /// Creates an outcome.
  public init(state: MemoryState, log: ReviewLogEntry) {
    self.state = state
    self.log = log
  }
}

/// One review as the scheduler saw it: enough to replay it, plus what it computed along the way.
public struct ReviewLogEntry: Hashable, Sendable {
  /// The rating given.
  public var rating: Rating
  /// When the review happened.
  public var time: Timestamp
  /// Whole days (floored 24-hour periods) since the previous review; nil for a first review. Negative
  /// when the review is dated before the previous one (see `Scheduler`).
  public var elapsedDays: Int64?
  /// The card's retrievability just before the review (0 for a card never reviewed).
  public var retrievability: Double
  /// The interval scheduled, in milliseconds: the new due time minus the review time, never negative.
  public var interval: Int64

  /// Creates a log entry.
  public init(rating: Rating, time: Timestamp, elapsedDays: Int64?, retrievability: Double, interval: Int64) {
    self.rating = rating
    self.time = time
    self.elapsedDays = elapsedDays
    self.retrievability = retrievability
    self.interval = interval
  }
}
