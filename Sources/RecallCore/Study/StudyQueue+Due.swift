extension StudyQueue {
  /// The new cards each of `decks` introduced during the study day of `now`, by deck name, as
  /// its study log in `store` shows them.
  public static func newCardsStudiedToday(
    decks: [Deck], store: any ReviewStore, day: StudyCalendar, now: Timestamp
  ) throws -> [String: Int] {
    var studied: [String: Int] = [:]
    for deck in decks where studied[deck.name] == nil {
      studied[deck.name] = newCardsStudied(log: try store.reviewLog(deck: deck.name), day: day, now: now)
    }
    return studied
  }

  /// What is left to study in `decks` at `now`: the cards of the queue built from `progress`,
  /// and the learning cards that come back later this study day. The one count behind a study
  /// session's "left", the REPL's welcome line and `decks`.
  public static func counts(
    decks: [Deck], progress: [String: [CardID: CardProgress]], newCardsStudiedToday: [String: Int],
    options: StudyOptions, now: Timestamp
  ) -> StudyCounts {
    let queue = build(
      decks: decks, progress: progress, newCardsStudiedToday: newCardsStudiedToday, options: options, now: now)
    return counts(queue: queue, decks: decks, progress: progress, options: options, now: now)
  }

  /// What a study session over `decks` would find to study at `now`, read from `store` (see
  /// `counts(decks:progress:newCardsStudiedToday:options:now:)`).
  public static func due(decks: [Deck], store: any ReviewStore, options: StudyOptions, now: Timestamp) throws
    -> StudyCounts
  {
    var progress: [String: [CardID: CardProgress]] = [:]
    for deck in decks where progress[deck.name] == nil { progress[deck.name] = try store.progress(deck: deck.name) }
    let studied = try newCardsStudiedToday(decks: decks, store: store, day: options.day, now: now)
    return counts(decks: decks, progress: progress, newCardsStudiedToday: studied, options: options, now: now)
  }
}
