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
    // The wide prompt is cut by display columns, and no line is wider than an 80-column terminal.
    #expect(givenColumn <= 3 + 40 + 2, "\(header)")
    for line in lines { #expect(Table.displayWidth(line) < 80, "\(line)") }
  }

  @Test func longAnswersFitAnEightyColumnTerminal() {
    let long = String(repeating: "very long answer ", count: 6)
    let result = QuizResult(
      answers: [answer(long + "?", given: long, expected: long)], questionCount: 1, points: 100, maxPoints: 150,
      endReason: .completed, durationMilliseconds: 1000)
    for line in QuizRenderer().result(result).split(separator: "\n") {
      #expect(Table.displayWidth(String(line)) < 80, "\(line)")
    }
  }
}
