/// Folds text for comparisons: lower case, straight quotes, no punctuation, single spaces.
enum TextNormalizer {
  /// Short words that carry no fact on their own.
  static let stopWords: Set<String> = [
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "are",
    "was", "were", "be", "been", "being", "that", "this", "these", "those", "it", "its", "their", "them", "they",
    "he", "she", "his", "her", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "all",
    "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own",
    "same", "so", "than", "too", "very", "can", "will", "just", "should", "now", "also", "into", "over", "after",
    "before", "under", "again", "further", "then", "once", "there", "here", "about", "above", "below",
    "between", "through", "during", "out", "up", "down", "off", "per", "via", "but", "if", "while", "because",
    "until", "against", "among", "whether", "must", "may", "might", "would", "could", "has", "have", "had", "do",
    "does", "did",
  ]

  /// `text` folded: lower case, curly quotes and dashes straightened, punctuation dropped except
  /// inside numbers, spaces collapsed.
  static func fold(_ text: String) -> String {
    let chars = Array(text.lowercased())
    var out: [Character] = []
    out.reserveCapacity(chars.count)
    for (index, char) in chars.enumerated() {
      var c = char
      switch c {
      case "\u{2019}", "\u{2018}": c = "'"
      case "\u{201C}", "\u{201D}": c = " "
      case "\u{2013}", "\u{2014}": c = "-"
      case "\"", "(", ")", "[", "]", "{", "}", ":", ";", "!", "?": c = " "
      case ".", ",":
        let prevDigit = index > 0 && chars[index - 1].isNumber
        let nextDigit = index + 1 < chars.count && chars[index + 1].isNumber
        if !(prevDigit && nextDigit) { c = " " }
      default: break
      }
      if c.isWhitespace {
        if let last = out.last, last != " " { out.append(" ") }
      } else {
        out.append(c)
      }
    }
    while out.last == " " { out.removeLast() }
    return String(out)
  }

  /// The words of `text` after folding.
  static func words(_ text: String) -> [String] {
    fold(text).split(separator: " ").map(String.init)
  }

  /// The content words of `text`: not stop words, longer than one letter, possessive dropped.
  static func contentWords(_ text: String) -> Set<String> {
    var result = Set<String>()
    for word in words(text) where (!stopWords.contains(word) && word.count > 1) || word.allSatisfy(\.isNumber) {
      var trimmed = Substring(word)
      while let last = trimmed.last, last == "'" || last == "s" { trimmed = trimmed.dropLast() }
      result.insert(String(trimmed))
    }
    return result
  }

  /// Whether folded `haystack` contains folded `needle` as whole words.
  static func containsWords(_ haystack: String, _ needle: String) -> Bool {
    guard !needle.isEmpty else { return false }
    let hay = " " + haystack + " "
    var search = hay[...]
    while let range = search.range(of: needle) {
      let before = hay[hay.index(before: range.lowerBound)]
      let after = range.upperBound < hay.endIndex ? hay[range.upperBound] : " "
      let boundary: (Character) -> Bool = { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
      if boundary(before) && boundary(after) { return true }
      search = hay[hay.index(after: range.lowerBound)...]
    }
    return false
  }

  /// How many times folded `needle` occurs in folded `haystack` as whole words.
  static func occurrences(of needle: String, in haystack: String) -> Int {
    guard !needle.isEmpty else { return 0 }
    var count = 0
    var rest = Substring(" " + haystack + " ")
    while let range = rest.range(of: " " + needle + " ") {
      count += 1
      rest = rest[rest.index(before: range.upperBound)...]
    }
    return count
  }
}
