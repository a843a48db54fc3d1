/// Quizzes check typed answers the way study sessions do: typos forgiven, numbers never changed,
/// alternatives accepted.
extension AnswerChecker: QuizAnswerChecking {
  /// Whether `given` is accepted for the first of `accepted`, with the rest as its alternatives.
  public func matches(_ given: String, accepted: [String]) -> Bool {
    guard let expected = accepted.first else { return false }
    return check(given, expected: expected, alternatives: Array(accepted.dropFirst())).isCorrect
  }
}
