import Testing

@testable import RecallCore

@Suite struct QuizSessionTests {
  let start = Timestamp(milliseconds: 1_800_000_000_000)

  static let questions: [QuizQuestion] = [
    QuizQuestion(
      card: "a", kind: .mcq, prompt: "Capital of Kazakhstan?", options: ["Bishkek", "Astana", "Tashkent", "Baku"],
      correctOption: 1, expected: "Astana", accepted: ["Astana"]),
    QuizQuestion(card: "b", kind: .typed, prompt: "Year of independence?", expected: "1991", accepted: ["1991"]),
    QuizQuestion(card: "c", kind: .trueFalse, prompt: "Iraq is in Asia", statementIsTrue: true, expected: "true"),
    QuizQuestion(
      card: "d", kind: .list, prompt: "Two threats", expected: "terrorism; drug trafficking",
      items: ["terrorism", "drug trafficking"]),
  ]

  func session(perQuestion: Int64? = 10_000, total: Int64? = nil) -> QuizSession {
    var session = QuizSession(
      questions: Self.questions, timing: QuizTiming(perQuestion: perQuestion, total: total))
    session.start(at: start)
    return session
  }

  @Test func answersAreGradedAndScoredWithASpeedBonus() throws {
    var quiz = session()
    // Right after 2 s of a 10 s limit: 100 + 50 * 8/10 = 140.
    let maybeFirst = quiz.submit("b", at: start.adding(milliseconds: 2000))
    let first = try #require(maybeFirst)
    guard case .answered(let answer) = first else {
      Issue.record("expected an answer, got \(first)")
      return
    }
    #expect(answer.outcome == .correct)
    #expect(answer.points == 140)
    #expect(answer.elapsedMilliseconds == 2000)
    // The next question started when the first ended.
    #expect(quiz.deadline == start.adding(milliseconds: 12_000))
    _ = quiz.submit("1990", at: start.adding(milliseconds: 3000))
    _ = quiz.submit("t", at: start.adding(milliseconds: 3000))
    _ = quiz.submit("drug trafficking, smuggling", at: start.adding(milliseconds: 8000))
    #expect(quiz.isFinished)
    let result = quiz.result
    #expect(result.answers.map(\.outcome) == [.correct, .wrong, .correct, .partial])
    #expect(result.answers.map(\.points) == [140, 0, 150, 50])
    #expect(result.points == 340)
    #expect(result.maxPoints == 600)
    #expect(result.correctCount == 2)
    #expect(result.accuracy == 0.5)
    #expect(result.averageMilliseconds == 2000)
    #expect(result.endReason == .completed)
    #expect(result.missed.map(\.card) == ["b", "d"])
  }

  @Test func aQuestionTimesOutAtItsDeadline() throws {
    var quiz = session(perQuestion: 5000)
    #expect(quiz.expire(at: start.adding(milliseconds: 4999)) == nil)
    #expect(quiz.remaining(at: start.adding(milliseconds: 4000)) == 1000)
    let maybeEvent = quiz.expire(at: start.adding(milliseconds: 5000))
    let event = try #require(maybeEvent)
    guard case .timedOut(let answer) = event else {
      Issue.record("expected a time-out, got \(event)")
      return
    }
    #expect(answer.outcome == .timedOut)
    #expect(answer.given == nil)
    #expect(answer.points == 0)
    #expect(quiz.currentIndex == 1)
    #expect(quiz.deadline == start.adding(milliseconds: 10_000))
  }

  @Test func aLateAnswerCountsAsTimedOut() throws {
    var quiz = session(perQuestion: 5000)
    let maybeEvent = quiz.submit("b", at: start.adding(milliseconds: 7000))
    let event = try #require(maybeEvent)
    guard case .timedOut(let answer) = event else {
      Issue.record("expected a time-out, got \(event)")
      return
    }
    #expect(answer.elapsedMilliseconds == 5000)
    // The next question started at the deadline, not when the late answer came.
    #expect(quiz.deadline == start.adding(milliseconds: 10_000))
  }

