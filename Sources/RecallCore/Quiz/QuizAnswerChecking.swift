import Foundation

/// Decides whether a typed answer is right. Quizzes use the study sessions' `AnswerChecker` by
/// default (see `AnswerChecker+Quiz.swift`); tests may pass a stricter checker.
public protocol QuizAnswerChecking: Sendable {
  /// Whether `given` matches one of the `accepted` answers.
  func matches(_ given: String, accepted: [String]) -> Bool
}

/// A strict checker without typo forgiveness: answers match when they are equal after folding
/// case, diacritics, punctuation, spacing and a leading article, or when they are the same number
/// (`30` and `thirty`).
public struct NormalizingAnswerChecker: QuizAnswerChecking {
  /// Creates the checker.
  public init() {}

  /// Whether `given` matches one of the `accepted` answers.
  public func matches(_ given: String, accepted: [String]) -> Bool {
    let folded = AnswerEquivalence.normalize(given)
    guard !folded.isEmpty else { return false }
    return accepted.contains { candidate in
      AnswerEquivalence.normalize(candidate) == folded || AnswerEquivalence.sameNumber(given, candidate)
    }
  }
}

/// When two answers say the same thing, so that a quiz never offers both as options.
public enum AnswerEquivalence {
  private static let articles: Set<String> = ["the", "a", "an"]

  /// The answer with case, diacritics, punctuation, a leading article and extra spaces folded away.
  public static func normalize(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var cleaned = ""
    let scalars = Array(folded.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "%" {
        cleaned.unicodeScalars.append(scalar)
      } else if scalar == "." || scalar == "," || scalar == "'" || scalar == "\u{2019}" {
        // A decimal point between digits stays ("2.5" is not "25"); thousands separators,
        // apostrophes and full stops go ("1,500" is "1500", "U.N." is "un").
        let betweenDigits =
          index > 0 && index + 1 < scalars.count && scalars[index - 1].properties.numericType != nil
          && scalars[index + 1].properties.numericType != nil
        if scalar == ".", betweenDigits { cleaned.unicodeScalars.append(scalar) }
      } else {
        cleaned.append(" ")
      }
    }
    var words = cleaned.split(separator: " ").map(String.init)
    if words.count > 1, let first = words.first, articles.contains(first) { words.removeFirst() }
    return words.joined(separator: " ")
  }

  /// Whether both texts read as the same number (`30`, `thirty`, `30%`).
  public static func sameNumber(_ lhs: String, _ rhs: String) -> Bool {
    AnswerForm(lhs).hasSameNumber(as: AnswerForm(rhs))
  }

  /// Whether `lhs` and `rhs` could both be taken as the same answer: equal when folded, the same
  /// number, one the acronym of the other, or one contained word for word in the other.
  public static func areEquivalent(_ lhs: String, _ rhs: String) -> Bool {
    AnswerForm(lhs).isEquivalent(to: AnswerForm(rhs))
  }
}
