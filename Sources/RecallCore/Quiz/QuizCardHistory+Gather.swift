extension QuizCardHistory {
  /// The history of each card from its study progress and past quiz runs: predicted recall from
  /// `retrievability` (the scheduler's forgetting curve), misses as study lapses plus wrong quiz
  /// answers.
  public static func gather(
    progress: [CardID: CardProgress], quizRuns: [QuizRunRecord], retrievability: (MemoryState) -> Double?
  ) -> [CardID: QuizCardHistory] {
    var result: [CardID: QuizCardHistory] = [:]
    for (card, entry) in progress {
      result[card] = QuizCardHistory(
        retrievability: entry.memory.flatMap(retrievability), misses: entry.lapses, reviews: entry.reviews)
    }
    for run in quizRuns {
      for answer in run.answers where !answer.correct {
        result[answer.card, default: QuizCardHistory()].misses += 1
      }
    }
    return result
  }
}

extension QuizAnswer {
  /// The rating a quiz answer gives the study schedule under `--update-schedule`: right is Good,
  /// a partly right list Hard, wrong or timed out Again. Quizzes never rate Easy: a quick guess
  /// among four options says less than a recalled answer.
  public var scheduleRating: Rating {
    switch outcome {
    case .correct: .good
    case .partial: .hard
    case .wrong, .timedOut: .again
    }
  }
}
