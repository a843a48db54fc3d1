import Testing

@testable import RecallCore

@Suite struct QuizHistoryTests {
  func run(_ minute: Int64, deck: String = "geo", topic: String? = nil, score: Int, right: Int, of count: Int)
    -> QuizRunRecord
  {
    QuizRunRecord(
      id: minute, deck: deck, topic: topic, started: Timestamp(milliseconds: minute * 60_000),
      ended: Timestamp(milliseconds: minute * 60_000 + 30_000), score: score, questionCount: count,
      correctCount: right)
  }

  @Test func personalBestsArePerDeckAndTopic() {
    let history = QuizHistory(runs: [
      run(3, score: 500, right: 4, of: 5),
      run(1, score: 300, right: 2, of: 5),
      run(2, topic: "Capitals", score: 200, right: 2, of: 2),
      run(4, deck: "other", score: 100, right: 1, of: 3),
      run(5, score: 500, right: 4, of: 5),
    ])
    #expect(history.entries.map(\.run.id) == [1, 2, 3, 4, 5])
    #expect(history.entries.map(\.isPersonalBest) == [false, true, true, true, false])
    #expect(history.accuracyTrend == [0.4, 1, 0.8, 1.0 / 3.0, 0.8])
    #expect(history.personalBests.map(\.id) == [2, 3, 4])
  }

  @Test func runsStoppedBeforeTheFirstAnswerAreNotListed() {
    let history = QuizHistory(runs: [run(1, score: 0, right: 0, of: 0), run(2, score: 100, right: 1, of: 2)])
    #expect(history.entries.map(\.run.id) == [2])
    #expect(history.accuracyTrend == [0.5])
    #expect(QuizHistory(runs: [run(1, score: 0, right: 0, of: 0)]).entries.isEmpty)
  }

  @Test func aRunWithNoRightAnswerIsNeverBest() {
    let history = QuizHistory(runs: [
      run(1, score: 0, right: 0, of: 5),
      run(2, topic: "Capitals", score: 0, right: 0, of: 3),
      run(3, topic: "Capitals", score: 100, right: 1, of: 3),
    ])
    #expect(history.entries.map(\.isPersonalBest) == [false, false, true])
    #expect(history.personalBests.map(\.id) == [3])
  }

  /// A quiz stopped early scored fewer questions; it is listed but never a personal best.
  @Test func aStoppedRunIsNeverBest() {
    var stopped = run(2, score: 900, right: 3, of: 3)
    stopped.settings["ended-by"] = "stopped"
    var abandoned = run(3, score: 900, right: 3, of: 3)
    abandoned.ended = nil
    var finished = run(4, score: 400, right: 2, of: 5)
    finished.settings["ended-by"] = "completed"
    let history = QuizHistory(runs: [run(1, score: 300, right: 2, of: 5), stopped, abandoned, finished])
    #expect(history.entries.map(\.run.id) == [1, 2, 3, 4])
    #expect(history.entries.map(\.run.wasStopped) == [false, true, true, false])
    #expect(history.personalBests.map(\.id) == [4])
    // Nor is it in the trend, which follows the runs taken to their end.
    #expect(history.accuracyTrend == [0.4, 0.4])
  }

  @Test func aReshuffledChoiceHasItsOptionsInAnotherOrder() {
    let question = QuizQuestion(
      card: CardID("c"), kind: .mcq, prompt: "Year?", options: ["1991", "1990", "1992", "1993"], correctOption: 0,
      expected: "1991", accepted: ["1991"])
    for seed in UInt64(0)..<50 {
      var generator = SeededGenerator(seed: seed)
      let again = question.reshuffled(using: &generator)
      #expect(again.options != question.options)
      #expect(Set(again.options) == Set(question.options))
      #expect(again.correctOption.map { again.options[$0] } == "1991")
    }
  }

  @Test func aSessionBecomesARecord() {
    var session = QuizSession(
      questions: QuizSessionTests.questions, timing: QuizTiming(perQuestion: 2000, total: 60_000))
    let start = Timestamp(milliseconds: 1_000_000)
    session.start(at: start)
    _ = session.submit("b", at: start.adding(milliseconds: 1000))
    _ = session.expire(at: start.adding(milliseconds: 3000))
    let settings = QuizSettings(
      request: QuizRequest(count: 4, kinds: [.mcq, .typed], focus: .weak, topic: "Capitals", seed: 7),
      timing: session.timing)
    let record = QuizRunRecord(id: 9, deck: "geo", session: session, settings: settings)
    #expect(record.id == 9)
    #expect(record.topic == "Capitals")
    #expect(record.started == start)
    #expect(record.ended == nil)
    #expect(record.score == 125)
    #expect(record.questionCount == 2)
    #expect(record.correctCount == 1)
    // Two of the four questions were asked before the quiz was left: it is scored out of two.
    #expect(record.maxPoints == 300)
    #expect(record.settings["kinds"] == "mcq,typed")
    #expect(record.settings["per-question"] == "2s")
    #expect(record.settings["time"] == "1m")
    #expect(record.answers.map(\.timedOut) == [false, true])
    #expect(record.answers.map(\.expected) == ["b) Astana", "1991"])
    #expect(record.answers.map(\.kind) == ["mcq", "typed"])
  }
}
