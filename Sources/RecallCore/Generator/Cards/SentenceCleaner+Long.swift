/// Long sentences cut into prompts a student can read at a glance.
extension SentenceCleaner {
  /// Conjunctions after a comma that open a second clause able to stand alone.
  private static let clauseBreaks = [", while ", ", whereas ", ", but ", ", although ", ", though ", "; "]

  /// Words opening a trailing phrase that can go without breaking the sentence ("..., off the coast").
  private static let droppableTails: Set<String> = [
    "off", "along", "near", "including", "which", "where", "making", "bringing", "leaving", "such", "with",
    "from", "in", "on", "at", "as", "after", "before", "during", "following", "between", "among", "under",
  ]

  /// `clause` as it is when short enough, otherwise cut at a clause boundary into parts of at most
  /// `CardRules.maxPromptWords` words, or shortened by its trailing phrases; parts still too long
  /// are left for the checks to drop.
  func shortened(_ clause: String) -> [String] {
    guard Self.wordCount(clause) > CardRules.maxPromptWords else { return [clause] }
    for separator in Self.clauseBreaks {
      guard let range = clause.range(of: separator) else { continue }
      let first = String(clause[..<range.lowerBound])
      let second = String(clause[range.upperBound...])
      guard Self.wordCount(first) >= 6, Self.wordCount(second) >= 6 else { continue }
      let ended = first.last.map { ".!?".contains($0) } ?? false ? first : first + "."
      return shortened(ended) + shortened(capitalizeFirst(second))
    }
    // Trailing phrases set off by commas go, last first, while the sentence is too long.
    var text = clause
    let end = text.last.map { ".!?".contains($0) } ?? false ? String(text.removeLast()) : ""
    while Self.wordCount(text) > CardRules.maxPromptWords, let comma = text.range(of: ", ", options: .backwards) {
      let tail = text[comma.upperBound...]
      let word = tail.prefix { $0.fastIsLetter }.lowercased()
      guard Self.droppableTails.contains(word), Self.wordCount(String(text[..<comma.lowerBound])) >= 8 else { break }
      text = String(text[..<comma.lowerBound])
    }
    return [text + end]
  }

  /// The words of `text`, counted as runs of characters other than spaces.
  static func wordCount(_ text: String) -> Int {
    DocumentOutline.List.wordCount(text, atMost: 1_000)
  }
}
