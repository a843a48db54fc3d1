import RecallCore
import RecallStore

/// A small, fixed learning history of the `history` fixture deck, for golden statistics.
enum StatsFixture {
  /// The moment the statistics are taken: 2026-03-11T12:00:00Z, a Wednesday.
  static let now = Timestamp(milliseconds: 1_773_230_400_000)
  static let nowText = "2026-03-11T12:00:00Z"
  static let deck = "history"

  /// Writes the history into a new database at `path`.
  static func write(to path: String) throws {
    let store = SQLiteReviewStore(database: try RecallDatabase.open(path: path))
    var random = SeededGenerator(seed: 42)
    let cards: [(CardID, reviews: Int, forgetful: Bool)] = [
      ("independence-year", 9, false), ("first-president", 7, true), ("capital-move#1", 6, false),
      ("capital-move#2", 5, true), ("capital", 10, false), ("western-sea", 4, true), ("largest-city", 3, false),
      ("main-export", 1, false),
    ]
    for (index, (card, count, forgetful)) in cards.enumerated() {
      // Work out the ratings and stabilities first, then place the reviews so that each comes
      // when the one before fell due, and the last one lands a few days before `now`.
      var plan: [(rating: Rating, stability: Double)] = []
      var stability = 1.0
      for step in 0..<count {
        let forgot = forgetful && step % 3 == 2
        stability = forgot ? max(stability * 0.3, 0.5) : stability * 2.1
        plan.append((forgot ? .again : (step % 4 == 3 ? .easy : .good), stability))
      }
      let span = plan.dropLast().reduce(0.0) { $0 + $1.stability }
      let lastGap = Double(index % 4) + 0.4
      var time = now.adding(milliseconds: -Int64((span + lastGap) * Double(Timestamp.day)))
      var before: MemoryState?
      for (rating, stability) in plan {
        let forgot = rating == .again
        let after = MemoryState(
          phase: forgot ? .relearning : .review, step: forgot ? 0 : nil, stability: stability,
          difficulty: forgot ? 7.1 : 4.9,
          due: time.adding(milliseconds: Int64((forgot ? 1 : stability) * Double(Timestamp.day))), lastReview: time)
        try store.record(
          ReviewRecord(
            deck: deck, card: card, time: time, rating: rating, answer: nil,
            responseMilliseconds: 3_000 + Int64(random.next() % 9_000), before: before, after: after))
        before = after
        time = time.adding(
          milliseconds: Int64(stability * Double(Timestamp.day)) + Int64(random.next() % 3) * Timestamp.hour)
      }
    }
    try store.setSuspended(deck: deck, card: "largest-city", true)
    for (index, correct) in [2, 3, 3, 5, 4, 6].enumerated() {
      let started = now.adding(milliseconds: -Int64(12 - index * 2) * Timestamp.day)
      try store.saveQuizRun(
        QuizRunRecord(
          deck: deck, started: started, ended: started.adding(milliseconds: 90_000), score: correct * 10,
          questionCount: 6, correctCount: correct))
    }
  }
}
