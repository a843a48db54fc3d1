import RecallCore

/// A review and quiz-run store in memory, for tests of quizzes: progress is one table for every
/// deck (tests set it directly), and saves are counted.
public final class InMemoryQuizStore: ReviewStore, QuizRunStore {
  /// The progress of every card, whatever its deck.
  public var states: [CardID: CardProgress] = [:]
  /// The review log, oldest first.
  public var log: [ReviewRecord] = []
  /// The quiz runs, by id.
  public var runs: [Int64: QuizRunRecord] = [:]
  /// How many times a quiz run was saved.
  public var saves = 0

  /// Creates an empty store.
  public init() {}

  /// The progress of every card.
  public func progress(deck: String) throws -> [CardID: CardProgress] { states }

  /// Appends `review` and moves its card's state.
  public func record(_ review: ReviewRecord) throws {
    log.append(review)
    var entry = states[review.card] ?? CardProgress()
    entry.memory = review.after
    entry.reviews += 1
    states[review.card] = entry
  }

  /// Takes nothing back.
  public func undoLastReview(deck: String) throws -> ReviewRecord? { nil }
  /// Ignored.
  public func bury(deck: String, card: CardID, until: Timestamp) throws {}
  /// Ignored.
  public func setSuspended(deck: String, card: CardID, _ suspended: Bool) throws {}
  /// The whole log.
  public func reviewLog(deck: String?) throws -> [ReviewRecord] { log }

  /// Saves `run` (a new id when it has none) and counts the save.
  public func saveQuizRun(_ run: QuizRunRecord) throws -> Int64 {
    saves += 1
    let id = run.id ?? Int64(runs.count + 1)
    var saved = run
    saved.id = id
    runs[id] = saved
    return id
  }

  /// The runs of `deck` (all when nil), oldest first.
  public func quizRuns(deck: String?, includeAnswers: Bool) throws -> [QuizRunRecord] {
    runs.values.filter { deck == nil || $0.deck == deck }.sorted { ($0.started, $0.id ?? 0) < ($1.started, $1.id ?? 0) }
  }
}

extension InMemoryQuizStore {
  /// Quiz services over this store with fixed answers: every card's recall is 0.9, and a rating
  /// schedules the card a day ahead with the rating's value as its stability.
  public var fixedServices: QuizServices {
    QuizServices(
      store: self, retrievability: { _, _ in 0.9 },
      schedule: { _, rating, time, _, _ in
        MemoryState(
          phase: .review, step: nil, stability: Double(rating.rawValue), difficulty: 5,
          due: time.adding(milliseconds: Timestamp.day), lastReview: time)
      })
  }
}
