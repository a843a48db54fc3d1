/// The settings of a quiz as saved with its run, so history can tell runs apart.
public struct QuizSettings: Hashable, Sendable {
  /// The request that built the questions.
  public var request: QuizRequest
  /// The time limits.
  public var timing: QuizTiming
  /// Whether answers also moved the study schedule.
  public var updatesSchedule: Bool

  /// Creates quiz settings.
  public init(request: QuizRequest, timing: QuizTiming, updatesSchedule: Bool = false) {
    self.request = request
    self.timing = timing
    self.updatesSchedule = updatesSchedule
  }

  /// The settings as the names and values a run record keeps.
  public var recordValues: [String: String] {
    var values: [String: String] = [
      "count": String(request.count),
      "kinds": request.kinds.map(\.rawValue).sorted().joined(separator: ","),
      "focus": request.focus.rawValue,
      "seed": String(request.seed),
      "update-schedule": updatesSchedule ? "yes" : "no",
    ]
    if let perQuestion = timing.perQuestion {
      values["per-question"] = QuizDuration(milliseconds: perQuestion).description
    }
    if let total = timing.total { values["time"] = QuizDuration(milliseconds: total).description }
    return values
  }
}

extension QuizAnswerRecord {
  /// The record of the `index`th answer of a quiz.
  public init(_ answer: QuizAnswer, index: Int) {
    self.init(
      index: index, card: answer.question.card, kind: answer.question.kind.rawValue, prompt: answer.question.prompt,
      given: answer.given, expected: answer.question.expectedDisplay, correct: answer.isCorrect,
      points: answer.points, responseMilliseconds: answer.elapsedMilliseconds,
      timedOut: answer.outcome == .timedOut)
  }
}

extension QuizRunRecord {
  /// The record of `session` as it stands (saved after every answer, so a run cut short is kept),
  /// on `deck` with `settings`. `id` is the store's id once the run was first saved.
  public init(id: Int64? = nil, deck: String, session: QuizSession, settings: QuizSettings) {
    let result = session.result
    var values = settings.recordValues
    values["max-points"] = String(result.maxPoints)
    if let reason = session.endReason { values["ended-by"] = reason.rawValue }
    self.init(
      id: id, deck: deck, topic: settings.request.topic, started: session.startedAt ?? Timestamp(milliseconds: 0),
      ended: session.endedAt, settings: values, score: result.points, questionCount: result.answers.count,
      correctCount: result.correctCount,
      answers: result.answers.enumerated().map { QuizAnswerRecord($0.element, index: $0.offset) })
  }

  /// The most points the run could have given, when recorded.
  public var maxPoints: Int? { settings["max-points"].flatMap { Int($0) } }

  /// Whether the run was stopped before its end (Ctrl-C, end of input), or never ended at all.
  public var wasStopped: Bool {
    if let reason = settings["ended-by"] { return reason == QuizEndReason.stopped.rawValue }
    return ended == nil
  }
}
