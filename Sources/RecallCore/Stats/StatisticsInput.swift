/// A card as statistics see it: where it belongs, how to name it, and its progress.
public struct StatsCard: Hashable, Sendable {
  /// The deck's name.
  public var deck: String
  /// The card's identity.
  public var id: CardID
  /// The topic heading it stands under, if any.
  public var topic: String?
  /// The prompt, when the deck is at hand.
  public var prompt: String?
  /// The card's progress; nil for a card never reviewed nor flagged (a new card).
  public var progress: CardProgress?

  /// Creates a statistics card.
  public init(
    deck: String, id: CardID, topic: String? = nil, prompt: String? = nil, progress: CardProgress? = nil
  ) {
    self.deck = deck
    self.id = id
    self.topic = topic
    self.prompt = prompt
    self.progress = progress
  }
}

/// What `StatisticsCalculator` computes from.
public struct StatisticsInput: Sendable {
  /// The decks counted.
  public var decks: [String]
  /// The cards counted with their progress (already limited to a topic when one is asked).
  public var cards: [StatsCard]
  /// The review log, summed.
  public var activity: ReviewActivity
  /// Quiz runs, any order.
  public var quizRuns: [QuizRunRecord]
  /// The topic the figures are limited to, if any.
  public var topic: String?
  /// The moment the figures are for.
  public var now: Timestamp
  /// How moments group into days.
  public var calendar: StudyCalendar
  /// The period for reviews per day and time spent, in days.
  public var periodDays: Int
  /// How many hardest cards to list.
  public var hardestLimit: Int
  /// The scheduler whose forgetting curve predicts recall (its parameters' decay w20).
  public var scheduler: Scheduler
  /// Each deck's own FSRS settings (decks not listed use `scheduler`).
  public var scheduling: [String: DeckScheduling] = [:]

  /// Creates an input.
  public init(
    decks: [String], cards: [StatsCard], activity: ReviewActivity,
    quizRuns: [QuizRunRecord] = [], topic: String? = nil, now: Timestamp, calendar: StudyCalendar = StudyCalendar(),
    periodDays: Int = 30, hardestLimit: Int = 10, scheduler: Scheduler = Scheduler()
  ) {
    self.decks = decks
    self.cards = cards
    self.activity = activity
    self.quizRuns = quizRuns
    self.topic = topic
    self.now = now
    self.calendar = calendar
    self.periodDays = periodDays
    self.hardestLimit = hardestLimit
    self.scheduler = scheduler
  }
}
