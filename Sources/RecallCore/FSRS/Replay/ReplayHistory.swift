import Foundation

/// One review history recorded from the reference implementation: a card, the scheduler it was
/// reviewed with, and for every review the input (rating, time) and every value the reference
/// computed. One line of a vectors file (`fsrs/README.md` of the shared reference material).
public struct ReplayHistory: Hashable, Sendable, Decodable {
  /// The history's name, e.g. `dev-s1-0007`.
  public var id: String
  /// The scheduler used from the first review.
  public var scheduler: ReplayScheduler
  /// A change of scheduler part-way through, if any.
  public var switchover: ReplaySwitch?
  /// The reference's card identity (epoch milliseconds at creation).
  public var cardID: Int64
  /// When the new card was due.
  public var cardDue: Timestamp
  /// The reviews, in the order they were made.
  public var reviews: [ReplayReview]

  enum CodingKeys: String, CodingKey {
    case id, scheduler, card, reviews
    case switchover = "switch"
  }

  enum CardKeys: String, CodingKey {
    case cardID = "card_id"
    case due
  }

  /// Decodes a history from its JSON object.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    scheduler = try container.decode(ReplayScheduler.self, forKey: .scheduler)
    switchover = try container.decodeIfPresent(ReplaySwitch.self, forKey: .switchover)
    let card = try container.nestedContainer(keyedBy: CardKeys.self, forKey: .card)
    cardID = try card.decode(Int64.self, forKey: .cardID)
    cardDue = try ReplayTime.decode(card, .due)
    reviews = try container.decode([ReplayReview].self, forKey: .reviews)
  }

  /// The scheduler settings in force for review number `index` (from 0).
  public func scheduler(forReview index: Int) -> ReplayScheduler {
    if let switchover, index >= switchover.beforeReview { return switchover.scheduler }
    return scheduler
  }
}

/// Scheduler settings as the reference serialises them (`Scheduler.to_dict`): steps in seconds.
public struct ReplayScheduler: Hashable, Sendable, Decodable {
  /// The 21 weights.
  public var parameters: [Double]
  /// The desired retention.
  public var desiredRetention: Double
  /// Learning steps in seconds.
  public var learningSteps: [Double]
  /// Relearning steps in seconds.
  public var relearningSteps: [Double]
  /// The maximum interval in days.
  public var maximumInterval: Int64
  /// Whether the reference fuzzed intervals (histories for comparison never do).
  public var enableFuzzing: Bool

  enum CodingKeys: String, CodingKey {
    case parameters
    case desiredRetention = "desired_retention"
    case learningSteps = "learning_steps"
    case relearningSteps = "relearning_steps"
    case maximumInterval = "maximum_interval"
    case enableFuzzing = "enable_fuzzing"
  }

  /// The settings as validated scheduler parameters (steps converted to whole milliseconds).
  public func makeParameters() throws(SchedulerParametersError) -> SchedulerParameters {
    try SchedulerParameters(
      weights: parameters, desiredRetention: desiredRetention,
      learningSteps: learningSteps.map(Self.milliseconds), relearningSteps: relearningSteps.map(Self.milliseconds),
      maximumInterval: maximumInterval, fuzzEnabled: enableFuzzing)
  }

  private static func milliseconds(_ seconds: Double) -> Int64 {
    let value = (seconds * 1000).rounded(.toNearestOrEven)
    // Out-of-range values become -1 ms, which parameter validation then rejects with a message.
    guard value >= 0, value < 9.0e18 else { return -1 }
    return Int64(value)
  }
}

/// A change of scheduler before a given review.
public struct ReplaySwitch: Hashable, Sendable, Decodable {
  /// The index of the first review that uses `scheduler`.
  public var beforeReview: Int
  /// The scheduler from then on.
  public var scheduler: ReplayScheduler

  enum CodingKeys: String, CodingKey {
    case beforeReview = "before_review"
    case scheduler
  }
}

/// One review of a history: the input and the values the reference computed.
public struct ReplayReview: Hashable, Sendable, Decodable {
  /// The rating given.
  public var rating: Rating
  /// When the review happened.
  public var at: Timestamp
  /// Whole days since the previous review, before it; nil for the first.
  public var elapsedDays: Int64?
  /// Retrievability just before the review.
  public var retrievabilityBefore: Double
  /// The learning phase after the review.
  public var phase: LearningPhase
  /// The step after the review.
  public var step: Int?
  /// Stability after the review.
  public var stability: Double
  /// Difficulty after the review.
  public var difficulty: Double
  /// When the card is due after the review.
  public var due: Timestamp
  /// The last review after the review.
  public var lastReview: Timestamp
  /// Retrievability after the review at chosen times.
  public var retrievabilities: [ReplayRetrievability]

  enum CodingKeys: String, CodingKey {
    case rating, at, state, step, stability, difficulty, due, r
    case elapsedDays = "elapsed_days"
    case retrievabilityBefore = "r_before"
    case lastReview = "last_review"
  }

  /// Decodes a review from its JSON object.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    rating = try container.decode(Rating.self, forKey: .rating)
    at = try ReplayTime.decode(container, .at)
    elapsedDays = try container.decodeIfPresent(Int64.self, forKey: .elapsedDays)
    retrievabilityBefore = try container.decode(Double.self, forKey: .retrievabilityBefore)
    phase = try container.decode(LearningPhase.self, forKey: .state)
    step = try container.decodeIfPresent(Int.self, forKey: .step)
    stability = try container.decode(Double.self, forKey: .stability)
    difficulty = try container.decode(Double.self, forKey: .difficulty)
    due = try ReplayTime.decode(container, .due)
    lastReview = try ReplayTime.decode(container, .lastReview)
    retrievabilities = try container.decode([ReplayRetrievability].self, forKey: .r)
  }
}

/// A retrievability the reference computed at a given time: a `[time, value]` pair.
public struct ReplayRetrievability: Hashable, Sendable, Decodable {
  /// When.
  public var time: Timestamp
  /// The retrievability then.
  public var value: Double

  /// Decodes a `[ISO time, number]` pair.
  public init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    let text = try container.decode(String.self)
    guard let time = ISO8601Milliseconds.parse(text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "bad time \"\(text)\"")
    }
    self.time = time
    value = try container.decode(Double.self)
  }
}

/// Decoding of `YYYY-MM-DDTHH:MM:SS.mmmZ` fields.
enum ReplayTime {
  static func decode<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> Timestamp {
    let text = try container.decode(String.self, forKey: key)
    guard let time = ISO8601Milliseconds.parse(text) else {
      throw DecodingError.dataCorruptedError(
        forKey: key, in: container, debugDescription: "bad time \"\(text)\" (expected YYYY-MM-DDTHH:MM:SS.mmmZ)")
    }
    return time
  }
}
