import Foundation

/// What can go wrong setting up a quiz. The text people see is written here and nowhere else.
public enum QuizError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A duration that cannot be read.
  case invalidDuration(String)
  /// A duration of zero.
  case emptyDuration(String)
  /// A question kind that does not exist.
  case unknownKind(String)
  /// A focus that does not exist.
  case unknownFocus(String)
  /// A question count below one.
  case invalidCount(Int)
  /// A topic the deck does not have; carries the deck's topics and its name.
  case unknownTopic(String, known: [String], deck: String? = nil)
  /// No card of the deck fits the request.
  case noQuestions(deck: String, focus: QuizFocus)

  /// The message for people: lower-case, quoting the value, saying what to do next.
  public var description: String {
    switch self {
    case .invalidDuration(let text):
      "invalid duration \"\(text)\": write it like 90s, 5m or 1m30s"
    case .emptyDuration(let text):
      "duration \"\(text)\" is zero: give a time longer than zero, like 30s"
    case .unknownKind(let text):
      "unknown question kind \"\(text)\": use mcq, typed, list or truefalse, separated by commas"
    case .unknownFocus(let text):
      "unknown focus \"\(text)\": use weak, new or all"
    case .invalidCount(let count):
      "invalid question count \(count): ask for at least 1 question"
    case .unknownTopic(let topic, let known, let deck):
      TopicLookupError(topic: topic, known: known, deck: deck).description
    case .noQuestions(let deck, let focus):
      focus == .all
        ? "no questions can be made from deck \"\(deck)\" with these kinds: try --kinds mcq,typed,list,truefalse"
        : "no \(focus.rawValue) cards to quiz in deck \"\(deck)\": try --focus all"
    }
  }

  /// Parses a comma-separated list of question kinds (`mcq,typed`); `tf` stands for `truefalse`.
  public static func kinds(from text: String) throws(QuizError) -> Set<QuizQuestionKind> {
    var result = Set<QuizQuestionKind>()
    for part in text.split(separator: ",") {
      let name = part.trimmingCharacters(in: .whitespaces).lowercased()
      switch name {
      case "mcq", "choice": result.insert(.mcq)
      case "typed", "type": result.insert(.typed)
      case "list", "lists": result.insert(.list)
      case "truefalse", "tf", "true/false", "true-false": result.insert(.trueFalse)
      default: throw .unknownKind(String(part))
      }
    }
    guard !result.isEmpty else { throw .unknownKind(text) }
    return result
  }
}
