/// Everything `recall stats` shows, computed by `StatisticsCalculator`; its JSON form is the
/// schema documented in `docs/stats-json.md`.
public struct DeckStatistics: Hashable, Sendable, Codable {
  /// Which FSRS weights and retention a deck is scheduled with.
  public struct FSRSWeights: Hashable, Sendable, Codable {
    /// The deck.
    public var deck: String
    /// Whether the deck has weights fitted to its reviews (`recall optimize`); else the defaults.
    public var fitted: Bool
    /// The study day the weights were fitted on, YYYY-MM-DD.
    public var fittedOn: String?
    /// How many reviews the weights were fitted on.
    public var fittedReviews: Int?
    /// The retention reviews are scheduled at.
    public var desiredRetention: Double
  }

  /// Cards counted by where they stand.
  public struct StateCounts: Hashable, Sendable, Codable {
    /// All cards counted.
    public var total = 0
    /// Cards never reviewed (and not suspended).
    public var new = 0
    /// Cards in the learning phase.
    public var learning = 0
    /// Cards in the review phase.
    public var review = 0
    /// Cards being relearned after a lapse.
    public var relearning = 0
    /// Suspended cards, whatever their phase.
    public var suspended = 0
  }

  /// Reviews due (new cards are not counted).
  public struct DueCounts: Hashable, Sendable, Codable {
    /// Due at this moment.
    public var now = 0
    /// Due by the end of today's study day, overdue included.
    public var today = 0
    /// Due during tomorrow's study day.
    public var tomorrow = 0
  }

  /// One day of the forecast or the heat map.
  public struct DayCount: Hashable, Sendable, Codable {
    /// The study day's date, `YYYY-MM-DD`.
    public var date: String
    /// Days from today (0 is today; negative in the past).
    public var offset: Int
    /// Reviews due (forecast) or done (heat map) that day.
    public var count: Int
  }

  /// The reviews of the last weeks as a calendar grid: columns are weeks (Monday first), rows weekdays.
  public struct HeatMap: Hashable, Sendable, Codable {
    /// Number of week columns.
    public var weeks: Int
    /// Every day from the Monday of the first column through today, oldest first.
    public var days: [DayCount]
  }

  /// The share of reviews of mature cards that were passed over a period.
  public struct RetentionFigure: Hashable, Sendable, Codable {
    /// Length of the period in days.
    public var days: Int
    /// Reviews of mature cards in the period.
    public var reviews: Int
    /// Those rated hard, good or easy.
    public var passed: Int
    /// `passed / reviews`, nil without reviews.
    public var rate: Double?
  }

  /// Study days in a row and time spent.
  public struct Activity: Hashable, Sendable, Codable {
    /// Study days in a row ending today (or yesterday, when today has no review yet).
    public var currentStreak = 0
    /// The longest run of study days.
    public var longestStreak = 0
    /// Length of the period in days (`--days`).
    public var periodDays = 0
    /// Reviews in the period.
    public var periodReviews = 0
    /// Days with at least one review in the period.
    public var periodStudyDays = 0
    /// Time spent answering in the period, in milliseconds.
    public var periodMilliseconds: Int64 = 0
    /// Average reviews per day over the period.
    public var reviewsPerDay = 0.0
    /// Reviews of all time.
    public var totalReviews = 0
    /// Time spent answering of all time, in milliseconds.
    public var totalMilliseconds: Int64 = 0
  }

  /// How well a topic is known.
  public struct TopicMastery: Hashable, Sendable, Codable {
    /// The topic heading ("" for cards without one).
    public var topic: String
    /// Cards of the topic.
    public var cards: Int
    /// Cards reviewed at least once.
    public var reviewed: Int
    /// Cards mature (interval of 21 days or more).
    public var mature: Int
    /// Mean predicted retrievability now, counting unreviewed cards as 0: from 0 to 1.
    public var mastery: Double
  }

  /// A card that gives trouble.
  public struct HardCard: Hashable, Sendable, Codable {
    /// The deck's name.
    public var deck: String
    /// The card's identity.
    public var card: String
    /// The card's prompt, when the deck is at hand.
    public var prompt: String?
    /// Times forgotten after graduating.
    public var lapses: Int
    /// Reviews.
    public var reviews: Int
    /// Stability in days.
    public var stability: Double?
    /// Difficulty from 1 to 10.
    public var difficulty: Double?
    /// The predicted probability of recalling it now, 0 to 1.
    public var recall: Double?
  }

  /// The result of one quiz run.
  public struct QuizScore: Hashable, Sendable, Codable {
    /// When the run started (ISO 8601, UTC).
    public var started: String
    /// The deck's name.
    public var deck: String
    /// Points scored.
    public var score: Int
    /// Questions asked.
    public var questions: Int
    /// Share answered correctly, from 0 to 1.
    public var accuracy: Double
  }

  /// The decks counted.
  public var decks: [String]
  /// The topic the figures are limited to, if any.
  public var topic: String?
  /// The moment the figures are for (ISO 8601, UTC).
  public var generatedAt: String
  /// Today's study day, `YYYY-MM-DD`.
  public var today: String
  /// Cards by state.
  public var counts = StateCounts()
  /// Reviews due.
  public var due = DueCounts()
  /// Reviews due on each of the next 30 days (today first, overdue counted today).
  public var forecast: [DayCount] = []
  /// Reviews per day of the last 26 weeks.
  public var heatMap = HeatMap(weeks: 0, days: [])
  /// True retention over the last 7 and 30 days.
  public var retention: [RetentionFigure] = []
  /// Mean predicted retrievability now over reviewed cards, nil without any.
  public var averageRetrievability: Double?
  /// Streaks and time.
  public var activity = Activity()
  /// Mastery per topic, in order of first appearance.
  public var topics: [TopicMastery] = []
  /// The hardest cards (any lapse, or a high difficulty), most lapses first, then most difficult.
  public var hardest: [HardCard] = []
  /// Quiz results, oldest first.
  public var quizzes: [QuizScore] = []
  /// The FSRS weights and retention of each deck, in deck order.
  public var fsrs: [FSRSWeights] = []

  /// Creates statistics with empty figures.
  public init(decks: [String], topic: String?, generatedAt: String, today: String) {
    self.decks = decks
    self.topic = topic
    self.generatedAt = generatedAt
    self.today = today
  }
}
