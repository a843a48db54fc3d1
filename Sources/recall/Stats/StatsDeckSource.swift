import RecallCore
import RecallStore

/// Where `recall stats` finds the cards of a deck: the deck files when they can be read, else the
/// cards the store knows (without topics or prompts), so statistics work for a deck that is gone.
struct StatsDeckSource {
  let options: DeckOptions

  /// The usable decks found, by name, and the names of every deck file (usable or not); empty
  /// when none can be read, unless `--decks` named the folder.
  func decks() throws -> (usable: [String: Deck], files: [String]) {
    let catalog: DeckCatalog
    do {
      catalog = try options.catalog()
    } catch  where options.directory == nil {
      return ([:], [])
    }
    var result: [String: Deck] = [:]
    for deck in catalog.usableDecks where result[deck.name] == nil { result[deck.name] = deck }
    return (result, catalog.decks.map(\.name))
  }
}

/// Gathers the input of the statistics from decks and the store.
struct StatsGathering {
  let store: SQLiteReviewStore
  let decks: StatsDeckSource

  func input(deck: String?, topic: String?, now: Timestamp, calendar: StudyCalendar, periodDays: Int) throws
    -> StatisticsInput
  {
    let (files, fileNames) = try decks.decks()
    let names: [String]
    let stored = try store.knownDecks()
    if let deck {
      names = [try Self.resolve(deck, files: files, fileNames: fileNames, stored: stored)]
    } else {
      names = Set(stored).union(files.keys).sorted()
    }
    var cards: [StatsCard] = []
    for name in names {
      let known = try store.orderedProgress(deck: name)
      if let file = files[name] {
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
    if let topic {
      let wanted = topic.lowercased()
      let all = cards
      cards = cards.filter { $0.topic?.lowercased() == wanted }
      guard !cards.isEmpty else {
        var seen = Set<String>()
        let topics = all.compactMap(\.topic).filter { seen.insert($0).inserted }
        throw Failure.topic(
          TopicLookupError(topic: topic, known: topics, deck: names.count == 1 ? names.first : nil))
      }
      cardFilter = Dictionary(grouping: cards, by: \.deck).mapValues { Set($0.map(\.id)) }
    }
    let recentSince = now.adding(milliseconds: -30 * Timestamp.day)
    let activity = try store.activity(decks: names, calendar: calendar, recentSince: recentSince, cards: cardFilter)
    var runs: [QuizRunRecord] = []
    for name in names { runs += try store.quizRuns(deck: name) }
    if let topic { runs = runs.filter { $0.topic?.lowercased() == topic.lowercased() } }
    var input = StatisticsInput(
      decks: names, cards: cards, activity: activity, quizRuns: runs, topic: topic, now: now,
      calendar: calendar, periodDays: periodDays)
    let scheduling = try store.allScheduling()
    input.scheduling = scheduling.filter { names.contains($0.key) }
    return input
  }

  /// The deck `name` stands for: a deck file (by name, title or unique prefix, as other commands
  /// take it) or, exactly, a deck the store has progress for; else the usual "no deck" error.
  static func resolve(_ name: String, files: [String: Deck], fileNames: [String], stored: [String]) throws -> String {
    if files[name] != nil || stored.contains(name) { return name }
    let decks = files.values.sorted { $0.name < $1.name }
    switch DeckCatalog.deck(named: name, in: decks, files: fileNames) {
    case .success(let deck): return deck.name
    case .failure(.notFound):
      let known = Set(files.keys).union(stored).sorted()
      throw Failure.deck(
        .notFound(name, suggestion: DeckLookupError.suggestion(for: name, among: known), available: known))
    case .failure(let error): throw Failure.deck(error)
    }
  }
}
