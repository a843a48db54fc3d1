import RecallCore

/// Runs a quiz at the terminal: shows each question, reads the answer against the clock, says
/// whether it was right, shows the result table and offers to re-drill the missed questions.
///
/// `save` is called after the quiz starts and after every question, so each answer is stored
/// before the next prompt appears; an error from it stops the quiz and is thrown on.
public final class QuizRunner {
  private var session: QuizSession
  private let reader: any TimedLineReading
  private let clock: any WallClock
  private let renderer: QuizRenderer
  private let write: (String) -> Void
  private let title: String
  private let seed: UInt64
  private let notice: String?
  /// Whether Ctrl-C stopped the quiz (rather than its end, its time or the end of input).
  public private(set) var wasInterrupted = false

  /// Creates a runner of `session`, reading from `reader`, timed by `clock`, writing to `write`;
  /// `notice` is shown under the header (that the deck had fewer cards than were asked for).
  public init(
    session: QuizSession, title: String, seed: UInt64, reader: any TimedLineReading, clock: any WallClock,
    renderer: QuizRenderer, notice: String? = nil, write: @escaping (String) -> Void
  ) {
    self.session = session
    self.notice = notice
    self.title = title
    self.seed = seed
    self.reader = reader
    self.clock = clock
    self.renderer = renderer
    self.write = write
  }

  /// Runs the quiz to its end and returns the finished session; `save` stores its progress.
  public func run(save: (QuizSession) throws -> Void) throws -> QuizSession {
    write(renderer.header(title: title, session: session, seed: seed))
    if let notice { write(notice) }
    session.start(at: clock.now())
    try save(session)
    while let index = session.currentIndex, let question = session.current {
      write(renderer.question(question, number: index + 1, of: session.questions.count))
      let event = ask()
      guard case .answered(let event) = event else {
        if case .interrupted = event { wasInterrupted = true }
        session.stop(at: clock.now())
        break
      }
      // Saved before the verdict is shown: what a person was told was counted is in the database.
      try save(session)
      write(renderer.feedback(event))
    }
    if session.endReason == .stopped { try save(session) }
    write(renderer.result(session.result))
    offerRedrill()
    return session
  }

  /// Reads answers for the current question until it ends, or tells how the learner stopped.
  private func ask() -> Asked {
    let questionDeadline = session.deadline
    let quizExtra = both(session.quizDeadline, questionDeadline).map { $0.milliseconds(since: $1) }
    let renderer = self.renderer
    while true {
      let input = reader.readLine(
        prompt: { renderer.prompt(remaining: $0, quizExtra: quizExtra) }, deadline: questionDeadline)
      let now = clock.now()
      switch input {
      case .line(let text):
        let answer = PastedAnswer.oneLine(text, asList: session.current?.kind == .list)
        let event = session.submit(answer, at: now) ?? session.expire(at: now)
        // Input that fits no answer is asked again against the same deadline.
        if case .invalid(let problem) = event {
          write(renderer.feedback(.invalid(problem)))
          continue
        }
        return event.map(Asked.answered) ?? .ended
      case .timedOut:
        // The reader may return a hair before the deadline by the clock's reckoning.
        return session.expire(at: max(now, questionDeadline ?? now)).map(Asked.answered) ?? .ended
      case .interrupt:
        return .interrupted
      case .end:
        return .ended
      }
    }
  }

  /// Asks whether to go over the missed questions again, untimed and unscored; the offer itself
  /// closes after one question's time so that an unattended quiz still ends on its own.
  private func offerRedrill() {
    guard session.offersRedrill else { return }
    let missed = session.result.missed
    let offerDeadline = session.timing.perQuestion.map { clock.now().adding(milliseconds: $0) }
    let offer = renderer.redrillOffer(missed: missed.count)
    let reply = reader.readLine(prompt: { _ in offer }, deadline: offerDeadline)
    guard case .line(let text) = reply, QuizGrader.truthValue(text) == true else { return }
    var drill = session.redrill(seed: seed)
    let questions = drill.questions
    drill.start(at: clock.now())
    var shown: Int?
    while let index = drill.currentIndex, let question = drill.current {
      if shown != index { write(renderer.question(question, number: index + 1, of: questions.count)) }
      shown = index
      guard case .line(let text) = reader.readLine(prompt: { _ in "> " }, deadline: nil),
        let event = drill.submit(text, at: clock.now())
      else { break }
      write(renderer.feedback(event, scored: false))
    }
    if drill.isFinished {
      write("\nRe-drill done: \(drill.result.correctCount) of \(missed.count) right.\n")
    } else {
      // Left with Ctrl-C or Ctrl-D: said, so the quiz does not seem to vanish mid-question.
      let done = drill.answers.count
      write("\nRe-drill stopped after \(done) of \(missed.count): \(drill.result.correctCount) right.\n")
    }
  }
}

/// How asking one question ended.
private enum Asked {
  /// The question was answered or timed out.
  case answered(QuizEvent)
  /// Ctrl-C.
  case interrupted
  /// The end of input.
  case ended
}

private func both(_ lhs: Timestamp?, _ rhs: Timestamp?) -> (Timestamp, Timestamp)? {
  guard let lhs, let rhs else { return nil }
  return (lhs, rhs)
}
