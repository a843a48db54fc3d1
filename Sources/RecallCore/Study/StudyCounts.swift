/// What is left of a study session, by kind: the cards in the queue now, and the learning cards
/// that come back later this study day (a card rated Again or Hard returns within minutes, so
/// leaving it out would make the count drop faster than the work does).
public struct StudyCounts: Hashable, Sendable {
  /// Learning and relearning cards: due now or coming back later today.
  public var learning: Int
  /// Reviews due today.
  public var review: Int
  /// New cards allowed today.
  public var new: Int
  /// New cards held back by the daily limit (not part of `total`: they are not studied today
  /// unless the limit is raised).
  public var newHeldBack = 0

  /// Creates counts.
  public init(learning: Int = 0, review: Int = 0, new: Int = 0) {
    self.learning = learning
    self.review = review
    self.new = new
  }

  /// All cards left.
  public var total: Int { learning + review + new }
}

extension StudyQueue {
  /// The counts of `queue` (as built for `decks` with `progress` at `now`), plus the learning
  /// cards of those decks that are not in it yet but come due before the study day ends, and the
  /// new cards the daily limit holds back.
  public static func counts(
    queue: [StudyItem], decks: [Deck], progress: [String: [CardID: CardProgress]], options: StudyOptions,
    now: Timestamp
  ) -> StudyCounts {
    var counts = StudyCounts()
    var queued = Set<String>()
    for item in queue {
      queued.insert(item.deck + "\u{1}" + item.card.id.rawValue)
      switch item.reason {
      case .learning: counts.learning += 1
      case .review: counts.review += 1
      case .new: counts.new += 1
      }
    }
    let today = options.day.day(of: now)
    let topic = options.topic?.lowercased()
    for deck in decks {
      let deckProgress = progress[deck.name] ?? [:]
      for card in deck.cards where !queued.contains(deck.name + "\u{1}" + card.id.rawValue) {
        if let topic, card.topic?.lowercased() != topic { continue }
        let state = deckProgress[card.id] ?? CardProgress()
        if state.suspended { continue }
        if let buried = state.buriedUntil, buried > now { continue }
        guard let memory = state.memory else {
          counts.newHeldBack += 1
          continue
        }
        guard memory.phase != .review, options.day.day(of: memory.due) == today else { continue }
        counts.learning += 1
      }
    }
    return counts
  }
}
