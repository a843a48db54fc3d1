import Testing

@testable import RecallCore

@Suite struct QuizDurationTests {
  @Test(arguments: [
    ("90s", Int64(90_000)), ("5m", 300_000), ("1m30s", 90_000), ("1h", 3_600_000), ("45", 45_000),
    ("2s", 2000), ("1h2m3s", 3_723_000), ("500ms", 500), (" 10S ", 10_000),
  ])
  func parses(text: String, milliseconds: Int64) throws {
    #expect(try QuizDuration.parse(text).milliseconds == milliseconds)
  }

  @Test(arguments: ["", "abc", "5x", "s", "1s1m", "1.5m", "-3s", "5m5m", "99999999s"])
  func rejects(text: String) {
    #expect(throws: QuizError.invalidDuration(text)) { try QuizDuration.parse(text) }
  }

  @Test func rejectsZero() {
    #expect(throws: QuizError.emptyDuration("0s")) { try QuizDuration.parse("0s") }
    #expect(throws: QuizError.emptyDuration("0")) { try QuizDuration.parse("0") }
  }

  @Test func messageSaysHowToWriteIt() {
    #expect(QuizError.invalidDuration("5x").description == "invalid duration \"5x\": write it like 90s, 5m or 1m30s")
  }

  @Test func printsCompactly() {
    #expect(QuizDuration(milliseconds: 90_000).description == "1m30s")
    #expect(QuizDuration(milliseconds: 2000).description == "2s")
    #expect(QuizDuration(milliseconds: 3_600_000).description == "1h")
  }

  @Test func parsesKinds() throws {
    #expect(try QuizError.kinds(from: "mcq,typed") == [.mcq, .typed])
    #expect(try QuizError.kinds(from: "truefalse, list") == [.trueFalse, .list])
    #expect(throws: QuizError.unknownKind("essay")) { try QuizError.kinds(from: "mcq,essay") }
  }
}
