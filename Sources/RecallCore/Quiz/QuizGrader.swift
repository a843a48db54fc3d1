import Foundation

/// Grades what a learner typed for a question: an option letter for a choice, true or false for a
/// statement, the answer for a typed question, items for a list.
public struct QuizGrader: Sendable {
  /// The checker that compares typed answers.
  public var checker: any QuizAnswerChecking

  /// Creates a grader over `checker`.
  public init(checker: any QuizAnswerChecking = AnswerChecker()) {
    self.checker = checker
  }

  /// The share of `given` that answers `question`, 0 to 1.
  public func credit(for given: String, question: QuizQuestion) -> Double {
    let text = given.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return 0 }
    switch question.kind {
    case .mcq:
      return chosenOption(text, question: question) == question.correctOption ? 1 : 0
    case .trueFalse:
      guard let said = Self.truthValue(text), let truth = question.statementIsTrue else { return 0 }
      return said == truth ? 1 : 0
    case .typed:
      return checker.matches(text, accepted: question.accepted) ? 1 : 0
    case .list:
      return listCredit(text, question: question)
    }
  }

  /// The option `text` picks: a letter (`b`), the option's text, a position (`2`) or the text with
  /// a typo; nil if none.
  public func chosenOption(_ text: String, question: QuizQuestion) -> Int? {
    OptionChoice.index(of: text, options: question.options, checker: checker)
  }

  /// Why `text` cannot be taken as an answer to `question` at all (not an option, neither true
  /// nor false), so it is asked again; nil when it is an answer, right or wrong.
  public func inputProblem(_ text: String, question: QuizQuestion) -> QuizInputProblem? {
    switch question.kind {
    case .mcq:
      return chosenOption(text, question: question) == nil ? .notAnOption(count: question.options.count) : nil
    case .trueFalse:
      return Self.truthValue(text) == nil ? .notTrueOrFalse : nil
    case .typed, .list:
      return nil
    }
  }

  /// `true` for t/true/y/yes, `false` for f/false/n/no; nil otherwise.
  public static func truthValue(_ text: String) -> Bool? {
    switch text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .!")) {
    case "t", "true", "y", "yes", "right", "correct": true
    case "f", "false", "n", "no", "wrong", "incorrect": false
    default: nil
    }
  }

  private func listCredit(_ text: String, question: QuizQuestion) -> Double {
    guard !question.items.isEmpty else { return 0 }
    let given = AnswerChecker().splitList(text, items: question.items)
    var matched = 0
    if question.ordered {
      for (index, item) in question.items.enumerated() where index < given.count {
        if checker.matches(given[index], accepted: [item]) { matched += 1 }
      }
    } else {
      var unused = given
      for item in question.items {
        if let found = unused.firstIndex(where: { checker.matches($0, accepted: [item]) }) {
          unused.remove(at: found)
          matched += 1
        }
      }
    }
    return Double(matched) / Double(question.items.count)
  }
}

/// Input that answers nothing for the kind of question asked: the question is asked again.
public enum QuizInputProblem: Hashable, Sendable {
  /// Not one of the `count` options of a multiple-choice question.
  case notAnOption(count: Int)
  /// Neither true nor false.
  case notTrueOrFalse
}
