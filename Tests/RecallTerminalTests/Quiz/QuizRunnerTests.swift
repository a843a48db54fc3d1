import Foundation
import RecallCore
import RecallTestSupport
import Testing

@testable import RecallTerminal

/// Golden transcripts of scripted quizzes: a fixed clock, a fixed seed and a scripted learner.
/// Set `RECALL_UPDATE_GOLDEN=1` to rewrite the files after a deliberate change.
@Suite struct QuizRunnerTests {
  static let deckText = """
    # Capitals and dates

    ## Capitals

    Q: What is the capital of Kazakhstan?
    A: Astana
    Also: Nur-Sultan

    Q: What is the capital of Kyrgyzstan?
    A: Bishkek

    Q: What is the capital of Uzbekistan?
    A: Tashkent

    Q: What is the capital of Tajikistan?
    A: Dushanbe

    ## Dates

    C: Kazakhstan declared independence in [1991|year].

    Q: In which year was the London Conference on Afghanistan held?
    A: 2006

    C: The OSCE summit in Astana took place in [2010|year].

    ## Threats

    L: Name two new threats.
    - International terrorism
    - Drug trafficking
    """

  static var cards: [Card] { DeckParser.parse(text: deckText, origin: "capitals.md").deck?.cards ?? [] }

  static let fixtures = Golden.folder("Fixtures")

  static func golden(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    Golden.check(text, named: name, in: fixtures, sourceLocation: sourceLocation)
  }

  /// Runs a quiz with `steps` and returns the transcript and the finished session.
  func transcript(
    request: QuizRequest, timing: QuizTiming, steps: [ScriptedQuizInput]
  ) throws -> (String, QuizSession, Int) {
    let clock = FixedClock(Timestamp(milliseconds: 1_795_000_000_000))
    var text = ""
    let reader = ScriptedTimedLineReader(steps, clock: clock) { text += $0 }
    let questions = QuizBuilder.build(cards: Self.cards, request: request)
    let runner = QuizRunner(
      session: QuizSession(questions: questions, timing: timing), title: "Capitals and dates", seed: request.seed,
      reader: reader, clock: clock, renderer: QuizRenderer(), write: { text += $0 })
    var saves = 0
    let session = try runner.run { _ in saves += 1 }
    return (text, session, saves)
  }

  @Test func scriptedQuiz() throws {
    let (text, session, saves) = try transcript(
      request: QuizRequest(count: 6, seed: 7), timing: QuizTiming(perQuestion: 10_000),
      steps: [
        // `7` is no option: asked again on the same clock, so `c` comes 1.5 s after the question.
        .answer("7", after: 500), .answer("c", after: 1000), .answer("a", after: 4000), .silence,
        .answer("t", after: 12_000),
        .answer("drug trafficking, international terrorism", after: 6000), .answer("dushanbe", after: 2500),
        .answer("y", after: 1000), .answer("c", after: 1000), .answer("t", after: 1000), .answer("f", after: 1000),
      ])
    try Self.golden("scripted-quiz.txt", text)
    #expect(session.answers.map(\.outcome) == [.correct, .wrong, .timedOut, .timedOut, .correct, .correct])
    #expect(saves == 7)
  }

  @Test func wholeQuizTimeRunsOut() throws {
    let (text, session, _) = try transcript(
      request: QuizRequest(count: 8, kinds: [.typed, .list], seed: 3),
      timing: QuizTiming(perQuestion: 8000, total: 20_000),
      steps: [.answer("Astana", after: 3000), .answer("2006", after: 7000), .silence, .silence])
    try Self.golden("quiz-time-up.txt", text)
    #expect(session.endReason == .timeUp)
    #expect(session.answers.count == 4)
  }

  @Test func unattendedQuizEndsOnItsOwn() throws {
    let (text, session, _) = try transcript(
      request: QuizRequest(count: 3, seed: 11), timing: QuizTiming(perQuestion: 2000),
      steps: [.silence, .silence, .silence, .silence])
    #expect(session.endReason == .completed)
    #expect(session.answers.allSatisfy { $0.outcome == .timedOut })
    #expect(text.components(separatedBy: "time's up").count - 1 == 3)
    #expect(text.contains("Re-drill the 3 missed questions"))
  }

  /// Leaving the re-drill early says so, rather than dropping back without a word.
  @Test func leavingTheRedrillSaysSo() throws {
    let (text, _, _) = try transcript(
      request: QuizRequest(count: 2, kinds: [.typed], seed: 3), timing: QuizTiming(perQuestion: 5000),
      steps: [
        .answer("x", after: 1000), .answer("y", after: 1000), .answer("y", after: 0), .answer("z", after: 0),
        .interrupt(after: 0),
      ])
    #expect(text.hasSuffix("\nRe-drill stopped after 1 of 2: 0 right.\n"), "\(text)")
  }

  @Test func endOfInputStopsTheQuiz() throws {
    let (text, session, saves) = try transcript(
      request: QuizRequest(count: 4, seed: 5), timing: QuizTiming(perQuestion: 5000),
      steps: [.answer("Astana", after: 1000), .end])
    #expect(session.endReason == .stopped)
    #expect(session.answers.count == 1)
    #expect(saves == 3)
    #expect(text.contains("Quiz stopped after 1 of 4 questions."))
  }

  @Test func stoppingBeforeTheFirstAnswerShowsNoEmptyScore() throws {
    let (text, session, _) = try transcript(
      request: QuizRequest(count: 4, seed: 5), timing: QuizTiming(perQuestion: 5000), steps: [.end])
    #expect(session.answers.isEmpty)
    #expect(text.hasSuffix("\nQuiz stopped before the first answer: no score and nothing in the history.\n"))
    #expect(!text.contains("0 of 0 right"))
  }

  @Test func countdownReadsLikeAClock() {
    #expect(QuizRenderer.countdown(1) == "1s")
    #expect(QuizRenderer.countdown(2000) == "2s")
    #expect(QuizRenderer.countdown(0) == "0s")
    #expect(QuizRenderer.countdown(65_000) == "1m05s")
    #expect(QuizRenderer().prompt(remaining: 4200, quizExtra: 30_000) == "[5s | quiz 35s] > ")
    #expect(QuizRenderer().prompt(remaining: nil) == "> ")
  }

  @Test func deckTextIsSanitised() {
    let question = QuizQuestion(card: "x", kind: .typed, prompt: "Bad \u{1B}[31mred", expected: "a")
    #expect(!QuizRenderer().question(question, number: 1, of: 1).contains("\u{1B}"))
  }
}
