import Foundation
import RecallCore
import Testing

@testable import RecallTerminal

/// A review and quiz-run store in memory.
final class InMemoryQuizStore: ReviewStore, QuizRunStore {
  var states: [CardID: CardProgress] = [:]
  var log: [ReviewRecord] = []
  var runs: [Int64: QuizRunRecord] = [:]
  var saves = 0

  func progress(deck: String) throws -> [CardID: CardProgress] { states }

  func record(_ review: ReviewRecord) throws {
    log.append(review)
    var entry = states[review.card] ?? CardProgress()
    entry.memory = review.after
    entry.reviews += 1
    states[review.card] = entry
  }

  func undoLastReview(deck: String) throws -> ReviewRecord? { nil }
  func bury(deck: String, card: CardID, until: Timestamp) throws {}
  func setSuspended(deck: String, card: CardID, _ suspended: Bool) throws {}
  func reviewLog(deck: String?) throws -> [ReviewRecord] { log }

  func saveQuizRun(_ run: QuizRunRecord) throws -> Int64 {
    saves += 1
    let id = run.id ?? Int64(runs.count + 1)
    var saved = run
    saved.id = id
    runs[id] = saved
    return id
  }

  func quizRuns(deck: String?, includeAnswers: Bool) throws -> [QuizRunRecord] {
    runs.values.filter { deck == nil || $0.deck == deck }.sorted { ($0.started, $0.id ?? 0) < ($1.started, $1.id ?? 0) }
  }
}

@Suite struct QuizPlayerTests {
  let deck = DeckParser.parse(text: QuizRunnerTests.deckText, origin: "capitals.md").deck ?? Deck(title: "")
  let start = Timestamp(milliseconds: 1_795_000_000_000)

  func services(_ store: InMemoryQuizStore) -> QuizServices {
    QuizServices(
      store: store, retrievability: { _, _ in 0.9 },
      schedule: { _, rating, time, _, _ in
        MemoryState(
          phase: .review, step: nil, stability: Double(rating.rawValue), difficulty: 5,
          due: time.adding(milliseconds: Timestamp.day), lastReview: time)
      })
  }

  func play(_ store: InMemoryQuizStore, update: Bool, steps: [ScriptedQuizInput]) throws -> QuizSession {
    let clock = FixedClock(start)
    let settings = QuizSettings(
      request: QuizRequest(count: 3, kinds: [.typed], seed: 2), timing: QuizTiming(perQuestion: 10_000),
      updatesSchedule: update)
    return try QuizPlayer.play(
      deck: deck, settings: settings, services: services(store), reader: ScriptedTimedLineReader(steps, clock: clock),
      clock: clock, renderer: QuizRenderer(), write: { _ in })
  }

  @Test func theRunIsSavedAfterEveryQuestionAndTheScheduleIsLeftAlone() throws {
    let store = InMemoryQuizStore()
    let session = try play(
      store, update: false, steps: [.answer("x", after: 1000), .silence, .answer("y", after: 500)])
    #expect(session.answers.count == 3)
    #expect(store.saves == 4)
    let run = try #require(store.runs[1])
    #expect(run.deck == "capitals")
    #expect(run.answers.count == 3)
    #expect(run.ended == session.endedAt)
    #expect(run.answers.map(\.timedOut) == [false, true, false])
    #expect(store.log.isEmpty)
  }

  @Test func updateScheduleLogsQuizReviews() throws {
    let store = InMemoryQuizStore()
    let session = try play(
      store, update: true,
      steps: [.answer("x", after: 1000), .silence, .answer("y", after: 500), .answer("n", after: 0)])
    #expect(store.log.count == 3)
    #expect(store.log.allSatisfy { $0.mode == .quiz })
    #expect(store.log.map(\.rating) == session.answers.map(\.scheduleRating))
    #expect(store.log.map(\.time) == [1000, 11_000, 11_500].map { start.adding(milliseconds: $0) })
    #expect(store.log.map(\.card) == session.answers.map(\.question.card))
  }

  @Test func unknownTopicAndNoNewCardsAreErrors() throws {
    let store = InMemoryQuizStore()
    var settings = QuizSettings(request: QuizRequest(count: 3, topic: "Rivers", seed: 1), timing: QuizTiming())
    #expect(throws: QuizError.unknownTopic("Rivers", known: ["Capitals", "Dates", "Threats"], deck: "capitals")) {
      try QuizPlayer.questions(deck: deck, settings: settings, services: services(store), now: start)
    }
    for card in deck.cards { store.states[card.id] = CardProgress(memory: nil, reviews: 3) }
    settings.request = QuizRequest(count: 3, focus: .new, seed: 1)
    #expect(throws: QuizError.noQuestions(deck: "capitals", focus: .new)) {
      try QuizPlayer.questions(deck: deck, settings: settings, services: services(store), now: start)
    }
  }

  /// Ctrl-C keeps the answers given, shows the result and tells the caller (for exit code 130).
  @Test func anInterruptedQuizIsSavedAndReported() throws {
    let store = InMemoryQuizStore()
    var text = ""
    let clock = FixedClock(start)
    let settings = QuizSettings(
      request: QuizRequest(count: 3, kinds: [.typed], seed: 2), timing: QuizTiming(perQuestion: 10_000))
    let reader = ScriptedTimedLineReader([.answer("x", after: 1000), .interrupt(after: 500)], clock: clock)
    let interrupted = #expect(throws: QuizInterrupted.self) {
      try QuizPlayer.play(
        deck: deck, settings: settings, services: services(store), reader: reader, clock: clock,
        renderer: QuizRenderer(), write: { text += $0 })
    }
    #expect(interrupted?.session.answers.count == 1)
    let run = try #require(store.runs[1])
    #expect(run.answers.count == 1)
    #expect(run.settings["ended-by"] == "stopped")
    #expect(run.wasStopped)
    #expect(text.contains("Quiz stopped after 1 of 3 questions."), "\(text)")
    #expect(!text.contains("Re-drill"), "\(text)")
  }

  /// With fewer cards than questions asked for, the quiz says so once, under its header.
  @Test func fewerCardsThanAskedForAreSaidOnce() throws {
    let clock = FixedClock(start)
    var text = ""
    let settings = QuizSettings(
      request: QuizRequest(count: 10, kinds: [.typed], topic: "Capitals", seed: 2), timing: QuizTiming())
    _ = try QuizPlayer.play(
      deck: deck, settings: settings, services: services(InMemoryQuizStore()),
      reader: ScriptedTimedLineReader([.end], clock: clock), clock: clock, renderer: QuizRenderer(),
      write: { text += $0 })
    let notice =
      "only 4 cards under the topic \"Capitals\" in deck \"capitals\" can be asked as typed; "
      + "the quiz has 4 questions, not 10.\n"
    #expect(text.components(separatedBy: notice).count == 2, "\(text)")
    #expect(text.hasPrefix("Quiz on \u{201C}Capitals and dates\u{201D}: 4 questions (seed 2)\n"), "\(text)")
    var enough = settings
    enough.request.count = 4
    text = ""
    _ = try QuizPlayer.play(
      deck: deck, settings: enough, services: services(InMemoryQuizStore()),
      reader: ScriptedTimedLineReader([.end], clock: clock), clock: clock, renderer: QuizRenderer(),
      write: { text += $0 })
    #expect(!text.contains("only "), "\(text)")
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
}
