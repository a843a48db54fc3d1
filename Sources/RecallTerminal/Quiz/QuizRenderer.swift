import Foundation
import RecallCore

/// The text of a quiz: its header, each question, the prompt with its countdown, feedback after an
/// answer and the result table. Deck text passes through `Sanitizer` before it is shown.
public struct QuizRenderer: Sendable {
  /// Colours, or none.
  public var style: TextStyle

  /// Creates a renderer.
  public init(style: TextStyle = .plain) {
    self.style = style
  }

  /// The lines before the first question.
  public func header(title: String, session: QuizSession, seed: UInt64) -> String {
    var limits: [String] = []
    if let perQuestion = session.timing.perQuestion {
      limits.append("\(QuizDuration(milliseconds: perQuestion)) per question")
    }
    if let total = session.timing.total { limits.append("\(QuizDuration(milliseconds: total)) in all") }
    let count = session.questions.count
    var text = style.heading("Quiz on \u{201C}\(Sanitizer.clean(title))\u{201D}") + ": \(count) question"
    text += count == 1 ? "" : "s"
    text += limits.isEmpty ? "" : ", " + limits.joined(separator: ", ")
    text += " (seed \(seed))\n"
    text += style.dim("Answer with a letter or number, t or f, or a list's items separated by commas.")
    return text + "\n"
  }

  /// The note shown under the header when fewer cards fit the quiz than questions were asked
  /// for: `only 4 new cards under the topic "Capitals" in deck "geo"; the quiz has 4 questions, not 10.`
  public func shortfall(questions: Int, request: QuizRequest, deck: String) -> String {
    var cards = "\(questions) " + (request.focus == .new ? "new " : "") + (questions == 1 ? "card" : "cards")
    if let topic = request.topic { cards += " under the topic \"\(Sanitizer.clean(topic))\"" }
    cards += " in deck \"\(Sanitizer.clean(deck))\""
    if request.kinds != Set(QuizQuestionKind.allCases) {
      let kinds = QuizQuestionKind.allCases.filter { request.kinds.contains($0) }.map(\.rawValue)
      cards += " can be asked as " + kinds.joined(separator: ", ")
    }
    let asked = "\(questions) question" + (questions == 1 ? "" : "s")
    return style.warning("only \(cards); the quiz has \(asked), not \(request.count).") + "\n"
  }

  /// A question as shown before its prompt.
  public func question(_ question: QuizQuestion, number: Int, of count: Int) -> String {
    var label = "Question \(number) of \(count) \u{00B7} \(question.kind.displayName)"
    if let topic = question.topic { label += " \u{00B7} " + Sanitizer.clean(topic) }
    var text = "\n" + style.dim(label) + "\n"
    let prompt = (question.kind == .trueFalse ? "True or false? " : "") + Sanitizer.clean(question.prompt)
    text += wrap(prompt) + "\n"
    switch question.kind {
    case .list:
      text += style.dim("(\(question.items.count) items\(question.ordered ? ", in order" : ""), separated by commas)")
      text += "\n"
    case .mcq:
      for (index, option) in question.options.enumerated() where index < QuizQuestion.optionLetters.count {
        text += wrap("  \(QuizQuestion.optionLetters[index])) \(Sanitizer.clean(option))", indent: "     ") + "\n"
      }
    case .trueFalse, .typed:
      break
    }
    return text
  }

  /// `text` wrapped to the terminal's width (as is when output is not a terminal).
  func wrap(_ text: String, indent: String = "") -> String {
    TextWrap.wrapped(text, width: style.columns, indent: indent)
  }

  /// The prompt with the time left for the question (and, when `quizExtra` is given, for the quiz:
  /// the milliseconds the quiz runs on after the question's deadline).
  public func prompt(remaining: Int64?, quizExtra: Int64? = nil) -> String {
    guard let remaining else { return "> " }
    var clock = Self.countdown(remaining)
    if let quizExtra, quizExtra > 0 { clock += " | quiz " + Self.countdown(remaining + quizExtra) }
    return "[\(clock)] > "
  }

  /// Time left as people read it: `7s`, `1m05s`; whole seconds rounded up, so `0s` means none.
  public static func countdown(_ milliseconds: Int64) -> String {
    let seconds = (max(0, milliseconds) + 999) / 1000
    guard seconds >= 60 else { return "\(seconds)s" }
    let rest = seconds % 60
    return "\(seconds / 60)m" + (rest < 10 ? "0" : "") + "\(rest)s"
  }

  /// Seconds with one decimal: `1.4s`.
  public static func seconds(_ milliseconds: Int64) -> String {
    let tenths = (max(0, milliseconds) + 50) / 100
    return "\(tenths / 10).\(tenths % 10)s"
  }

