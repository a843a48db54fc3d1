/// What statistics read from where progress is kept. The core declares it; RecallStore fulfils
/// it with SQLite (summing the log with queries), and tests with a value in memory.
public protocol StatisticsSource: AnyObject {
  /// The names of the decks with any saved progress or review.
  func knownDecks() throws -> [String]
  /// The progress of every card of `deck` that has any, in the order the cards were first seen.
  func orderedProgress(deck: String) throws -> [(card: CardID, progress: CardProgress)]
  /// The review activity of `decks`: per-day sums, and every review at or after `recentSince`;
  /// when `cards` is given, only those cards' reviews count.
  func activity(decks: [String], calendar: StudyCalendar, recentSince: Timestamp, cards: [String: Set<CardID>]?)
    throws -> ReviewActivity
  /// The quiz runs of `deck` (all decks when nil), oldest first.
  func quizRuns(deck: String?, includeAnswers: Bool) throws -> [QuizRunRecord]
  /// The FSRS settings of every deck that has any, by deck.
  func allScheduling() throws -> [String: DeckScheduling]
}

/// What the statistics are asked for: a deck (or all), a topic (or all), and the period.
public struct StatisticsRequest: Hashable, Sendable {
  /// The deck as the learner named it (a name, title or prefix); nil for every deck.
  public var deck: String?
  /// Only the cards of this topic, compared without case; nil for all.
  public var topic: String?
  /// The moment the figures are for.
  public var now: Timestamp
  /// How moments group into days.
  public var calendar: StudyCalendar
  /// The period for reviews per day and time spent, in days.
  public var periodDays: Int

  /// Creates a request.
  public init(deck: String?, topic: String?, now: Timestamp, calendar: StudyCalendar, periodDays: Int) {
    self.deck = deck
    self.topic = topic
    self.now = now
    self.calendar = calendar
    self.periodDays = periodDays
  }
}

/// Gathers what `StatisticsCalculator` computes from: the decks asked for (deck files, or decks
/// known only to the store, whose cards then have no topic or prompt), their cards and progress,
/// the review activity, quiz runs and FSRS settings.
public enum StatisticsGathering {
  /// The input for `request` from `store` and the usable `decks` found (by name); `deckFiles`
  /// names every deck file, usable or not. Throws `DeckLookupError` for a deck name that fits
  /// nothing and `TopicLookupError` for a topic no counted card has.
  public static func input(
    _ request: StatisticsRequest, store: any StatisticsSource, decks: [String: Deck], deckFiles: [String]
  ) throws -> StatisticsInput {
    let stored = try store.knownDecks()
    let names: [String]
    if let deck = request.deck {
      let files = decks.values.sorted { $0.name < $1.name }
      names = [try DeckCatalog.deckName(deck, decks: files, files: deckFiles, recorded: stored).get()]
    } else {
      names = Set(stored).union(decks.keys).sorted()
    }
    var cards: [StatsCard] = []
    for name in names {
      let known = try store.orderedProgress(deck: name)
      if let file = decks[name] {
        var byCard: [CardID: CardProgress] = [:]
        byCard.reserveCapacity(known.count)
        for (card, state) in known { byCard[card] = state }
        cards += file.cards.map {
          StatsCard(deck: name, id: $0.id, topic: $0.topic, prompt: $0.prompt, progress: byCard[$0.id])
        }
      } else {
        // Without the deck file, the cards are those the store knows, topics and prompts unknown.
        cards += known.map { StatsCard(deck: name, id: $0.card, progress: $0.progress) }
      }
    }
    var cardFilter: [String: Set<CardID>]?
    if let topic = request.topic {
      let wanted = topic.lowercased()
      let all = cards
      cards = cards.filter { $0.topic?.lowercased() == wanted }
      guard !cards.isEmpty else {
        var seen = Set<String>()
        let topics = all.compactMap(\.topic).filter { seen.insert($0).inserted }
        throw TopicLookupError(topic: topic, known: topics, deck: names.count == 1 ? names.first : nil)
      }
      cardFilter = Dictionary(grouping: cards, by: \.deck).mapValues { Set($0.map(\.id)) }
    }
    let recentSince = request.now.adding(milliseconds: -30 * Timestamp.day)
    let activity = try store.activity(
      decks: names, calendar: request.calendar, recentSince: recentSince, cards: cardFilter)
    var runs: [QuizRunRecord] = []
    for name in names { runs += try store.quizRuns(deck: name, includeAnswers: false) }
    if let topic = request.topic { runs = runs.filter { $0.topic?.lowercased() == topic.lowercased() } }
    var input = StatisticsInput(
      decks: names, cards: cards, activity: activity, quizRuns: runs, topic: request.topic, now: request.now,
      calendar: request.calendar, periodDays: request.periodDays)
    input.scheduling = try store.allScheduling().filter { names.contains($0.key) }
    return input
  }
}
