import Foundation

/// An answer prepared once for the comparisons a quiz makes many times: folded text, words,
/// numeric value and initials.
public struct AnswerForm: Hashable, Sendable {
  /// The answer as written.
  public let text: String
  /// The folded answer (`AnswerEquivalence.normalize`).
  public let normalized: String
  private let words: [Substring]
  private let number: Double?
  private let letters: [Character]?
  private let initials: [Character]

  /// Prepares `text`.
  public init(_ text: String) {
    self.text = text
    normalized = AnswerEquivalence.normalize(text)
    words = normalized.split(separator: " ")
    number = AnswerNumbers.value(of: AnswerForm.strippedPercent(text))
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    letters = trimmed.contains(" ") ? nil : Array(trimmed.filter { $0.isLetter }.lowercased())
    initials = words.compactMap(\.first)
  }

  private static func strippedPercent(_ text: String) -> String {
    var result = text.trimmingCharacters(in: .whitespaces)
    if result.hasSuffix("%") { result.removeLast() }
    for suffix in [" percent", " per cent"] where result.lowercased().hasSuffix(suffix) {
      result.removeLast(suffix.count)
    }
    return result
  }

  /// Whether this answer and `other` could both be taken as the same answer: equal when folded,
  /// the same number, one the acronym of the other, or one contained word for word in the other.
  public func isEquivalent(to other: AnswerForm) -> Bool {
    if normalized.isEmpty || other.normalized.isEmpty { return normalized == other.normalized }
    if normalized == other.normalized { return true }
    if hasSameNumber(as: other) { return true }
    if isAcronym(of: other) || other.isAcronym(of: self) { return true }
    let (short, long) = words.count <= other.words.count ? (words, other.words) : (other.words, words)
    guard short.count < long.count else { return false }
    for start in 0...(long.count - short.count) where long[start..<(start + short.count)].elementsEqual(short) {
      return true
    }
    return false
  }

  /// Whether both answers read as the same number.
  public func hasSameNumber(as other: AnswerForm) -> Bool {
    guard let number, let otherNumber = other.number else { return false }
    return number == otherNumber
  }

  /// Whether this answer could be an acronym of `long`: its letters are initials of `long`'s words,
  /// in order, starting with the first (`UN`, `United Nations`; `CICA`, `Conference on Interaction
  /// and Confidence-Building Measures in Asia`). Erring towards yes only ever drops an option.
  func isAcronym(of long: AnswerForm) -> Bool {
    guard let letters, letters.count >= 2, long.initials.count >= 2, long.initials.first == letters.first else {
      return false
    }
    var position = 0
    for initial in long.initials where position < letters.count && initial == letters[position] {
      position += 1
    }
    return position == letters.count
  }
}
