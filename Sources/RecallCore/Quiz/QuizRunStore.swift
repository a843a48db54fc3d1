/// Where quiz runs are kept. The core declares it; RecallStore's SQLite store fulfils it, and
/// tests use an in-memory store.
public protocol QuizRunStore: AnyObject {
  /// Saves `run` and its answers in one transaction (replacing the saved run with the same id)
  /// and returns the run's id.
  @discardableResult
  func saveQuizRun(_ run: QuizRunRecord) throws -> Int64
  /// The saved runs of `deck` (all decks when nil), oldest first, with their answers when asked.
  func quizRuns(deck: String?, includeAnswers: Bool) throws -> [QuizRunRecord]
}
