import Foundation
import RecallCore

/// Runs a `StudySession` against a line reader: shows prompts, reads answers and ratings, and
/// handles the in-session commands `:undo`, `:bury`, `:suspend` and `:quit`.
///
/// Ctrl-C cancels the question and returns, saving nothing for the card shown (not even a typed
/// answer already checked, at its rating prompt); the end of input also returns, and is reported
/// so the REPL can leave.
public struct StudyRunner {
  /// How a run ended.
  public enum Ending: Sendable {
    /// Nothing left to study (the summary was shown).
    case finished
    /// The learner typed `:quit`.
    case stopped
    /// Ctrl-C.
    case interrupted
    /// Input ended (Ctrl-D or the end of a script).
    case endOfInput
  }

  private let context: ReplContext
  private let renderer: StudyRenderer

  /// Creates a runner writing through `context`.
  public init(context: ReplContext) {
    self.context = context
    self.renderer = StudyRenderer(style: context.style)
  }

  /// Runs `session` from its start until it finishes, is interrupted or input ends.
  public func run(_ session: StudySession) throws -> Ending {
    try session.start()
    var position = 0
    var shown = false
    while true {
      let ending: Ending?
      switch session.phase {
      case .finished:
        let left = (try? session.remaining()) ?? StudyCounts()
        let waiting = renderer.waiting(left, newCardLimit: session.options.newCardLimit)
        if position == 0 && session.summary.reviewed == 0 {
          context.say("nothing is due now\(waiting).")
        } else {
          context.say("nothing more is due now\(waiting); " + renderer.summary(session.summary) + ".")
        }
        return .finished
      case .prompting(let item):
        if !shown {
          position += 1
          let left = (try? session.remaining()) ?? StudyCounts(learning: 0, review: 0, new: 1)
          context.say()
          renderer.prompt(item, position: position, left: left, typed: session.mode == .typed).forEach {
            context.say($0)
          }
          shown = true
        }
        context.lastCard = (item.deck, item.card.id)
        ending = try readAnswer(session, item: item, shown: &shown)
      case .feedback(let item, let feedback, let intervals):
        renderer.feedback(feedback, card: item.card).forEach { context.say($0) }
        context.say(renderer.ratingLine(intervals, suggested: feedback.suggested))
        ending = try readRating(session, prompt: "Enter keeps \(feedback.suggested.name), 1-4 changes> ")
        shown = false
      case .revealed(let item, let intervals):
        renderer.answer(item.card).forEach { context.say($0) }
        context.say(renderer.ratingLine(intervals))
        ending = try readRating(session, prompt: "rate 1-4> ")
        shown = false
      }
      if let ending { return ending }
    }
  }

  private func readAnswer(_ session: StudySession, item: StudyItem, shown: inout Bool) throws -> Ending? {
    let prompt = session.mode == .flip ? "(Enter shows the answer) " : "answer> "
    switch context.reader.readLine(prompt: prompt) {
    case .interrupt:
      try session.stop()
      context.say("question cancelled; nothing was saved for it.")
      return .interrupted
    case .end:
      try session.stop()
      return .endOfInput
    case .line(let line):
      if line.hasPrefix(":") {
        let before = session.phase
        let ending = try sessionCommand(line, session)
        // The card is shown again only when the command changed it (:undo, :bury, :suspend); after a
        // mistyped command it is still on the screen, under the same number.
        if session.phase != before { shown = false }
        return ending
      }
      let answer = PastedAnswer.oneLine(line, asList: item.card.answer.isList)
      let options = item.card.options
      guard session.mode == .typed, !options.isEmpty else {
        try session.answer(answer)
        return nil
      }
      // A reply that picks no option (a slip of the finger, a stray word) is asked again, as in
      // quizzes, rather than graded wrong; an empty one is an answer not known.
      let trimmed = answer.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty {
        try session.answer("")
      } else if let chosen = OptionChoice.index(of: trimmed, options: options, checker: AnswerChecker()) {
        try session.answer(options[chosen])
      } else {
        context.say(QuizRenderer.retry(.notAnOption(count: options.count)) + ".")
      }
      return nil
    }
  }

  /// Reads a rating: `1`-`4` or a rating's name; in feedback an empty line keeps the suggestion.
  private func readRating(_ session: StudySession, prompt: String) throws -> Ending? {
    let optional: Bool
    if case .feedback = session.phase { optional = true } else { optional = false }
    while true {
      // Ctrl-C and Ctrl-D at a rating prompt take nothing for a rating, in either mode: the card
      // is left as it was, and that is said.
      switch context.reader.readLine(prompt: prompt) {
      case .interrupt:
        session.abandon()
        context.say("cancelled; nothing was saved for this card.")
        return .interrupted
      case .end:
        session.abandon()
        context.say("the card shown was not rated; nothing was saved for it.")
        return .endOfInput
      case .line(let line):
        let word = line.trimmingCharacters(in: .whitespaces).lowercased()
        if word.hasPrefix(":") { return try sessionCommand(word, session) }
        var rating: Rating?
        if let number = Int(word) {
          rating = Rating(rawValue: number)
        } else {
          rating = Rating.allCases.first { $0.name == word }
        }
        if rating == nil, !(optional && word.isEmpty) {
          context.say("type a rating from 1 (again) to 4 (easy)\(optional ? ", or press Enter to keep it" : "").")
          continue
        }
        saved(try session.rate(rating))
        return nil
      }
    }
  }

  private func saved(_ record: ReviewRecord) {
    context.summary.ratings[record.rating, default: 0] += 1
    context.ratedDecks.append(record.deck)
    context.lastCard = (record.deck, record.card)
    context.say(renderer.saved(record))
  }

  private func sessionCommand(_ line: String, _ session: StudySession) throws -> Ending? {
    let word = line.dropFirst().trimmingCharacters(in: .whitespaces).lowercased()
    switch word {
    case "undo":
      do {
        let record = try session.undo()
        context.summary.ratings[record.rating, default: 1] -= 1
        context.summary.undone += 1
        if !context.ratedDecks.isEmpty { context.ratedDecks.removeLast() }
        context.say("took back \(record.rating.name) for this card; it is asked again.")
      } catch StudySession.ActionError.nothingToUndo {
        context.say("nothing to undo in this session.")
      }
    case "bury":
      let card = session.currentItem.map { renderer.cardName($0.card) } ?? "the card"
      try session.bury()
      context.summary.buried += 1
      context.say("buried \(card) until tomorrow.")
    case "suspend":
      let item = session.currentItem
      let card = item.map { renderer.cardName($0.card) } ?? "the card"
      try session.suspend()
      context.summary.suspended += 1
      context.say("suspended \(card); `resume \(item.map { $0.card.id.rawValue } ?? "")` brings it back.")
    case "quit", "q", "stop":
      if let record = try session.stop() { saved(record) }
      context.say("stopped; " + renderer.summary(session.summary) + ".")
      return .stopped
    default:
      let known = ["undo", "bury", "suspend", "quit"]
      let guess = NameSuggestion.closest(to: word, among: known).first.map { "did you mean `:\($0)`? " } ?? ""
      context.say(
        "unknown session command `:\(Sanitizer.clean(word))`; \(guess)in a session :undo, :bury, :suspend and :quit work."
      )
    }
    return nil
  }
}
