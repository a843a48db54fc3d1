/// A card waiting in a study queue, with the deck it belongs to and its progress.
public struct StudyItem: Hashable, Sendable {
  /// Why the card is in the queue.
  public enum Reason: String, Hashable, Sendable {
    /// In (re)learning steps and due.
    case learning
    /// A graduated card due today.
    case review
    /// Never studied.
    case new
  }

  /// The deck's name (`Deck.name`).
  public var deck: String
  /// The card.
  public var card: Card
  /// The card's progress (empty for a new card).
  public var progress: CardProgress
  /// Why the card is queued.
  public var reason: Reason

  /// Creates a queue item.
  public init(deck: String, card: Card, progress: CardProgress, reason: Reason) {
    self.deck = deck
    self.card = card
    self.progress = progress
    self.reason = reason
  }
}

/// What a study session asks for.
public struct StudyOptions: Hashable, Sendable {
  /// New cards that may be introduced per study day (default 20).
  public var newCardLimit: Int
  /// Where study days begin.
  public var day: StudyCalendar
  /// Only cards under this topic (`##` heading), compared without case; nil for all.
  public var topic: String?
  /// How far ahead a learning card may be shown when nothing else is left (default 20 minutes).
  public var learnAheadMilliseconds: Int64
  /// Whether a card's siblings (the other cards of its note, or of its source sentence) wait for
  /// the next study day once it was studied, as Anki buries them by default.
  public var burySiblings: Bool

  /// Creates options.
  public init(
    newCardLimit: Int = 20, day: StudyCalendar = StudyCalendar(), topic: String? = nil,
    learnAheadMilliseconds: Int64 = 20 * Timestamp.minute, burySiblings: Bool = true
  ) {
    self.newCardLimit = newCardLimit
    self.day = day
    self.topic = topic
    self.learnAheadMilliseconds = learnAheadMilliseconds
    self.burySiblings = burySiblings
  }
}

/// Orders the cards to study.
///
/// Learning cards that are due come first (earliest due first), because their steps are short and
/// they are forgotten fastest. Then the reviews due this study day and the new cards allowed today
/// (in each deck, `newCardLimit` minus those it already introduced today, so a session over all
/// decks brings what sessions deck by deck would), interleaved evenly: with 10 reviews and 2 new
/// cards a new card comes after every 5 reviews. When nothing else is left, learning cards due
/// within the learn-ahead window are shown early. Suspended and buried cards are left out, and so
/// (unless `burySiblings` is off) are the new and review cards whose sibling was studied today:
/// two cards of one fact on one day give the second away.
public enum StudyQueue {
  /// The queue for `decks` with their `progress` (keyed by deck name) at `now`, with
  /// `newCardsStudiedToday` new cards introduced today in every deck (tests of one deck).
  public static func build(
    decks: [Deck], progress: [String: [CardID: CardProgress]], newCardsStudiedToday: Int, options: StudyOptions,
    now: Timestamp
  ) -> [StudyItem] {
    let studied = Dictionary(decks.map { ($0.name, newCardsStudiedToday) }, uniquingKeysWith: { first, _ in first })
    return build(decks: decks, progress: progress, newCardsStudiedToday: studied, options: options, now: now)
  }

  /// The queue for `decks` with their `progress` (keyed by deck name) at `now`;
  /// `newCardsStudiedToday` counts the new cards each deck introduced today, by deck name.
  public static func build(
    decks: [Deck], progress: [String: [CardID: CardProgress]], newCardsStudiedToday: [String: Int],
    options: StudyOptions, now: Timestamp
  ) -> [StudyItem] {
    let today = options.day.day(of: now)
    var learning: [StudyItem] = []
    var ahead: [StudyItem] = []
    var reviews: [StudyItem] = []
    var fresh: [StudyItem] = []
    let topic = options.topic?.lowercased()
    let studied =
      options.burySiblings ? studiedToday(decks: decks, progress: progress, options: options, now: now) : [:]
    for deck in decks {
      let deckProgress = progress[deck.name] ?? [:]
      for card in deck.cards {
        if let topic, card.topic?.lowercased() != topic { continue }
        let cardProgress = deckProgress[card.id] ?? CardProgress()
        if cardProgress.suspended { continue }
        if let buried = cardProgress.buriedUntil, buried > now { continue }
        let isLearning = cardProgress.memory.map { $0.phase != .review } ?? false
        if !studied.isEmpty, !isLearning,
          siblingKeys(of: card, in: deck.name).contains(where: { studied[$0]?.contains { $0 != card.id } ?? false })
        {
          continue
        }
        guard let memory = cardProgress.memory else {
          fresh.append(StudyItem(deck: deck.name, card: card, progress: cardProgress, reason: .new))
          continue
        }
        switch memory.phase {
        case .learning, .relearning:
          let item = StudyItem(deck: deck.name, card: card, progress: cardProgress, reason: .learning)
          if memory.due <= now {
            learning.append(item)
          } else if memory.due.milliseconds(since: now) <= options.learnAheadMilliseconds {
            ahead.append(item)
          }
        case .review:
          if options.day.day(of: memory.due) <= today {
            reviews.append(StudyItem(deck: deck.name, card: card, progress: cardProgress, reason: .review))
          }
        }
      }
    }
    let byDue: (StudyItem, StudyItem) -> Bool = { a, b in
      let left = a.progress.memory?.due ?? now
      let right = b.progress.memory?.due ?? now
      return left != right ? left < right : a.card.id < b.card.id
    }
    learning.sort(by: byDue)
    reviews.sort(by: byDue)
    ahead.sort(by: byDue)
    // A new card whose sibling was studied today, or is queued, waits behind every other new card
    // of its deck.
    var touched = Set<String>()
    for deck in decks {
      for (id, cardProgress) in progress[deck.name] ?? [:] {
        if let last = cardProgress.memory?.lastReview, options.day.day(of: last) == today {
          touched.insert(deck.name + "\u{1}" + id.noteKey)
        }
      }
    }
    for item in learning + reviews + ahead { touched.insert(item.deck + "\u{1}" + item.card.id.noteKey) }
    var newCards: [StudyItem] = []
    var seenDecks = Set<String>()
    for deck in decks where seenDecks.insert(deck.name).inserted {
      let allowed = max(0, options.newCardLimit - (newCardsStudiedToday[deck.name] ?? 0))
      let own = fresh.filter { $0.deck == deck.name }
      let fresher = own.filter { !touched.contains($0.deck + "\u{1}" + $0.card.id.noteKey) }
      let later = own.filter { touched.contains($0.deck + "\u{1}" + $0.card.id.noteKey) }
      newCards += (spreadSiblings(fresher) + spreadSiblings(later)).prefix(allowed)
    }
    var queue = learning + interleave(reviews, newCards)
    if queue.isEmpty { queue = ahead }
    return queue.map(shufflingOptions)
  }

