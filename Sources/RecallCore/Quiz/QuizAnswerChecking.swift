import Foundation

/// Decides whether a typed answer is right. The quiz asks through this seam so that the study
/// sessions' answer checker can take over without the quiz changing.
public protocol QuizAnswerChecking: Sendable {
  /// Whether `given` matches one of the `accepted` answers.
  func matches(_ given: String, accepted: [String]) -> Bool
}

/// A plain checker: answers match when they are equal after folding case, diacritics, punctuation,
/// spacing and a leading article, or when they are the same number (`30` and `thirty`).
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

  /// Whether both texts read as the same number.
  public static func sameNumber(_ lhs: String, _ rhs: String) -> Bool {
    guard let left = AnswerNumbers.value(of: strippedPercent(lhs)),
      let right = AnswerNumbers.value(of: strippedPercent(rhs))
    else { return false }
    return left == right
  }

  private static func strippedPercent(_ text: String) -> String {
    var result = text.trimmingCharacters(in: .whitespaces)
    if result.hasSuffix("%") { result.removeLast() }
    for suffix in [" percent", " per cent"] where result.lowercased().hasSuffix(suffix) {
      result.removeLast(suffix.count)
    }
    return result
  }

  /// Whether `lhs` and `rhs` could both be taken as the same answer: equal when folded, the same
  /// number, one the acronym of the other, or one contained word for word in the other.
  public static func areEquivalent(_ lhs: String, _ rhs: String) -> Bool {
    let left = normalize(lhs)
    let right = normalize(rhs)
    if left.isEmpty || right.isEmpty { return left == right }
    if left == right || sameNumber(lhs, rhs) { return true }
    if isAcronym(lhs, of: rhs) || isAcronym(rhs, of: lhs) { return true }
    let leftWords = left.split(separator: " ")
    let rightWords = right.split(separator: " ")
    let (short, long) = leftWords.count <= rightWords.count ? (leftWords, rightWords) : (rightWords, leftWords)
    guard short.count < long.count else { return false }
    for start in 0...(long.count - short.count) where Array(long[start..<(start + short.count)]) == short {
      return true
    }
    return false
  }

  /// Whether `short` is made of the initials of `long`'s words (`UN`, `United Nations`), with or
  /// without its small words (`of`, `and`, `the`).
  static func isAcronym(_ short: String, of long: String) -> Bool {
    let letters = short.filter { $0.isLetter }.lowercased()
    guard letters.count >= 2, !short.contains(" ") else { return false }
    let words = normalize(long).split(separator: " ")
    guard words.count >= 2 else { return false }
    let all = String(words.compactMap(\.first))
    let small: Set<Substring> = ["of", "and", "the", "for", "on", "in", "to", "a"]
    let significant = String(words.filter { !small.contains($0) }.compactMap(\.first))
    return letters == all || letters == significant
  }
}
