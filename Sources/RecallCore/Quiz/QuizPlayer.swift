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

/// The quiz game's decisions, shared by `recall quiz` and the REPL's `quiz`: which questions a
/// request gets from a deck and the learner's history. The terminal layer plays them
/// (`QuizPlayer.play`), a `QuizSession` keeps the score and a `QuizRecorder` saves it.
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

  /// Whether the quiz has fewer questions than `settings` asked for (said once, under its header,
  /// rather than left to the header's count).
  public static func isShort(_ questions: [QuizQuestion], settings: QuizSettings) -> Bool {
    questions.count < settings.request.count
  }
}

/// Ctrl-C stopped a quiz; its answers were saved and its result shown.
public struct QuizInterrupted: Error {
  /// The quiz as it stood when stopped.
  public var session: QuizSession

  /// Creates the error for `session`.
  public init(session: QuizSession) {
    self.session = session
  }
}
