import Foundation

/// Which option of a multiple choice a reply picks, read the same way in quizzes and in study: a
/// letter (`b`), the option's text, a number (`2`), or the text with a typo when only one option
/// fits it.
public enum OptionChoice {
  /// The letters options are labelled with: `a`, `b`, `c`, ...
  public static let letters: [String] = ["a", "b", "c", "d", "e", "f"]

  /// The label of the option at `index`: its letter, or its number past the last letter.
  public static func label(_ index: Int) -> String {
    letters.indices.contains(index) ? letters[index] : String(index + 1)
  }

  /// The index of the option `reply` picks among `options`; nil when it picks none.
  public static func index(of reply: String, options: [String], checker: any QuizAnswerChecking) -> Int? {
    let lower = reply.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .)"))
    if let index = letters.firstIndex(of: lower), options.indices.contains(index) { return index }
    // The option written out exactly (folded) comes before a position: with options 3, 4, 1, 2
    // a typed `4` means the value 4.
    let folded = AnswerEquivalence.normalize(reply)
    if let exact = options.firstIndex(where: { AnswerEquivalence.normalize($0) == folded }) { return exact }
    if let number = Int(lower), options.indices.contains(number - 1) { return number - 1 }
    // Then with typos forgiven, if only one option fits.
    let lenient = options.indices.filter { checker.matches(reply, accepted: [options[$0]]) }
    return lenient.count == 1 ? lenient.first : nil
  }
}
