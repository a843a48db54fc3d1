import RecallCore
import Testing

@testable import RecallTerminal

/// The result table stays aligned whatever was typed: a number given to a choice sits in the
/// column like any other answer, and wide or accented text is cut by the columns it takes.
@Suite struct QuizResultTableTests {
  func answer(_ prompt: String, given: String, expected: String) -> QuizAnswer {
    QuizAnswer(
      question: QuizQuestion(card: "c", kind: .typed, prompt: prompt, expected: expected, accepted: [expected]),
      given: given, outcome: .correct, credit: 1, elapsedMilliseconds: 1000, points: 100)
  }

  /// The display column where `needle` starts in `line`.
  func column(of needle: String, in line: String) -> Int? {
    guard let range = line.range(of: needle) else { return nil }
    return Table.displayWidth(String(line[..<range.lowerBound]))
  }

  @Test func givenAnswersLineUpWhetherNumbersOrWords() throws {
    let result = QuizResult(
      answers: [
        answer("What is the capital of Kazakhstan?", given: "4", expected: "d) Astana"),
        answer("Какая столица Казахстана? 哈萨克斯坦的首都是哪里？哈萨克斯坦的首都是哪里？", given: "Astana", expected: "Астана"),
        answer("Year?", given: "1991", expected: "1991"),
      ], questionCount: 3, points: 300, maxPoints: 450, endReason: .completed, durationMilliseconds: 3000)
    let lines = QuizRenderer().result(result).split(separator: "\n").map(String.init)
    let header = try #require(lines.first { $0.hasPrefix("#") })
    let givenColumn = try #require(column(of: "given", in: header))
    let correctColumn = try #require(column(of: "correct", in: header))
    let rows = lines.filter { $0.first?.isNumber == true }
    #expect(rows.count == 3)
    #expect(column(of: " 4 ", in: rows[0]).map { $0 + 1 } == givenColumn, "\(rows[0])")
    #expect(column(of: "Astana ", in: rows[1]) == givenColumn, "\(rows[1])")
    #expect(column(of: "Астана", in: rows[1]) == correctColumn, "\(rows[1])")
    #expect(column(of: "1991", in: rows[2]) == givenColumn, "\(rows[2])")
    // The wide prompt is cut to the question column's 40 display columns.
    #expect(givenColumn <= 3 + 40 + 2, "\(header)")
  }
}
