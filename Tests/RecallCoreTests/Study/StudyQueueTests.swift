import RecallCore
import Testing

@Suite struct StudyQueueTests {
  static let base = Timestamp(milliseconds: 1_700_000_000_000)

  func deck(_ count: Int) -> Deck {
    Deck(
      title: "T", origin: "t.md",
      notes: (0..<count).map {
        Note(content: .qa(question: "q\($0)", answer: "a\($0)", reverse: false), explicitID: "c\($0)")
      })
  }

  @Test func learningFirstThenReviewsWithNewInterleavedUpToTheLimit() {
    let now = Self.base
    var progress: [CardID: CardProgress] = [:]
    progress["c0"] = CardProgress(
      memory: MemoryState(
        phase: .review, step: nil, stability: 3, difficulty: 5, due: now.adding(milliseconds: -1),
        lastReview: now.adding(milliseconds: -3 * Timestamp.day)), reviews: 1)
    progress["c1"] = CardProgress(
      memory: MemoryState(
        phase: .learning, step: 1, stability: 1, difficulty: 5, due: now.adding(milliseconds: -5), lastReview: now),
      reviews: 1)
    progress["c2"] = CardProgress(
      memory: MemoryState(
        phase: .review, step: nil, stability: 3, difficulty: 5, due: now.adding(milliseconds: -2),
        lastReview: now.adding(milliseconds: -3 * Timestamp.day)), reviews: 1)
    progress["c3"] = CardProgress(suspended: true)
    progress["c4"] = CardProgress(buriedUntil: now.adding(milliseconds: Timestamp.hour))
    let queue = StudyQueue.build(
      decks: [deck(8)], progress: ["t": progress], newCardsStudiedToday: 1,
      options: StudyOptions(newCardLimit: 3), now: now)
    #expect(queue.map(\.card.id.rawValue) == ["c1", "c2", "c5", "c0", "c6"])
    #expect(queue.map(\.reason) == [.learning, .review, .new, .review, .new])
  }

  @Test func interleaveSpreadsEvenly() {
    #expect(StudyQueue.interleave(["r1", "r2", "r3", "r4"], ["n1", "n2"]) == ["r1", "r2", "n1", "r3", "r4", "n2"])
    #expect(StudyQueue.interleave([], ["n1"]) == ["n1"])
  }

  @Test func daysRollOverAtTheConfiguredLocalHour() {
    // 2024-03-01T22:30Z is 03:30 on 2 March in UTC+5: still the study day of 1 March.
    let day = StudyCalendar(utcOffsetSeconds: 5 * 3600, rolloverHour: 4)
    let time = ISO8601Milliseconds.parse("2024-03-01T22:30:00Z") ?? Timestamp(milliseconds: 0)
    let later = ISO8601Milliseconds.parse("2024-03-01T23:30:00Z") ?? Timestamp(milliseconds: 0)
    #expect(day.day(of: later) == day.day(of: time) + 1)
    #expect(day.startOfNextDay(after: time) == ISO8601Milliseconds.parse("2024-03-01T23:00:00Z"))
  }
}

@Suite struct StudyQueueSiblingTests {
  @Test func siblingsOfANoteComeAfterTheFirstCardOfEveryNote() throws {
    let text =
      "# T\n\nQ: Capital?\nA: Astana\nReverse: yes\nid: cap\n\nC: [A] and [B].\nid: ab\n\nQ: Other?\nA: x\nid: other\n"
    let deck = try #require(DeckParser.parse(text: text, origin: "t.md").deck)
    let items = deck.cards.map { StudyItem(deck: "t", card: $0, progress: CardProgress(), reason: .new) }
    let order = StudyQueue.spreadSiblings(items).map(\.card.id.rawValue)
    #expect(order == ["cap", "ab#1", "other", "cap~r", "ab#2"])
  }
}

@Suite struct StudyQueueStudiedSiblingTests {
  @Test func aSiblingStudiedTodaySendsTheNewCardToTheBack() throws {
    let text =
      "# T\n\nQ: Capital?\nA: Astana\nReverse: yes\nid: cap\n\nQ: One?\nA: 1\nid: one\n\nQ: Two?\nA: 2\nid: two\n"
    let deck = try #require(DeckParser.parse(text: text, origin: "t.md").deck)
    let now = Timestamp(milliseconds: 1_700_000_000_000)
    let memory = MemoryState(
      phase: .review, step: nil, stability: 10, difficulty: 5, due: now.adding(milliseconds: 10 * Timestamp.day),
      lastReview: now.adding(milliseconds: -Timestamp.minute))
    let progress = ["t": [CardID("cap"): CardProgress(memory: memory, reviews: 1)]]
    let queue = StudyQueue.build(
      decks: [deck], progress: progress, newCardsStudiedToday: 1, options: StudyOptions(burySiblings: false), now: now)
    #expect(queue.map(\.card.id.rawValue) == ["one", "two", "cap~r"])
  }

