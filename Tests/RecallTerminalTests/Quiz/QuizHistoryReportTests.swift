import Foundation
import RecallCore
import Testing

@testable import RecallTerminal

@Suite struct QuizHistoryReportTests {
  static func run(_ id: Int64, deck: String, topic: String? = nil, score: Int, right: Int, of count: Int)
    -> QuizRunRecord
  {
    let start = Timestamp(milliseconds: 1_795_000_000_000 + id * 86_400_000)
    return QuizRunRecord(
      id: id, deck: deck, topic: topic, started: start, ended: start.adding(milliseconds: 95_000),
      settings: ["max-points": String(count * 150)], score: score, questionCount: count, correctCount: right)
  }

  @Test func historyGolden() throws {
    let history = QuizHistory(runs: [
      Self.run(1, deck: "central-asia", score: 430, right: 4, of: 10),
      Self.run(2, deck: "central-asia", score: 910, right: 7, of: 10),
      Self.run(3, deck: "central-asia", topic: "Capitals", score: 600, right: 5, of: 5),
      Self.run(4, deck: "kazakhstan", score: 120, right: 1, of: 5),
      Self.run(5, deck: "central-asia", score: 880, right: 7, of: 10),
      Self.run(6, deck: "central-asia", score: 1210, right: 9, of: 10),
    ])
    try QuizRunnerTests.golden("quiz-history.txt", QuizHistoryReport.render(history))
  }

  @Test func emptyHistorySaysWhatToDo() {
    #expect(QuizHistoryReport.render(QuizHistory(runs: [])) == "No quizzes yet: run `recall quiz` to take one.\n")
  }

  @Test func sparklineSpansZeroToOne() {
    let history = QuizHistory(runs: [
      Self.run(1, deck: "d", score: 0, right: 0, of: 2), Self.run(2, deck: "d", score: 100, right: 1, of: 2),
      Self.run(3, deck: "d", score: 300, right: 2, of: 2),
    ])
    #expect(QuizHistoryReport.render(history).contains("\u{2581}\u{2585}\u{2588}  0% \u{2192} 100%"))
  }
}
