/// What happened when a quiz session was given an answer or asked about the time.
public enum QuizEvent: Hashable, Sendable {
  /// The current question was answered (rightly or not).
  case answered(QuizAnswer)
  /// The current question's time ran out: counted wrong, its answer to be shown.
  case timedOut(QuizAnswer)
  /// The whole quiz's time ran out; the question being asked, if any, counted as timed out.
  case quizTimeUp(QuizAnswer?)
  /// The input answers nothing for this kind of question; the question stays open, its clock running.
  case invalid(QuizInputProblem)
}

/// A timed quiz as a state machine. It reads no clock: every step is given the time it happens,
/// so tests drive it with a fixed clock and the terminal with the real one.
///
/// Each question has a deadline: its start plus the per-question limit, and never later than the
/// quiz's own end. An answer at or after the deadline is too late and counts as timed out. The
/// next question starts when the previous one ends.
public struct QuizSession: Sendable {
  /// The questions in the order asked.
  public let questions: [QuizQuestion]
  /// The time limits.
  public let timing: QuizTiming
  /// How points are given.
  public let scoring: QuizScoring
  /// How answers are graded.
  public let grader: QuizGrader

  /// The questions answered so far.
  public private(set) var answers: [QuizAnswer] = []
  /// When the quiz started; nil before `start(at:)`.
  public private(set) var startedAt: Timestamp?
  /// When the current question was shown.
  public private(set) var questionStartedAt: Timestamp?
  /// When the quiz ended; nil while it runs.
  public private(set) var endedAt: Timestamp?
  /// Why the quiz ended; nil while it runs.
  public private(set) var endReason: QuizEndReason?

  /// Creates a session over `questions`.
  public init(
    questions: [QuizQuestion], timing: QuizTiming, scoring: QuizScoring = .standard, grader: QuizGrader = QuizGrader()
  ) {
    self.questions = questions
    self.timing = timing
    self.scoring = scoring
    self.grader = grader
  }

  /// Starts the quiz and its first question at `time`.
  public mutating func start(at time: Timestamp) {
    guard startedAt == nil else { return }
    startedAt = time
    questionStartedAt = time
    if questions.isEmpty { finish(at: time, reason: .completed) }
  }

  /// Whether the quiz is over.
  public var isFinished: Bool { endReason != nil }

  /// The position of the question being asked, nil when the quiz is not running.
  public var currentIndex: Int? {
    guard startedAt != nil, !isFinished, answers.count < questions.count else { return nil }
    return answers.count
  }

  /// The question being asked, nil when the quiz is not running.
  public var current: QuizQuestion? { currentIndex.map { questions[$0] } }

  /// When the whole quiz's time runs out, if it has a limit.
  public var quizDeadline: Timestamp? {
    guard let startedAt, let total = timing.total else { return nil }
    return startedAt.adding(milliseconds: total)
  }

  /// When the current question's time runs out, if either limit applies.
  public var deadline: Timestamp? {
    guard currentIndex != nil, let questionStartedAt else { return nil }
    let own = timing.perQuestion.map { questionStartedAt.adding(milliseconds: $0) }
    switch (own, quizDeadline) {
    case (let own?, let whole?): return min(own, whole)
    case (let own?, nil): return own
    case (nil, let whole?): return whole
    case (nil, nil): return nil
    }
  }

  /// Milliseconds left for the current question at `time` (never negative), nil without a limit.
  public func remaining(at time: Timestamp) -> Int64? {
    deadline.map { max(0, $0.milliseconds(since: time)) }
  }

  /// Grades `text` as the answer to the current question given at `time`. An answer at or after
  /// the deadline is too late: the question times out instead. Input that fits no answer of the
  /// question's kind (`x` to true or false) leaves the question open. Returns nil when no question
  /// is being asked.
  public mutating func submit(_ text: String, at time: Timestamp) -> QuizEvent? {
    guard let question = current, let questionStartedAt else { return nil }
    if let deadline, time >= deadline { return expire(at: time) }
    if let problem = grader.inputProblem(text, question: question) { return .invalid(problem) }
    let elapsed = max(0, time.milliseconds(since: questionStartedAt))
    let credit = grader.credit(for: text, question: question)
    let outcome: QuizOutcome = credit >= 1 ? .correct : (credit > 0 ? .partial : .wrong)
    let points = scoring.points(credit: credit, elapsed: elapsed, limit: timing.perQuestion)
    let answer = QuizAnswer(
      question: question, given: text, outcome: outcome, credit: credit, elapsedMilliseconds: elapsed, points: points)
    advance(with: answer, at: time)
    return .answered(answer)
  }

  /// Closes the current question if its deadline has passed at `time`; nil while time is left.
  public mutating func expire(at time: Timestamp) -> QuizEvent? {
    guard let question = current, let started = questionStartedAt, let deadline, time >= deadline else { return nil }
    // Time is counted up to the deadline, not to when the lateness was noticed.
    let elapsed = max(0, deadline.milliseconds(since: started))
    let answer = QuizAnswer(
      question: question, given: nil, outcome: .timedOut, credit: 0, elapsedMilliseconds: elapsed, points: 0)
    if let quizDeadline, deadline >= quizDeadline {
      answers.append(answer)
      questionStartedAt = deadline
      finish(at: deadline, reason: .timeUp)
      return .quizTimeUp(answer)
    }
    advance(with: answer, at: deadline)
    return .timedOut(answer)
  }

  /// Ends the quiz early at `time` (end of input, interrupt); the current question is not counted.
  public mutating func stop(at time: Timestamp) {
    guard startedAt != nil, !isFinished else { return }
    finish(at: time, reason: .stopped)
  }

  /// The result so far (complete once the quiz is finished).
  public var result: QuizResult {
    let end = endedAt ?? questionStartedAt ?? startedAt ?? Timestamp(milliseconds: 0)
    return QuizResult(
      answers: answers, questionCount: questions.count, points: answers.reduce(0) { $0 + $1.points },
      maxPoints: scoring.maximum(questions: answers.count), endReason: endReason ?? .stopped,
      durationMilliseconds: startedAt.map { max(0, end.milliseconds(since: $0)) } ?? 0)
  }

  private mutating func advance(with answer: QuizAnswer, at time: Timestamp) {
    answers.append(answer)
    questionStartedAt = time
    if answers.count >= questions.count {
      finish(at: time, reason: .completed)
    } else if let quizDeadline, time >= quizDeadline {
      finish(at: time, reason: .timeUp)
    }
  }

  private mutating func finish(at time: Timestamp, reason: QuizEndReason) {
    guard endReason == nil else { return }
    endedAt = time
    endReason = reason
  }
}
