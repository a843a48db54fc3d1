/// One review as the optimizer sees it: the rating and the whole days since the card's previous
/// review (0 for the first review and for a review on the same day).
public struct TrainingReview: Hashable, Sendable {
  /// The rating given.
  public var rating: Rating
  /// Whole days since the previous review, never negative.
  public var elapsedDays: Int

  /// Creates a review.
  public init(rating: Rating, elapsedDays: Int) {
    self.rating = rating
    self.elapsedDays = elapsedDays
  }

  /// Whether the review came a day or more after the previous one (a "long-term" review).
  var isLongTerm: Bool { elapsedDays >= 1 }
}

/// One training example: a card's reviews up to and including the review whose outcome is to be
/// predicted (the last one), as the reference optimizer (fsrs-rs) defines an item.
public struct TrainingItem: Hashable, Sendable {
  /// The reviews, oldest first; the last is the one predicted.
  public var reviews: [TrainingReview]

  /// Creates an item.
  public init(reviews: [TrainingReview]) {
    self.reviews = reviews
  }

  /// The review predicted.
  public var current: TrainingReview? { reviews.last }

  /// How many reviews came a day or more after the previous one.
  public var longTermReviewCount: Int { reviews.count { $0.isLongTerm } }
}

/// A reviewed moment of a card: when, and with which rating.
public struct TimedRating: Hashable, Sendable {
  /// When the review happened.
  public var time: Timestamp
  /// The rating given.
  public var rating: Rating

  /// Creates an event.
  public init(time: Timestamp, rating: Rating) {
    self.time = time
    self.rating = rating
  }
}

/// One card's history in training form: every review with its elapsed days, and which reviews end a
/// training item (every review after the first that comes a day or more after the previous one;
/// same-day reviews stay in the history but are not predicted, as the reference does).
public struct TrainingCard: Hashable, Sendable {
  /// The reviews, oldest first.
  public var reviews: [TrainingReview]
  /// The time of each review, for ordering items.
  public var times: [Timestamp]
  /// The indices of the reviews that end a training item, ascending.
  public var targets: [Int]

  /// Converts a card's review log, in the order written. Days are whole 24-hour periods since the
  /// previous review, as the scheduler counts them; a review dated before the previous one (a clock
  /// that went backwards) counts as same-day. Reviews further apart than `SchedulerParameters`'s
  /// longest interval count as that many days.
  public init(events: [TimedRating]) {
    var reviews: [TrainingReview] = []
    var times: [Timestamp] = []
    var targets: [Int] = []
    reviews.reserveCapacity(events.count)
    times.reserveCapacity(events.count)
    var previous: Timestamp?
    for event in events {
      var days = 0
      if let previous {
        days = Int(min(max(event.time.wholeDays(since: previous), 0), SchedulerParameters.longestInterval))
      }
      if previous != nil && days > 0 { targets.append(reviews.count) }
      reviews.append(TrainingReview(rating: event.rating, elapsedDays: days))
      times.append(event.time)
      previous = event.time
    }
    self.reviews = reviews
    self.times = times
    self.targets = targets
  }

  /// The training items of this card, one per target, oldest first.
  public var items: [TrainingItem] {
    targets.map { TrainingItem(reviews: Array(reviews[...$0])) }
  }

  /// The index of the first review a day or more after the previous one, if any.
  var firstLongTermIndex: Int? { targets.first }
}
