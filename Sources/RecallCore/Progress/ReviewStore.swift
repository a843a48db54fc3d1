/// How an answer was given: in a study session (moves the schedule) or in a quiz.
public enum ReviewMode: String, Sendable, Codable, CaseIterable {
  /// A study session: the answer moves the card's schedule.
  case study
  /// A timed quiz: logged, and moves the schedule only when asked to.
  case quiz
}

/// One answer to one card: a row of the append-only review log, the source of truth of progress.
public struct ReviewRecord: Hashable, Sendable {
  /// The deck's name (`Deck.name`).
  public var deck: String
  /// The card answered.
  public var card: CardID
  /// When the answer was given.
  public var time: Timestamp
  /// The rating saved for the answer.
  public var rating: Rating
  /// What the learner typed, if anything.
  public var answer: String?
  /// How long the learner took, in milliseconds.
  public var responseMilliseconds: Int64?
  /// Study or quiz.
  public var mode: ReviewMode
  /// The card's memory state before the answer (nil for a new card).
  public var before: MemoryState?
  /// The card's memory state after the answer.
  public var after: MemoryState

  /// Creates a review record.
  public init(
    deck: String, card: CardID, time: Timestamp, rating: Rating, answer: String? = nil,
    responseMilliseconds: Int64? = nil, mode: ReviewMode = .study, before: MemoryState?, after: MemoryState
  ) {
    self.deck = deck
    self.card = card
    self.time = time
    self.rating = rating
    self.answer = answer
    self.responseMilliseconds = responseMilliseconds
    self.mode = mode
    self.before = before
    self.after = after
  }
}

/// What is known about one card's progress.
public struct CardProgress: Hashable, Sendable {
  /// The memory state; nil for a card never reviewed (a new card).
  public var memory: MemoryState?
  /// Number of reviews.
  public var reviews: Int
  /// Number of times the card was forgotten after graduating.
  public var lapses: Int
  /// Whether the card is suspended (left out of study until resumed).
  public var suspended: Bool
  /// Until when the card is buried (hidden), if it is.
  public var buriedUntil: Timestamp?

  /// Creates a progress value.
  public init(
    memory: MemoryState? = nil, reviews: Int = 0, lapses: Int = 0, suspended: Bool = false,
    buriedUntil: Timestamp? = nil
  ) {
    self.memory = memory
    self.reviews = reviews
    self.lapses = lapses
    self.suspended = suspended
    self.buriedUntil = buriedUntil
  }
}

/// Where progress is kept. The core declares it; RecallStore fulfils it with SQLite, and tests with
/// `InMemoryReviewStore`. Every method that writes commits before it returns, so an answer is saved
/// before the next prompt is shown.
public protocol ReviewStore: AnyObject {
  /// The progress of every card of `deck` that has any (cards absent from the result are new).
  func progress(deck: String) throws -> [CardID: CardProgress]
  /// Appends `review` to the log and sets the card's state to `review.after`, atomically.
  func record(_ review: ReviewRecord) throws
  /// Removes the last study review of `deck` and restores the state before it; returns it, or nil.
  func undoLastReview(deck: String) throws -> ReviewRecord?
  /// Hides a card until `until`.
  func bury(deck: String, card: CardID, until: Timestamp) throws
  /// Suspends (true) or resumes (false) a card.
  func setSuspended(deck: String, card: CardID, _ suspended: Bool) throws
  /// The review log of `deck` (all decks when nil), oldest first.
  func reviewLog(deck: String?) throws -> [ReviewRecord]
}