  @Test func unansweredQuestionsTimeOutOneByOneAndTheQuizEnds() {
    var quiz = session(perQuestion: 2000)
    var time = start
    var events: [QuizEvent] = []
    while !quiz.isFinished, let deadline = quiz.deadline {
      time = deadline
      if let event = quiz.expire(at: time) { events.append(event) }
    }
    #expect(events.count == 4)
    #expect(quiz.result.answers.allSatisfy { $0.outcome == .timedOut })
    #expect(quiz.endReason == .completed)
    #expect(quiz.endedAt == start.adding(milliseconds: 8000))
    #expect(quiz.result.points == 0)
  }

  @Test func theWholeQuizEndsWhenItsTimeRunsOut() throws {
    var quiz = session(perQuestion: 10_000, total: 15_000)
    _ = quiz.submit("b", at: start.adding(milliseconds: 9000))
    // The second question's own deadline (19 s) is cut to the quiz's end (15 s).
    #expect(quiz.deadline == start.adding(milliseconds: 15_000))
    #expect(quiz.remaining(at: start.adding(milliseconds: 12_000)) == 3000)
    let maybeEvent = quiz.expire(at: start.adding(milliseconds: 15_200))
    let event = try #require(maybeEvent)
    guard case .quizTimeUp(let answer) = event else {
      Issue.record("expected the quiz to end, got \(event)")
      return
    }
    #expect(answer?.question.card == "b")
    #expect(quiz.isFinished)
    #expect(quiz.endReason == .timeUp)
    #expect(quiz.result.answers.count == 2)
    #expect(quiz.result.questionCount == 4)
    #expect(quiz.result.durationMilliseconds == 15_000)
    #expect(quiz.submit("anything", at: start.adding(milliseconds: 16_000)) == nil)
  }

  @Test func withoutLimitsTheBonusFallsOverTwentySeconds() throws {
    var quiz = session(perQuestion: nil)
    #expect(quiz.deadline == nil)
    let maybeEvent = quiz.submit("Astana", at: start.adding(milliseconds: 10_000))
    let event = try #require(maybeEvent)
    guard case .answered(let answer) = event else { return }
    #expect(answer.points == 125)
    let slow = QuizScoring.standard.points(credit: 1, elapsed: 60_000, limit: nil)
    #expect(slow == 100)
  }

  @Test func stoppingEndsWithoutCountingTheOpenQuestion() {
    var quiz = session()
    _ = quiz.submit("a", at: start.adding(milliseconds: 1000))
    quiz.stop(at: start.adding(milliseconds: 1500))
    #expect(quiz.endReason == .stopped)
    #expect(quiz.result.answers.count == 1)
    #expect(quiz.current == nil)
  }

  @Test func optionsCanBeChosenByLetterNumberOrText() {
    let grader = QuizGrader()
    let question = Self.questions[0]
    #expect(grader.credit(for: "B", question: question) == 1)
    #expect(grader.credit(for: "2", question: question) == 1)
    #expect(grader.credit(for: "astana", question: question) == 1)
    #expect(grader.credit(for: "a", question: question) == 0)
    #expect(grader.credit(for: "", question: question) == 0)
  }

  @Test func orderedListsNeedTheirOrder() {
    let grader = QuizGrader()
    let ordered = QuizQuestion(
      card: "o", kind: .list, prompt: "In order", expected: "x; y; z", items: ["x", "y", "z"], ordered: true)
    #expect(grader.credit(for: "x, y, z", question: ordered) == 1)
    #expect(grader.credit(for: "y, x, z", question: ordered) == 1.0 / 3.0)
    #expect(grader.credit(for: "x; y and z", question: ordered) == 1)
  }

  @Test func typedAnswersForgiveTyposButNotOtherNumbers() {
    let grader = QuizGrader()
    let capital = QuizQuestion(
      card: "t", kind: .typed, prompt: "Capital?", expected: "Dushanbe", accepted: ["Dushanbe"])
    #expect(grader.credit(for: "dushanbi", question: capital) == 1)
    #expect(grader.credit(for: "Dushanbe", question: capital) == 1)
    #expect(grader.credit(for: "1991", question: Self.questions[1]) == 1)
    #expect(grader.credit(for: "1992", question: Self.questions[1]) == 0)
    let strict = QuizGrader(checker: NormalizingAnswerChecker())
    #expect(strict.credit(for: "dushanbi", question: capital) == 0)
  }
}
