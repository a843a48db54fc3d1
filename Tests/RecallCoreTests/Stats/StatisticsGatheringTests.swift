import RecallCore
import Testing

/// What `stats` gathers before it computes, without a database: decks from files or only from
/// the store, a topic's cards, and the quiz runs and settings of the decks counted.
@Suite struct StatisticsGatheringTests {
  /// A statistics source in memory.
  final class Source: StatisticsSource {
    var progress: [String: [(card: CardID, progress: CardProgress)]] = [:]
    var runs: [QuizRunRecord] = []
    var scheduling: [String: DeckScheduling] = [:]
    var activityAsked: [String: Set<CardID>]?

    func knownDecks() throws -> [String] { progress.keys.sorted() }
    func orderedProgress(deck: String) throws -> [(card: CardID, progress: CardProgress)] { progress[deck] ?? [] }
    func activity(decks: [String], calendar: StudyCalendar, recentSince: Timestamp, cards: [String: Set<CardID>]?)
      throws -> ReviewActivity
    {
      activityAsked = cards
      return ReviewActivity()
    }
    func quizRuns(deck: String?, includeAnswers: Bool) throws -> [QuizRunRecord] {
      runs.filter { deck == nil || $0.deck == deck }
    }
    func allScheduling() throws -> [String: DeckScheduling] { scheduling }
  }

  let now = Timestamp(milliseconds: 1_773_230_400_000)

  var geography: Deck {
    Deck(
      title: "Geography", origin: "Decks/geo.md",
      notes: [
        Note(
          content: .qa(question: "Capital of Kazakhstan?", answer: "Astana", reverse: false), explicitID: "kz",
          topic: "Capitals"),
        Note(
          content: .qa(question: "Longest river?", answer: "Irtysh", reverse: false), explicitID: "river",
          topic: "Rivers"),
      ])
  }

  func request(deck: String? = nil, topic: String? = nil) -> StatisticsRequest {
    StatisticsRequest(deck: deck, topic: topic, now: now, calendar: StudyCalendar(), periodDays: 30)
  }

  @Test func everyDeckFoundOrStoredIsCounted() throws {
    let source = Source()
    source.progress["gone"] = [(CardID("old"), CardProgress(reviews: 2))]
    source.progress["geo"] = [(CardID("kz"), CardProgress(reviews: 1))]
    source.scheduling = ["geo": DeckScheduling(desiredRetention: 0.85), "elsewhere": DeckScheduling()]
    let input = try StatisticsGathering.input(
      request(), store: source, decks: ["geo": geography], deckFiles: ["geo"])
    #expect(input.decks == ["geo", "gone"])
    #expect(input.cards.map(\.id) == ["kz", "river", "old"])
    #expect(input.cards.first?.prompt == "Capital of Kazakhstan?")
    #expect(input.cards.first?.progress?.reviews == 1)
    #expect(input.cards.last?.topic == nil, "a deck known only to the store has no topics")
    #expect(Array(input.scheduling.keys) == ["geo"])
    #expect(source.activityAsked == nil)
  }

  @Test func aTopicLimitsTheCardsAndTheActivity() throws {
    let source = Source()
    let input = try StatisticsGathering.input(
      request(deck: "Geo", topic: "capitals"), store: source, decks: ["geo": geography], deckFiles: ["geo"])
    #expect(input.decks == ["geo"])
    #expect(input.cards.map(\.id) == ["kz"])
    #expect(source.activityAsked == ["geo": ["kz"]])
  }

  @Test func anUnknownTopicOrDeckIsATypedError() throws {
    #expect(throws: TopicLookupError(topic: "Sport", known: ["Capitals", "Rivers"], deck: "geo")) {
      try StatisticsGathering.input(
        request(deck: "geo", topic: "Sport"), store: Source(), decks: ["geo": geography], deckFiles: ["geo"])
    }
    #expect(throws: DeckLookupError.notFound("nowhere", suggestion: nil, available: ["geo"])) {
      try StatisticsGathering.input(
        request(deck: "nowhere"), store: Source(), decks: ["geo": geography], deckFiles: ["geo"])
    }
  }
}
