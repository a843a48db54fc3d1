/// One answer of a quiz run, as saved in the store.
public struct QuizAnswerRecord: Hashable, Sendable, Codable {
  /// The answer's position in the run, from 0.
  public var index: Int
  /// The card asked.
  public var card: CardID
  /// The kind of question asked (`CardKind.rawValue`, or another label a quiz uses).
  public var kind: String
  /// The prompt shown.
  public var prompt: String
  /// What the learner gave; nil when nothing was given.
  public var given: String?
  /// The expected answer, as shown to the learner.
  public var expected: String
  /// Whether the answer was accepted.
  public var correct: Bool
  /// Points awarded for the answer.
  public var points: Int
  /// How long the learner took, in milliseconds.
  public var responseMilliseconds: Int64?
  /// Whether the time ran out before an answer was given.
  public var timedOut: Bool

  /// Creates a quiz answer record.
  public init(
    index: Int, card: CardID, kind: String, prompt: String, given: String?, expected: String, correct: Bool,
    points: Int, responseMilliseconds: Int64? = nil, timedOut: Bool = false
  ) {
    self.index = index
    self.card = card
    self.kind = kind
    self.prompt = prompt
    self.given = given
    self.expected = expected
    self.correct = correct
    self.points = points
    self.responseMilliseconds = responseMilliseconds
    self.timedOut = timedOut
  }
}

/// One timed quiz run with its answers, as saved in the store.
public struct QuizRunRecord: Hashable, Sendable, Codable {
  /// The store's id of the run; nil until saved.
  public var id: Int64?
  /// The deck's name (`Deck.name`).
  public var deck: String
  /// The topic the quiz was limited to, if any.
  public var topic: String?
  /// When the run started.
  public var started: Timestamp
  /// When the run ended; nil while it is going on or when it was abandoned.
  public var ended: Timestamp?
  /// The quiz settings (question count, time limit...) as names and values, for the record.
  public var settings: [String: String]
  /// Total points scored.
  public var score: Int
  /// Number of questions asked.
  public var questionCount: Int
  /// Number of answers accepted.
  public var correctCount: Int
  /// The answers in order.
  public var answers: [QuizAnswerRecord]

  /// Creates a quiz run record.
  public init(
    id: Int64? = nil, deck: String, topic: String? = nil, started: Timestamp, ended: Timestamp? = nil,
    settings: [String: String] = [:], score: Int = 0, questionCount: Int = 0, correctCount: Int = 0,
    answers: [QuizAnswerRecord] = []
  ) {
    self.id = id
    self.deck = deck
    self.topic = topic
    self.started = started
    self.ended = ended
    self.settings = settings
    self.score = score
    self.questionCount = questionCount
    self.correctCount = correctCount
    self.answers = answers
  }

  /// The share of questions answered correctly, from 0 to 1 (0 for a run without questions).
  public var accuracy: Double {
    questionCount == 0 ? 0 : Double(correctCount) / Double(questionCount)
  }
}
