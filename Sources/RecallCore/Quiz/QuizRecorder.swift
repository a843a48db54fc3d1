/// Saves a quiz as it goes: the run after every question, and with `--update-schedule` each new
/// answer into the review log as a quiz review that moves the card's schedule.
public final class QuizRecorder {
  private let deck: String
  private let settings: QuizSettings
  private let services: QuizServices
  private var runID: Int64?
  private var scheduled = 0

  /// Creates a recorder of quizzes on `deck`.
  public init(deck: String, settings: QuizSettings, services: QuizServices) {
    self.deck = deck
    self.settings = settings
    self.services = services
  }

  /// Saves `session` as it stands: the first save creates the run, later ones update it.
  public func save(_ session: QuizSession) throws {
    runID = try services.store.saveQuizRun(QuizRunRecord(id: runID, deck: deck, session: session, settings: settings))
    guard settings.updatesSchedule, scheduled < session.answers.count else { return }
    let progress = try services.store.progress(deck: deck)
    let started = session.startedAt ?? Timestamp(milliseconds: 0)
    while scheduled < session.answers.count {
      let answer = session.answers[scheduled]
      scheduled += 1
      // Each question starts when the one before ends, so its answer came at the running total.
      let elapsed = session.answers.prefix(scheduled).reduce(0) { $0 + $1.elapsedMilliseconds }
      let time = started.adding(milliseconds: elapsed)
      let card = progress[answer.question.card]
      let rating = answer.scheduleRating
      let after = services.schedule(card?.memory, rating, time, answer.question.card, card?.reviews ?? 0)
      try services.store.record(
        ReviewRecord(
          deck: deck, card: answer.question.card, time: time, rating: rating, answer: answer.given,
          responseMilliseconds: answer.elapsedMilliseconds, mode: .quiz, before: card?.memory, after: after))
    }
  }
}