  /// What makes cards siblings: the same note (the id without `#N` or `~r`), or the same source
  /// line of a generated deck (the sentence the cards were made from), within one deck.
  static func siblingKeys(of card: Card, in deck: String) -> [String] {
    var keys = [deck + "\u{1}" + card.id.noteKey]
    if let source = card.source, !source.isEmpty { keys.append(deck + "\u{2}" + source) }
    return keys
  }

  /// The sibling keys of the cards studied today, each with the cards that were (a learning card
  /// counts as studied, but keeps its own steps: it is never left out itself).
  private static func studiedToday(
    decks: [Deck], progress: [String: [CardID: CardProgress]], options: StudyOptions, now: Timestamp
  ) -> [String: Set<CardID>] {
    let today = options.day.day(of: now)
    var studied: [String: Set<CardID>] = [:]
    for deck in decks {
      guard let deckProgress = progress[deck.name] else { continue }
      for card in deck.cards {
        guard let last = deckProgress[card.id]?.memory?.lastReview, options.day.day(of: last) == today else { continue }
        for key in siblingKeys(of: card, in: deck.name) { studied[key, default: []].insert(card.id) }
      }
    }
    return studied
  }

  /// The item with its multiple-choice options in an order of their own for each review, so the
  /// right answer cannot be remembered by its position; seeded by the card and its review count, so
  /// the order is the same every time the same review is shown.
  public static func shufflingOptions(_ item: StudyItem) -> StudyItem {
    guard item.card.options.count > 1 else { return item }
    var shuffled = item
    var generator = SeededGenerator(
      seed: StableHash.fnv1a(item.card.id.rawValue) ^ UInt64(truncatingIfNeeded: item.progress.reviews))
    shuffled.card.options.shuffle(using: &generator)
    return shuffled
  }

  /// New cards in deck order, but the first card of every note before the second of any: a
  /// reversed question or a cloze's next gap would otherwise follow its sibling and give it away.
  public static func spreadSiblings(_ items: [StudyItem]) -> [StudyItem] {
    var rounds: [[StudyItem]] = []
    var seen: [Substring: Int] = [:]
    for item in items {
      let note = item.card.id.noteKey
      let round = seen[note, default: 0]
      seen[note] = round + 1
      if round == rounds.count { rounds.append([]) }
      rounds[round].append(item)
    }
    return rounds.flatMap { $0 }
  }

  /// Spreads `minor` evenly through `major`: `interleave([r1...r4], [n1, n2])` is
  /// `[r1, r2, n1, r3, r4, n2]`.
  public static func interleave<Element>(_ major: [Element], _ minor: [Element]) -> [Element] {
    guard !major.isEmpty, !minor.isEmpty else { return major + minor }
    let total = major.count + minor.count
    var result: [Element] = []
    result.reserveCapacity(total)
    var majorIndex = 0
    var minorIndex = 0
    for position in 0..<total {
      let minorDue = (position + 1) * minor.count / total > minorIndex
      if minorDue && minorIndex < minor.count || majorIndex >= major.count {
        result.append(minor[minorIndex])
        minorIndex += 1
      } else {
        result.append(major[majorIndex])
        majorIndex += 1
      }
    }
    return result
  }

  /// How many new cards the study log shows introduced during the study day of `now`.
  public static func newCardsStudied(log: [ReviewRecord], day: StudyCalendar, now: Timestamp) -> Int {
    let today = day.day(of: now)
    return log.filter { $0.mode == .study && $0.before == nil && day.day(of: $0.time) == today }.count
  }
}
