import Foundation
import RecallTestSupport
import Testing

@testable import RecallCore
@testable import RecallTerminal

/// What a person sees at 60, 80 and 120 columns: text wraps at words, headers keep to one line,
/// charts and tables shrink; nothing is cut in the middle of a word or a number.
@Suite struct WidthGoldenTests {
  static let widths = [60, 80, 120]

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/width")

  func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    Golden.check(text, named: name, in: Self.fixtures, sourceLocation: sourceLocation)
  }

  /// Every line fits, and every word of the text is still whole on some line.
  func expectFits(_ text: String, width: Int, words: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    for line in text.split(separator: "\n") {
      #expect(Table.displayWidth(String(line)) <= width, "too wide: \(line)", sourceLocation: sourceLocation)
    }
    let shown = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    for word in words { #expect(shown.contains(word), "\(word) was cut", sourceLocation: sourceLocation) }
  }

  static let deckText = """
    # Position on Current International Issues

    ## The Middle East Peace Process and the Sponsors of the Quartet

    C: To make this ambition successful, the four Sponsors of the Middle East Process need to come to a consensus on how to fairly determine the legitimate interests and rights of both parties, Kazakhstan said in [2006].
    id: long-cloze

    M: Which organisation verifies that the nuclear programme of a state is used for peaceful purposes only?
    - [x] International Atomic Energy Agency
    - [ ] Organisation for Security and Co-operation in Europe
    - [ ] Collective Security Treaty Organisation
    id: long-choice

    """

  @Test(arguments: widths)
  func study(width: Int) throws {
    let deck = try #require(DeckParser.parse(text: Self.deckText, origin: "kazakhstan-position.md").deck)
    let sink = TranscriptSink()
    let reader = ScriptedLineReader(
      [.line("study"), .line("two thousand and five"), .line(""), .line("b"), .line(""), .end], echo: sink)
    let context = ReplContext(
      reader: reader, output: sink, style: TextStyle(colored: false, columns: width), decks: [deck],
      store: InMemoryReviewStore(), scheduler: Scheduler(),
      clock: FixedClock(Timestamp(milliseconds: 1_780_000_000_000)))
    Repl(context: context).run()
    // The transcript's echoed input lines are not laid out by Recall; the rest must fit.
    let output = sink.text.split(separator: "\n").filter { !$0.hasPrefix("recall> ") && !$0.contains("> ") }
      .joined(separator: "\n")
    expectFits(output, width: width, words: ["consensus", "legitimate", "Co-operation", "Kazakhstan"])
    try expectGolden(sink.text, "study-\(width).txt")
  }

  @Test(arguments: widths)
  func quizQuestion(width: Int) throws {
    let question = QuizQuestion(
      card: CardID("long-choice"), kind: .mcq,
      prompt: "Which organisation verifies that the nuclear programme of a state is used for peaceful purposes only?",
      options: [
        "Organisation for Security and Co-operation in Europe", "International Atomic Energy Agency",
        "Collective Security Treaty Organisation",
      ], correctOption: 1, expected: "International Atomic Energy Agency", accepted: [])
    let renderer = QuizRenderer(style: TextStyle(colored: false, columns: width))
    let missed = QuizAnswer(
      question: question, given: "a", outcome: .wrong, credit: 0, elapsedMilliseconds: 4200, points: 0)
    let result = QuizResult(
      answers: [missed], questionCount: 1, points: 0, maxPoints: 150, endReason: .completed,
      durationMilliseconds: 4200)
    let text =
      renderer.question(question, number: 1, of: 1) + renderer.feedback(.answered(missed)) + renderer.result(result)
    expectFits(text, width: width, words: ["peaceful", "Co-operation", "organisation"])
    try expectGolden(text, "quiz-\(width).txt")
  }

  @Test(arguments: widths)
  func stats(width: Int) throws {
    var stats = DeckStatistics(
      decks: ["kazakhstan-position"], topic: nil, generatedAt: "2026-12-03T12:00:00.000Z", today: "2026-12-03")
    stats.counts = DeckStatistics.StateCounts(total: 52, new: 30, learning: 6, review: 14, relearning: 2, suspended: 1)
    stats.due = DeckStatistics.DueCounts(now: 3, today: 9, tomorrow: 4)
    let today = try #require(ISO8601Milliseconds.parse("2026-12-03T00:00:00Z"))
    let day = StudyCalendar(rolloverHour: 0).day(of: today)
    stats.forecast = (0..<30).map {
      DeckStatistics.DayCount(date: StudyCalendar.dateText(ofDay: day + Int64($0)), offset: $0, count: ($0 * 7) % 5)
    }
    // 26 weeks back to a Monday, the last week running to today (a Thursday).
    let start = day - Int64(25 * 7 + 3)
    stats.heatMap = DeckStatistics.HeatMap(
      weeks: 26,
      days: (0..<Int(day - start + 1)).map {
        DeckStatistics.DayCount(
          date: StudyCalendar.dateText(ofDay: start + Int64($0)), offset: $0 - Int(day - start), count: ($0 * 3) % 7)
      })
    stats.retention = [
      DeckStatistics.RetentionFigure(days: 7, reviews: 12, passed: 10, rate: 10.0 / 12.0),
      DeckStatistics.RetentionFigure(days: 30, reviews: 40, passed: 35, rate: 35.0 / 40.0),
    ]
    stats.averageRetrievability = 0.874
    stats.activity = DeckStatistics.Activity(
      currentStreak: 4, longestStreak: 11, periodDays: 30, periodReviews: 120, periodStudyDays: 18,
      periodMilliseconds: 5_400_000, reviewsPerDay: 4, totalReviews: 410, totalMilliseconds: 19_800_000)
    stats.topics = [
      DeckStatistics.TopicMastery(
        topic: "Position on Current International Issues", cards: 40, reviewed: 20, mature: 6, mastery: 0.41),
      DeckStatistics.TopicMastery(topic: "Iran’s Nuclear Program", cards: 12, reviewed: 8, mature: 2, mastery: 0.57),
    ]
    stats.hardest = [
      DeckStatistics.HardCard(
        deck: "kazakhstan-position", card: "sponsors-6b1c2e",
        prompt: "To make this ambition successful, the four Sponsors of the Middle East Process need to ____.",
        lapses: 3, reviews: 9, stability: 2.4, difficulty: 8.1, recall: 0.62)
    ]
    let text = StatsReport.render(stats, style: TextStyle(colored: false, columns: width), showIDs: true)
    expectFits(text, width: width, words: ["relearning", "suspended", "reviews", "sponsors-6b1c2e"])
    try expectGolden(text, "stats-\(width).txt")
  }
}