  /// As Anki buries siblings by default: once a card was studied today, the other cards of its
  /// note (new or review) wait for tomorrow; a learning card keeps its steps.
  @Test func aSiblingStudiedTodayIsBuriedUntilTomorrow() throws {
    let text =
      "# T\n\nQ: Capital?\nA: Astana\nReverse: yes\nid: cap\n\nC: [Astana] is on the [Ishim].\nid: river\n\n"
      + "Q: One?\nA: 1\nid: one\n"
    let deck = try #require(DeckParser.parse(text: text, origin: "t.md").deck)
    let now = Timestamp(milliseconds: 1_700_000_000_000)
    let studied = MemoryState(
      phase: .review, step: nil, stability: 10, difficulty: 5, due: now.adding(milliseconds: 10 * Timestamp.day),
      lastReview: now.adding(milliseconds: -Timestamp.minute))
    let learning = MemoryState(
      phase: .learning, step: 1, stability: 1, difficulty: 5, due: now.adding(milliseconds: -Timestamp.minute),
      lastReview: now.adding(milliseconds: -10 * Timestamp.minute))
    let progress = [
      "t": [
        CardID("cap"): CardProgress(memory: studied, reviews: 1),
        CardID("river#1"): CardProgress(memory: learning, reviews: 1),
      ]
    ]
    let queue = StudyQueue.build(
      decks: [deck], progress: progress, newCardsStudiedToday: 2, options: StudyOptions(), now: now)
    #expect(queue.map(\.card.id.rawValue) == ["river#1", "one"])
    let tomorrow = now.adding(milliseconds: Timestamp.day)
    let next = StudyQueue.build(
      decks: [deck], progress: progress, newCardsStudiedToday: 0, options: StudyOptions(), now: tomorrow)
    #expect(Set(next.map(\.card.id.rawValue)).isSuperset(of: ["cap~r", "river#2", "one"]))
  }

  /// Generated decks make one note per card; cards from one source line are siblings too.
  @Test func cardsOfOneSourceLineAreSiblings() throws {
    let text =
      "# T\n\nC: [Astana] is the capital.\nid: a\nSource: line 3\n\nC: It was founded in [1830].\nid: b\nSource: line 3\n\n"
      + "C: It lies on the [Ishim].\nid: c\nSource: line 5\n"
    let deck = try #require(DeckParser.parse(text: text, origin: "t.md").deck)
    let now = Timestamp(milliseconds: 1_700_000_000_000)
    let studied = MemoryState(
      phase: .review, step: nil, stability: 10, difficulty: 5, due: now.adding(milliseconds: 10 * Timestamp.day),
      lastReview: now.adding(milliseconds: -Timestamp.minute))
    let progress = ["t": [CardID("a"): CardProgress(memory: studied, reviews: 1)]]
    let queue = StudyQueue.build(
      decks: [deck], progress: progress, newCardsStudiedToday: 1, options: StudyOptions(), now: now)
    #expect(queue.map(\.card.id.rawValue) == ["c"])
  }
}

@Suite struct StudyQueueOptionOrderTests {
  func item(reviews: Int) throws -> StudyItem {
    let text = "# T\n\nM: Which?\n- [x] right\n- [ ] two\n- [ ] three\n- [ ] four\nid: m\n"
    let card = try #require(DeckParser.parse(text: text, origin: "t.md").deck?.cards.first)
    return StudyItem(deck: "t", card: card, progress: CardProgress(reviews: reviews), reason: .new)
  }

  @Test func optionsAreShuffledTheSameWayForTheSameReview() throws {
    let first = StudyQueue.shufflingOptions(try item(reviews: 0))
    let again = StudyQueue.shufflingOptions(try item(reviews: 0))
    #expect(first.card.options == again.card.options)
    #expect(Set(first.card.options) == ["right", "two", "three", "four"])
    #expect(first.card.answer == .text("right"))
  }

  @Test func theRightOptionMovesBetweenReviews() throws {
    let positions = try (0..<12).map { reviews in
      StudyQueue.shufflingOptions(try item(reviews: reviews)).card.options.firstIndex(of: "right")
    }
    #expect(Set(positions).count > 1)
  }
}

/// The daily new-card limit is each deck's: a session over all decks brings what sessions deck by
/// deck would, so what is due overall is the sum of what is due in each deck.
@Suite struct StudyQueuePerDeckLimitTests {
  static let now = Timestamp(milliseconds: 1_700_000_000_000)

  func deck(_ name: String, _ count: Int) -> Deck {
    Deck(
      title: name, origin: "\(name).md",
      notes: (0..<count).map {
        Note(content: .qa(question: "q\($0)", answer: "a\($0)", reverse: false), explicitID: "c\($0)")
      })
  }

  @Test func eachDeckHasItsOwnLimit() throws {
    let decks = [deck("alpha", 5), deck("beta", 30)]
    let options = StudyOptions(newCardLimit: 20)
    let store = InMemoryReviewStore()
    let all = try StudyQueue.due(decks: decks, store: store, options: options, now: Self.now)
    #expect(all.new == 25)
    let each = try decks.map { try StudyQueue.due(decks: [$0], store: store, options: options, now: Self.now) }
    #expect(each.map(\.new) == [5, 20])
    let queue = StudyQueue.build(
      decks: decks, progress: [:], newCardsStudiedToday: ["beta": 18], options: options, now: Self.now)
    #expect(queue.filter { $0.deck == "alpha" }.count == 5)
    #expect(queue.filter { $0.deck == "beta" }.count == 2, "18 of beta's 20 were introduced today")
  }
}
