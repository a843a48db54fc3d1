import Foundation
import RecallCore
import RecallTestSupport
import Testing

@testable import RecallTerminal

@Suite struct QuizPlayerTests {
  let deck = DeckParser.parse(text: QuizRunnerTests.deckText, origin: "capitals.md").deck ?? Deck(title: "")
  let start = Timestamp(milliseconds: 1_795_000_000_000)

  func services(_ store: InMemoryQuizStore) -> QuizServices { store.fixedServices }

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
}
