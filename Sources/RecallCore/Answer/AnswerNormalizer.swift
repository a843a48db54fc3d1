import Foundation

/// Folds an answer to the form in which two answers are compared.
///
/// Case, diacritics, punctuation, quote styles, spacing and a leading article do not matter,
/// numbers written as words become digits, and so do ordinals (`16th`); `%` is `percent` and an
/// amount may be written either way (`AnswerForms`):
///
/// ```swift
/// AnswerNormalizer.normalize("  The “Nur-Sultan”! ")   // "nur sultan"
/// AnswerNormalizer.normalize("Thirty engineers")        // "30 engineers"
/// AnswerNormalizer.normalize("1,000")                   // "1000"
/// AnswerNormalizer.normalize("$64 million")             // "64000000 dollar"
/// AnswerNormalizer.normalize("Almaty")  == AnswerNormalizer.normalize("ALMATY")
/// ```
public enum AnswerNormalizer {
  /// Words dropped when they open an answer.
  public static let leadingArticles: Set<String> = ["the", "a", "an"]

  /// The words of `text`, folded: lower-case, no diacritics, punctuation as spaces, number words
  /// as digits, a leading article dropped (unless it is the only word).
  public static func words(_ text: String) -> [String] {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
      .lowercased()
    var cleaned = ""
    cleaned.unicodeScalars.reserveCapacity(folded.unicodeScalars.count)
    let scalars = Array(folded.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      let properties = scalar.properties
      if properties.isAlphabetic || properties.numericType != nil {
        cleaned.unicodeScalars.append(scalar)
      } else if isDigitSeparator(scalars, index) {
        // `1,000` and `3.5` keep their digits together: the comma goes, the decimal point stays.
        if scalar == "." { cleaned.unicodeScalars.append(scalar) }
      } else if let word = AnswerForms.word(for: scalar) {
        cleaned += " \(word) "
      } else if scalar == "'" || scalar == "’" {
        // `don't` and `dont` are the same word.
        continue
      } else {
        cleaned.unicodeScalars.append(" ")
      }
    }
    var words = AnswerForms.canonical(cleaned.split(separator: " ").map(String.init))
    words = NumberWords.replacingNumberWords(in: words)
    if words.count > 1, let first = words.first, leadingArticles.contains(first) {
      words.removeFirst()
    }
    return words
  }

  /// The folded form of `text`: its `words` joined by single spaces.
  public static func normalize(_ text: String) -> String {
    words(text).joined(separator: " ")
  }

  /// The numbers in folded `words`, in order: `["30", "engineers", "2006"]` gives `["30", "2006"]`.
  public static func numbers(in words: [String]) -> [String] {
    words.filter { word in word.contains(where: \.isNumber) }
  }

  private static func isDigitSeparator(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
    let scalar = scalars[index]
    guard scalar == "," || scalar == ".", index > 0, index + 1 < scalars.count else { return false }
    return scalars[index - 1].properties.numericType != nil && scalars[index + 1].properties.numericType != nil
  }
}