  /// What is said after a question ends; an unscored re-drill shows no points.
  public func feedback(_ event: QuizEvent, scored: Bool = true) -> String {
    switch event {
    case .answered(let answer):
      let took = Self.seconds(answer.elapsedMilliseconds)
      switch answer.outcome {
      case .correct:
        return style.success("\u{2713} right") + (scored ? " (+\(answer.points) points, \(took))\n" : " (\(took))\n")
      case .partial:
        let items = answer.question.items.count
        let right = Int((answer.credit * Double(items)).rounded())
        return wrap(
          style.warning("~ partly right: \(right) of \(items)") + (scored ? " (+\(answer.points) points)" : "")
            + " \u{2014} the answer: " + style.answer(Sanitizer.clean(answer.question.expectedDisplay))) + "\n"
      case .wrong, .timedOut:
        return wrap(
          style.error("\u{2717} wrong") + " \u{2014} the answer: "
            + style.answer(Sanitizer.clean(answer.question.expectedDisplay))) + "\n"
      }
    case .timedOut(let answer):
      return timeUp(answer)
    case .quizTimeUp(let answer):
      return (answer.map(timeUp) ?? "") + style.warning("The quiz time is over.") + "\n"
    case .invalid(let problem):
      return style.warning(Self.retry(problem)) + "\n"
    }
  }

  /// What to type instead of input that answers nothing; the clock keeps running meanwhile.
  static func retry(_ problem: QuizInputProblem) -> String {
    switch problem {
    case .notTrueOrFalse:
      return "answer t (true) or f (false)"
    case .notAnOption(let count):
      let letters = QuizQuestion.optionLetters.prefix(max(1, min(count, QuizQuestion.optionLetters.count)))
      let range = letters.count > 1 ? "\(letters.first ?? "a")\u{2013}\(letters.last ?? "a")" : "a"
      let numbers = count > 1 ? "1\u{2013}\(count)" : "1"
      return "answer with a letter (\(range)), a number (\(numbers)) or the option's text"
    }
  }

  private func timeUp(_ answer: QuizAnswer) -> String {
    wrap(
      style.error("\u{23F1} time's up") + " \u{2014} the answer: "
        + style.answer(Sanitizer.clean(answer.question.expectedDisplay))) + "\n"
  }

  /// The summary line and the table of every question asked, cut to fit the terminal (80 columns
  /// where output is not a terminal).
  public func result(_ result: QuizResult) -> String {
    let percent = Int((result.accuracy * 100).rounded())
    var text = "\n"
    if result.answers.isEmpty, result.endReason == .stopped {
      return text + "Quiz stopped before the first answer: no score and nothing in the history.\n"
    }
    if result.endReason == .stopped, result.answers.count < result.questionCount {
      text += "Quiz stopped after \(result.answers.count) of \(result.questionCount) questions.\n"
    }
    text +=
      wrap(
        style.bold(
          "Result: \(result.correctCount) of \(result.answers.count) right (\(percent)%), "
            + "\(result.points) of \(result.maxPoints) points")
          + ", \(Self.seconds(result.averageMilliseconds)) per question on average.") + "\n"
    guard !result.answers.isEmpty else { return text }
    // The question column takes what the other columns leave of the width: 38 of 80 columns.
    let questionWidth = max(12, (style.columns ?? 80) - 42)
    var rows = [["#", "question", "given", "correct", ""]]
    for (index, answer) in result.answers.enumerated() {
      let mark: String =
        switch answer.outcome {
        case .correct: "\u{2713}"
        case .partial: "~"
        case .wrong: "\u{2717}"
        case .timedOut: "\u{23F1}"
        }
      rows.append([
        String(index + 1), TextWrap.clip(answer.question.prompt, questionWidth),
        TextWrap.clip(answer.given ?? "\u{2014}", 12),
        TextWrap.clip(answer.question.expectedDisplay, 18), mark,
      ])
    }
    return text + Table.render(rows, header: true, style: style, textColumns: [1, 2, 3]) + missedInFull(result)
  }

  /// The questions not answered rightly, whole, under the table that had to cut them: the prompt,
  /// what was given and the answer.
  func missedInFull(_ result: QuizResult) -> String {
    let missed = result.answers.enumerated().filter { !$0.element.isCorrect }
    guard !missed.isEmpty else { return "" }
    var text = "\n" + style.bold("Missed") + "\n"
    for (index, answer) in missed {
      let question = answer.question
      let prompt = question.kind == .trueFalse ? "True or false? " + question.prompt : question.prompt
      let number = "\(index + 1). "
      let indent = String(repeating: " ", count: number.count)
      text += wrap(number + Sanitizer.clean(prompt.replacingOccurrences(of: "\n", with: " ")), indent: indent) + "\n"
      let given = answer.given.map { Sanitizer.clean($0) } ?? "\u{2014}"
      text +=
        wrap(
          indent + "you: \(given)  \u{00B7}  answer: " + style.answer(Sanitizer.clean(question.expectedDisplay)),
          indent: indent) + "\n"
    }
    return text
  }

  /// The question offering a re-drill of the missed questions.
  public func redrillOffer(missed: Int) -> String {
    "\nRe-drill the \(missed) missed question\(missed == 1 ? "" : "s") without the clock? [y/N] "
  }
}
