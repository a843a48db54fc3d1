/// The four ways a quiz can ask about a card.
public enum QuizQuestionKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// Pick the right answer among four options.
  case mcq
  /// Type the answer.
  case typed
  /// Type the items of a list.
  case list
  /// Say whether a statement is true.
  case trueFalse = "truefalse"

  /// A short name for people and tables.
  public var displayName: String {
    switch self {
    case .mcq: "choice"
    case .typed: "typed"
    case .list: "list"
    case .trueFalse: "true/false"
    }
  }
}

/// One question of a quiz, built from one card.
public struct QuizQuestion: Hashable, Sendable {
  /// The card the question asks about.
  public var card: CardID
  /// How the question is asked.
  public var kind: QuizQuestionKind
  /// What is shown: the card's prompt, or for true/false the statement to judge.
  public var prompt: String
  /// The options of a multiple-choice question in the order shown (the answer among them).
  public var options: [String]
  /// The index of the correct option of a multiple-choice question.
  public var correctOption: Int?
  /// For true/false: whether the statement shown is true.
  public var statementIsTrue: Bool?
  /// The answer shown after the question: the card's answer, or `true`/`false`.
  public var expected: String
  /// Answers accepted for a typed question (the answer and the card's alternatives).
  public var accepted: [String]
  /// The items of a list question, and whether their order matters.
  public var items: [String]
  /// Whether a list question's items must come in order.
  public var ordered: Bool
  /// The topic of the card, if any.
  public var topic: String?
  /// The kind of the card's answer, which chose the wrong options.
  public var answerKind: AnswerKind

  /// Creates a question.
  public init(
    card: CardID, kind: QuizQuestionKind, prompt: String, options: [String] = [], correctOption: Int? = nil,
    statementIsTrue: Bool? = nil, expected: String, accepted: [String] = [], items: [String] = [],
    ordered: Bool = false, topic: String? = nil, answerKind: AnswerKind = .phrase
  ) {
    self.card = card
    self.kind = kind
    self.prompt = prompt
    self.options = options
    self.correctOption = correctOption
    self.statementIsTrue = statementIsTrue
    self.expected = expected
    self.accepted = accepted
    self.items = items
    self.ordered = ordered
    self.topic = topic
    self.answerKind = answerKind
  }

  /// The letters of the options: `a`, `b`, `c`, `d`.
  public static let optionLetters: [String] = OptionChoice.letters

  /// The question with its options in another order (a multiple choice of two options or more),
  /// so that a question asked again cannot be answered by the position remembered from before.
  public func reshuffled(using generator: inout SeededGenerator) -> QuizQuestion {
    guard kind == .mcq, options.count > 1, let correctOption else { return self }
    let identity = Array(options.indices)
    var order = generator.shuffle(identity)
    if order == identity { order = Array(order.dropFirst()) + [order[0]] }
    var copy = self
    copy.options = order.map { options[$0] }
    copy.correctOption = order.firstIndex(of: correctOption)
    return copy
  }

  /// The answer as people see it in the result table: `b) 2006` for a multiple-choice question.
  public var expectedDisplay: String {
    if kind == .mcq, let index = correctOption, options.indices.contains(index),
      QuizQuestion.optionLetters.indices.contains(index)
    {
      return "\(QuizQuestion.optionLetters[index])) \(options[index])"
    }
    return expected
  }
}
