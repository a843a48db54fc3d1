import GRDB
import RecallCore

/// Fills a database with a made-up but plausible history, for benchmarks: reviewed cards with
/// chains of reviews spread over the past, a share of new cards, and a share due today.
public struct SyntheticHistory: Sendable {
  /// The deck name written.
  public var deck: String
  /// Cards in all.
  public var cards: Int
  /// Reviews in all.
  public var reviews: Int
  /// How far back the history goes, in days.
  public var days: Int
  /// Share of cards never reviewed.
  public var newShare: Double
  /// Share of cards due today.
  public var dueTodayShare: Double
  /// The seed of the random choices.
  public var seed: UInt64

  /// Describes a history; defaults are the benchmark's shape.
  public init(
    deck: String = "bench", cards: Int = 100_000, reviews: Int = 2_000_000, days: Int = 730,
    newShare: Double = 0.12, dueTodayShare: Double = 0.02, seed: UInt64 = 1
  ) {
    self.deck = deck
    self.cards = cards
    self.reviews = reviews
    self.days = days
    self.newShare = newShare
    self.dueTodayShare = dueTodayShare
    self.seed = seed
  }

  /// The identity of card number `index`.
  public static func cardID(_ index: Int) -> CardID { CardID("card-\(index)") }

  /// Writes the history ending at `now` into `database`, in one transaction.
  public func write(into database: RecallDatabase, now: Timestamp) throws {
    var random = SeededGenerator(seed: seed)
    let newCards = Int(Double(cards) * newShare)
    let reviewed = max(cards - newCards, 1)
    let dueProbability = dueTodayShare * Double(cards) / Double(reviewed)
    let start = now.adding(milliseconds: -Int64(days) * Timestamp.day)
    try database.write { db in
      let insertReview = try db.makeStatement(sql: ReviewRow.insertSQL)
      let insertState = try db.makeStatement(
        sql: """
          INSERT INTO card_state (deck, card, phase, step, stability, difficulty, due, last_review, reps, lapses)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """)
      for index in 0..<cards {
        let card = Self.cardID(index)
        guard index < reviewed else {
          try insertState.execute(arguments: [deck, card.rawValue, nil, nil, nil, nil, nil, nil, 0, 0])
          continue
        }
        // Spread the reviews evenly over the cards; the first review falls somewhere in the span.
        let count = reviews / reviewed + (index < reviews % reviewed ? 1 : 0)
        let first = Int64(random.nextUnit() * Double(days / 2)) * Timestamp.day
        var time = start.adding(milliseconds: first + Int64(random.nextUnit() * Double(Timestamp.day)))
        let step = max(now.milliseconds(since: time) / Int64(count + 1), Timestamp.minute)
        var before: MemoryState?
        var lapses = 0
        for _ in 0..<count {
          let draw = random.nextUnit()
          let rating: Rating = draw < 0.1 ? .again : draw < 0.2 ? .hard : draw < 0.9 ? .good : .easy
          let stability = max((before?.stability ?? 1) * (rating == .again ? 0.3 : 1.6), 0.5)
          let phase: LearningPhase = rating == .again ? (before?.phase == .review ? .relearning : .learning) : .review
          let after = MemoryState(
            phase: phase, step: phase == .review ? nil : 0, stability: stability, difficulty: 5,
            due: time.adding(milliseconds: Int64(stability * Double(Timestamp.day))), lastReview: time)
          let review = ReviewRecord(
            deck: deck, card: card, time: time, rating: rating, answer: nil,
            responseMilliseconds: 2_000 + Int64(random.nextUnit() * 8_000), mode: .study, before: before, after: after)
          if ReviewRow.isLapse(review) { lapses += 1 }
          try insertReview.execute(arguments: ReviewRow.arguments(review))
          before = after
          time = time.adding(milliseconds: step / 2 + Int64(random.nextUnit() * Double(step)))
          if time > now { time = now.adding(milliseconds: -Int64(random.nextUnit() * Double(Timestamp.hour))) }
        }
        guard var final = before else { continue }
        // Place the current due date: a small share due today, the rest spread over the next year.
        let offset =
          random.nextUnit() < dueProbability
          ? -Int64(random.nextUnit() * Double(Timestamp.day))
          : Int64(1 + random.nextUnit() * 365) * Timestamp.day
        final.due = now.adding(milliseconds: offset)
        var values: [(any DatabaseValueConvertible)?] = [deck, card.rawValue]
        values += ReviewRow.stateValues(final)
        values += [count, lapses]
        try insertState.execute(arguments: StatementArguments(values))
      }
    }
  }
}
