import RecallCore

extension QuizPlayer {
  /// Runs a quiz on `deck` at the terminal to its end and returns the finished session: the
  /// questions the core picks, asked by a `QuizRunner`, saved by a `QuizRecorder` after every
  /// question. When Ctrl-C stops it, the answers given are saved and the result shown as for any
  /// stopped quiz, then `QuizInterrupted` is thrown so that the command can exit as interrupted
  /// programs do (130).
  public static func play(
    deck: Deck, settings: QuizSettings, services: QuizServices, reader: any TimedLineReading, clock: any WallClock,
    renderer: QuizRenderer, write: @escaping (String) -> Void
  ) throws -> QuizSession {
    let questions = try questions(deck: deck, settings: settings, services: services, now: clock.now())
    let notice =
      isShort(questions, settings: settings)
      ? renderer.shortfall(questions: questions.count, request: settings.request, deck: deck.name) : nil
    let runner = QuizRunner(
      session: QuizSession(questions: questions, timing: settings.timing), title: deck.title,
      seed: settings.request.seed, reader: reader, clock: clock, renderer: renderer, notice: notice, write: write)
    let recorder = QuizRecorder(deck: deck.name, settings: settings, services: services)
    let session = try runner.run(save: recorder.save)
    if runner.wasInterrupted { throw QuizInterrupted(session: session) }
    return session
  }
}
