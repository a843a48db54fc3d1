import RecallCore
import RecallTestSupport
import Testing

/// The quiz game's decisions without a terminal: which questions a request gets, how a run is
/// saved as it goes, and what a re-drill asks.
@Suite struct QuizPlayerTests {
  static let deckText = """
    # Capitals and dates

    ## Capitals

    Q: What is the capital of Kazakhstan?
    A: Astana

    Q: What is the capital of Kyrgyzstan?
    A: Bishkek

    Q: What is the capital of Uzbekistan?
    A: Tashkent

    ## Dates

    Q: In which year was the London Conference on Afghanistan held?
    A: 2006
    """

  let deck = DeckParser.parse(text: deckText, origin: "capitals.md").deck ?? Deck(title: "")
  let start = Timestamp(milliseconds: 1_795_000_000_000)

  func services(_ store: InMemoryQuizStore) -> QuizServices { store.fixedServices }

  @Test func unknownTopicAndNoNewCardsAreErrors() throws {
    let store = InMemoryQuizStore()
    var settings = QuizSettings(request: QuizRequest(count: 3, topic: "Rivers", seed: 1), timing: QuizTiming())
    #expect(throws: QuizError.unknownTopic("Rivers", known: ["Capitals", "Dates"], deck: "capitals")) {
      try QuizPlayer.questions(deck: deck, settings: settings, services: services(store), now: start)
    }
    for card in deck.cards { store.states[card.id] = CardProgress(memory: nil, reviews: 3) }
    settings.request = QuizRequest(count: 3, focus: .new, seed: 1)
    #expect(throws: QuizError.noQuestions(deck: "capitals", focus: .new)) {
      try QuizPlayer.questions(deck: deck, settings: settings, services: services(store), now: start)
    }
  }

  @Test func pastMissesMakeACardWeak() throws {
    let store = InMemoryQuizStore()
    for card in deck.cards {
      store.states[card.id] = CardProgress(
        memory: MemoryState(phase: .review, step: nil, stability: 30, difficulty: 5, due: start, lastReview: start),
        reviews: 3)
    }
    let missed = try #require(deck.cards.last?.id)
    _ = try store.saveQuizRun(
      QuizRunRecord(
        deck: "capitals", started: start, questionCount: 1,
        answers: [
          QuizAnswerRecord(
            index: 0, card: missed, kind: "typed", prompt: "p", given: nil, expected: "e", correct: false, points: 0)
        ]))
    let settings = QuizSettings(request: QuizRequest(count: 1, focus: .weak, seed: 4), timing: QuizTiming())
    let questions = try QuizPlayer.questions(deck: deck, settings: settings, services: services(store), now: start)
    #expect(questions.map(\.card) == [missed])
  }

  @Test func aShortQuizIsToldApart() throws {
    let settings = QuizSettings(request: QuizRequest(count: 10, kinds: [.typed], seed: 2), timing: QuizTiming())
    let questions = try QuizPlayer.questions(
      deck: deck, settings: settings, services: services(InMemoryQuizStore()), now: start)
    #expect(questions.count == 4)
    #expect(QuizPlayer.isShort(questions, settings: settings))
  }

  /// A session of the first `count` typed questions, answered `given` one by one a second apart.
  func answered(_ given: [String], update: Bool, store: InMemoryQuizStore) throws -> (QuizSession, QuizRecorder) {
    let settings = QuizSettings(
      request: QuizRequest(count: given.count, kinds: [.typed], seed: 2), timing: QuizTiming(perQuestion: 10_000),
      updatesSchedule: update)
    let questions = try QuizPlayer.questions(deck: deck, settings: settings, services: services(store), now: start)
    var session = QuizSession(questions: questions, timing: settings.timing)
    let recorder = QuizRecorder(deck: deck.name, settings: settings, services: services(store))
    session.start(at: start)
    try recorder.save(session)
    for (index, text) in given.enumerated() {
      _ = session.submit(text, at: start.adding(milliseconds: Int64(index + 1) * 1000))
      try recorder.save(session)
    }
    return (session, recorder)
  }

  @Test func theRecorderSavesOneRunAfterEveryQuestion() throws {
    let store = InMemoryQuizStore()
    let (session, _) = try answered(["x", "y"], update: false, store: store)
    #expect(store.saves == 3)
    #expect(store.runs.count == 1)
    #expect(store.runs[1]?.answers.count == session.answers.count)
    #expect(store.log.isEmpty, "without --update-schedule the schedule is left alone")
  }

  @Test func withUpdateScheduleEachAnswerIsAQuizReviewOnce() throws {
    let store = InMemoryQuizStore()
    let (session, recorder) = try answered(["x", "y", "z"], update: true, store: store)
    try recorder.save(session)
    #expect(store.log.count == 3, "saving again logs nothing twice")
    #expect(store.log.allSatisfy { $0.mode == .quiz })
    #expect(store.log.map(\.rating) == session.answers.map(\.scheduleRating))
    #expect(store.log.map(\.card) == session.answers.map(\.question.card))
  }

  @Test func aRedrillAsksTheMissedQuestionsUntimed() throws {
    let store = InMemoryQuizStore()
    let (session, _) = try answered(["x", "y"], update: false, store: store)
    #expect(session.offersRedrill)
    let drill = session.redrill(seed: 2)
    #expect(drill.questions.map(\.card) == session.result.missed.map(\.card))
    #expect(drill.timing == QuizTiming())
    #expect(drill.redrill(seed: 2).questions.map(\.card) == [], "a drill not played has missed nothing")
    let settings = QuizSettings(request: QuizRequest(count: 2, kinds: [.typed], seed: 2), timing: QuizTiming())
    var left = QuizSession(
      questions: try QuizPlayer.questions(deck: deck, settings: settings, services: services(store), now: start),
      timing: settings.timing)
    left.start(at: start)
    _ = left.submit("x", at: start.adding(milliseconds: 1000))
    left.stop(at: start.adding(milliseconds: 2000))
    #expect(!left.result.missed.isEmpty)
    #expect(!left.offersRedrill, "a stopped quiz offers no re-drill")
  }
}
