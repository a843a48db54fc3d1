/// Past quiz runs with their personal bests: for each deck and topic, the run with the most points
/// (the earliest of equal runs) is the personal best. A run without a single right answer is
/// never a best, however few runs there are, and neither is a run stopped before its end: its
/// score is that of fewer questions, and stopping after a lucky start must not set a record.
public struct QuizHistory: Hashable, Sendable {
  /// One past run.
  public struct Entry: Hashable, Sendable {
    /// The run as saved.
    public var run: QuizRunRecord
    /// Whether this run holds the personal best of its deck and topic.
    public var isPersonalBest: Bool
  }

  /// The runs with at least one answer, oldest first.
  public var entries: [Entry]

  /// Builds the history of `runs` (in any order).
  public init(runs: [QuizRunRecord]) {
    // A run stopped before its first answer says nothing about the learner: it is left out.
    let sorted = runs.filter { $0.questionCount > 0 }.sorted { ($0.started, $0.id ?? 0) < ($1.started, $1.id ?? 0) }
    var best: [String: Int] = [:]
    for (index, run) in sorted.enumerated() where run.correctCount > 0 && !run.wasStopped {
      let key = Self.groupKey(run)
      if let current = best[key], sorted[current].score >= run.score { continue }
      best[key] = index
    }
    let bestIndices = Set(best.values)
    entries = sorted.enumerated().map { Entry(run: $0.element, isPersonalBest: bestIndices.contains($0.offset)) }
  }

  /// What personal bests are kept per: the deck and the topic (any topic when none).
  public static func groupKey(_ run: QuizRunRecord) -> String {
    run.deck + "\u{1}" + (run.topic?.lowercased() ?? "")
  }

  /// The accuracy of each run that was not stopped, oldest first, 0 to 1: the trend a sparkline
  /// draws. A stopped run is listed but left out of the trend, as it is of the personal bests.
  public var accuracyTrend: [Double] { entries.filter { !$0.run.wasStopped }.map(\.run.accuracy) }

  /// The personal best of each deck and topic, in the order the groups first appear.
  public var personalBests: [QuizRunRecord] { entries.filter(\.isPersonalBest).map(\.run) }
}
