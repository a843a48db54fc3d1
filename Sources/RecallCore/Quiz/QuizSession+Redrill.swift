extension QuizSession {
  /// Whether the quiz ended with questions missed and may offer to go over them again (a
  /// stopped quiz never does: the learner asked to leave).
  public var offersRedrill: Bool {
    !result.missed.isEmpty && endReason != .stopped
  }

  /// A new session over the questions this one missed: untimed, scored as this one but not
  /// counted, each choice question with its options in a new order (seeded by `seed`, so a
  /// replayed quiz re-drills the same way).
  public func redrill(seed: UInt64) -> QuizSession {
    var generator = SeededGenerator.derived(seed: seed, label: "re-drill")
    let questions = result.missed.map { $0.reshuffled(using: &generator) }
    return QuizSession(questions: questions, timing: QuizTiming(), scoring: scoring, grader: grader)
  }
}
