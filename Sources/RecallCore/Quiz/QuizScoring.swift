/// The time limits of a quiz, in milliseconds; nil means no limit.
public struct QuizTiming: Hashable, Sendable, Codable {
  /// The time allowed for each question.
  public var perQuestion: Int64?
  /// The time allowed for the whole quiz.
  public var total: Int64?

  /// Creates time limits.
  public init(perQuestion: Int64? = nil, total: Int64? = nil) {
    self.perQuestion = perQuestion
    self.total = total
  }
}

/// How answers earn points: a fixed amount per right answer, plus a bonus that shrinks to nothing
/// as the answer takes longer.
///
/// The bonus falls linearly over the question's time limit, or over `bonusWindow` when questions
/// have no limit. A partly right list earns its share of the base points and no bonus.
public struct QuizScoring: Hashable, Sendable {
  /// Points for a right answer.
  public var pointsPerAnswer: Int
  /// The most bonus points a right answer can earn, for an instant answer.
  public var maxSpeedBonus: Int
  /// Over how many milliseconds the bonus falls to zero when questions have no time limit.
  public var bonusWindow: Int64

  /// Creates a scoring rule.
  public init(pointsPerAnswer: Int = 100, maxSpeedBonus: Int = 50, bonusWindow: Int64 = 20_000) {
    self.pointsPerAnswer = pointsPerAnswer
    self.maxSpeedBonus = maxSpeedBonus
    self.bonusWindow = bonusWindow
  }

  /// The standard rule: 100 points and up to 50 for speed.
  public static let standard = QuizScoring()

  /// The speed bonus for a right answer given after `elapsed` ms, with `limit` ms allowed.
  public func speedBonus(elapsed: Int64, limit: Int64?) -> Int {
    let window = max(1, limit ?? bonusWindow)
    let left = max(0, min(window, window - elapsed))
    return Int(Int64(maxSpeedBonus) * left / window)
  }

  /// The points for an answer with `credit` (0 to 1) given after `elapsed` ms.
  public func points(credit: Double, elapsed: Int64, limit: Int64?) -> Int {
    if credit >= 1 { return pointsPerAnswer + speedBonus(elapsed: elapsed, limit: limit) }
    return Int((Double(pointsPerAnswer) * max(0, credit)).rounded(.down))
  }

  /// The most points a quiz of `questions` questions can give.
  public func maximum(questions: Int) -> Int {
    questions * (pointsPerAnswer + maxSpeedBonus)
  }
}

/// How a question ended.
public enum QuizOutcome: String, Hashable, Sendable, Codable {
  /// Answered rightly.
  case correct
  /// A list answered in part.
  case partial
  /// Answered wrongly, or left empty.
  case wrong
  /// Its time (or the quiz's) ran out before an answer.
  case timedOut = "timed-out"
}

/// One question as it was answered.
public struct QuizAnswer: Hashable, Sendable {
  /// The question.
  public var question: QuizQuestion
  /// What the learner typed; nil when the time ran out.
  public var given: String?
  /// How it ended.
  public var outcome: QuizOutcome
  /// The share of the answer that was right, 0 to 1 (list items count one by one).
  public var credit: Double
  /// Milliseconds from the question being shown to the answer (or to the time running out).
  public var elapsedMilliseconds: Int64
  /// Points earned.
  public var points: Int

  /// Creates an answered question.
  public init(
    question: QuizQuestion, given: String?, outcome: QuizOutcome, credit: Double, elapsedMilliseconds: Int64,
    points: Int
  ) {
    self.question = question
    self.given = given
    self.outcome = outcome
    self.credit = credit
    self.elapsedMilliseconds = elapsedMilliseconds
    self.points = points
  }

  /// Whether the answer was fully right.
  public var isCorrect: Bool { outcome == .correct }
}

/// Why a quiz ended.
public enum QuizEndReason: String, Hashable, Sendable, Codable {
  /// Every question was asked.
  case completed
  /// The whole-quiz time ran out.
  case timeUp = "time-up"
  /// The learner stopped early (end of input or interrupt).
  case stopped
}

/// The outcome of a whole quiz.
public struct QuizResult: Hashable, Sendable {
  /// Every question asked, in order.
  public var answers: [QuizAnswer]
  /// How many questions the quiz had (some may not have been asked when time ran out).
  public var questionCount: Int
  /// Points earned.
  public var points: Int
  /// The most points the questions asked could give (a quiz stopped or out of time early is
  /// scored out of what it asked).
  public var maxPoints: Int
  /// Why the quiz ended.
  public var endReason: QuizEndReason
  /// Milliseconds from the start to the end of the quiz.
  public var durationMilliseconds: Int64

  /// Creates a result.
  public init(
    answers: [QuizAnswer], questionCount: Int, points: Int, maxPoints: Int, endReason: QuizEndReason,
    durationMilliseconds: Int64
  ) {
    self.answers = answers
    self.questionCount = questionCount
    self.points = points
    self.maxPoints = maxPoints
    self.endReason = endReason
    self.durationMilliseconds = durationMilliseconds
  }

  /// How many questions were answered rightly.
  public var correctCount: Int { answers.filter(\.isCorrect).count }

  /// Right answers over questions asked, 0 to 1 (0 when none were asked).
  public var accuracy: Double {
    answers.isEmpty ? 0 : Double(correctCount) / Double(answers.count)
  }

  /// The mean time per question asked, in milliseconds.
  public var averageMilliseconds: Int64 {
    answers.isEmpty ? 0 : answers.reduce(0) { $0 + $1.elapsedMilliseconds } / Int64(answers.count)
  }

  /// The questions not answered rightly, for a re-drill.
  public var missed: [QuizQuestion] { answers.filter { !$0.isCorrect }.map(\.question) }
}
