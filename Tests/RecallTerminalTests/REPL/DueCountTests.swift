import Foundation
import RecallCore
import RecallTerminal
import Testing

/// What the welcome line says is due, what `decks` says is due in each deck, and what a study
/// session counts as left are one count: they must agree.
@Suite struct DueCountTests {
  static let now = Timestamp(milliseconds: 1_709_280_000_000)  // 2024-03-01T08:00:00Z

  static func deck(_ name: String, cards: Int) -> Deck {
    Deck(
      title: name, origin: "Decks/\(name).md",
      notes: (0..<cards).map {
        Note(content: .qa(question: "\(name) question \($0)?", answer: "a\($0)", reverse: false), explicitID: "c\($0)")
      })
  }

  /// The numbers of `line` in order.
  static func numbers(_ line: Substring) -> [Int] {
    line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
  }

  func run(_ decks: [Deck], store: InMemoryReviewStore, script: [LineInput]) -> String {
    let sink = TranscriptSink()
    let context = ReplContext(
      reader: ScriptedLineReader(script, echo: sink), output: sink, style: .plain, decks: decks, store: store,
      scheduler: Scheduler(), clock: FixedClock(Self.now))
    Repl(context: context).run()
    return sink.text
  }

  /// Two decks of 15 and 25 new cards: the welcome line's total is the sum of what `decks` shows.
  @Test func theWelcomeLineAddsUpTheDecks() throws {
    let decks = [Self.deck("alpha", cards: 15), Self.deck("beta", cards: 25)]
    let text = run(decks, store: InMemoryReviewStore(), script: [.line("decks"), .line("quit")])
    let lines = text.split(separator: "\n")
    let welcome = try #require(lines.first { $0.hasPrefix("Recall: ") })
    let rows = lines.filter { $0.contains(": due ") }
    #expect(rows.count == 2, "\(text)")
    let perDeck = rows.map { Self.numbers($0.split(separator: ":").last ?? "") }
    let summed = perDeck.reduce([0, 0, 0]) { zip($0, $1).map { $0 + $1 } }
    // "Recall: 2 decks, N cards to study (L learning, R review, W new)."
    let figures = Self.numbers(welcome)
    #expect(Array(figures.suffix(3)) == summed, "\(welcome) against \(rows)")
    #expect(figures.dropFirst().first == summed.reduce(0, +), "\(welcome)")
  }

  /// A card rated Again half a minute ago comes back within minutes: the welcome line counts it among
  /// the cards to study, as the session's own count of what is left does.
  @Test func theWelcomeLineCountsLearningCardsComingBackToday() throws {
    let deck = Self.deck("alpha", cards: 2)
    let store = InMemoryReviewStore()
    let rated = Self.now.adding(milliseconds: -30_000)
    let after = Scheduler().next(deck: "alpha", nil, rating: .again, at: rated, fuzzSeed: 0)
    try store.record(
      ReviewRecord(
        deck: "alpha", card: "c0", time: rated, rating: .again, answer: nil, responseMilliseconds: 1000,
        mode: .study, before: nil, after: after))
    let session = StudySession(decks: [deck], store: store, scheduler: Scheduler(), clock: FixedClock(Self.now))
    try session.start()
    let left = try session.remaining()
    #expect(left.total == 2, "the session's own count")
    let text = run([deck], store: store, script: [.line("quit")])
    #expect(
      text.hasPrefix("Recall: 1 deck, \(left.total) cards to study (\(left.learning) learning, 0 review, 1 new)."),
      "\(text)")
  }
}
