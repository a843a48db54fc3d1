import RecallCore

/// What a quiz needs from the rest of Recall: where progress and quiz runs are kept, and the
/// scheduler's forgetting curve and review step (passed as functions so the quiz does not depend
/// on how the scheduler is configured).
public struct QuizServices {
  /// Progress and quiz runs.
  public var store: any ReviewStore & QuizRunStore
  /// The probability of recalling a card in `state` at a time (nil when it cannot be told).
  public var retrievability: (_ state: MemoryState, _ time: Timestamp) -> Double?
  /// The state after rating a card (nil state: new) at a time; `reviews` counts its past reviews.
  public var schedule:
    (_ state: MemoryState?, _ rating: Rating, _ time: Timestamp, _ card: CardID, _ reviews: Int) -> MemoryState

  /// Creates the services.
  public init(
    store: any ReviewStore & QuizRunStore, retrievability: @escaping (MemoryState, Timestamp) -> Double?,
    schedule: @escaping (MemoryState?, Rating, Timestamp, CardID, Int) -> MemoryState
  ) {
    self.store = store
    self.retrievability = retrievability
    self.schedule = schedule
  }
}

/// A whole quiz at the terminal, shared by `recall quiz` and the REPL's `quiz`: checks the
/// request against the deck, builds the questions from the learner's history, runs them and saves
/// the run after every question.
public enum QuizPlayer {
  /// The questions of a quiz on `deck`; throws when the topic is unknown or no card fits.
  public static func questions(
    deck: Deck, settings: QuizSettings, services: QuizServices, now: Timestamp
  ) throws -> [QuizQuestion] {
    let cards = deck.cards
    if let topic = settings.request.topic, !cards.contains(where: { $0.topic?.lowercased() == topic.lowercased() }) {
      throw QuizError.unknownTopic(topic, known: deck.topics, deck: deck.name)
    }
    let history = QuizCardHistory.gather(
      progress: try services.store.progress(deck: deck.name),
      quizRuns: try services.store.quizRuns(deck: deck.name, includeAnswers: true),
      retrievability: { services.retrievability($0, now) })
    let questions = QuizBuilder.build(cards: cards, request: settings.request, history: history)
    guard !questions.isEmpty else { throw QuizError.noQuestions(deck: deck.name, focus: settings.request.focus) }
    return questions
  }

  /// Runs a quiz on `deck` to its end and returns the finished session. When Ctrl-C stops it, the
  /// answers given are saved and the result shown as for any stopped quiz, then `QuizInterrupted`
  /// is thrown so that the command can exit as interrupted programs do (130).
  public static func play(
    deck: Deck, settings: QuizSettings, services: QuizServices, reader: any TimedLineReading, clock: any WallClock,
    renderer: QuizRenderer, write: @escaping (String) -> Void
  ) throws -> QuizSession {
    let questions = try questions(deck: deck, settings: settings, services: services, now: clock.now())
    // Fewer questions than asked for is said once, plainly, rather than left to the header's count.
    let notice =
      questions.count < settings.request.count
      ? renderer.shortfall(questions: questions.count, request: settings.request, deck: deck.name) : nil
    let runner = QuizRunner(
      session: QuizSession(questions: questions, timing: settings.timing), title: deck.title,
      seed: settings.request.seed, reader: reader, clock: clock, renderer: renderer, notice: notice, write: write)
    let recorder = QuizRecorder(deck: deck.name, settings: settings, services: services)
    let session = try runner.run(save: recorder.save)
    if runner.wasInterrupted { throw QuizInterrupted(session: session) }
    return session
  }
}

/// Ctrl-C stopped a quiz; its answers were saved and its result shown.
public struct QuizInterrupted: Error {
  /// The quiz as it stood when stopped.
  public var session: QuizSession
}

/// Saves a quiz as it goes: the run after every question, and with `--update-schedule` each new
/// answer into the review log as a quiz review that moves the card's schedule.
public final class QuizRecorder {
  private let deck: String
  private let settings: QuizSettings
  private let services: QuizServices
  private var runID: Int64?
  private var scheduled = 0

  /// Creates a recorder of quizzes on `deck`.
  public init(deck: String, settings: QuizSettings, services: QuizServices) {
    self.deck = deck
    self.settings = settings
    self.services = services
  }

  /// Saves `session` as it stands.
  public func save(_ session: QuizSession) throws {
    runID = try services.store.saveQuizRun(QuizRunRecord(id: runID, deck: deck, session: session, settings: settings))
    guard settings.updatesSchedule, scheduled < session.answers.count else { return }
    let progress = try services.store.progress(deck: deck)
    let started = session.startedAt ?? Timestamp(milliseconds: 0)
    while scheduled < session.answers.count {
      let answer = session.answers[scheduled]
      scheduled += 1
      // Each question starts when the one before ends, so its answer came at the running total.
      let elapsed = session.answers.prefix(scheduled).reduce(0) { $0 + $1.elapsedMilliseconds }
      let time = started.adding(milliseconds: elapsed)
      let card = progress[answer.question.card]
      let rating = answer.scheduleRating
      let after = services.schedule(card?.memory, rating, time, answer.question.card, card?.reviews ?? 0)
      try services.store.record(
        ReviewRecord(
          deck: deck, card: answer.question.card, time: time, rating: rating, answer: answer.given,
          responseMilliseconds: answer.elapsedMilliseconds, mode: .quiz, before: card?.memory, after: after))
    }
  }
}
