/// Cuts a run of nominal words joined by "and"/"or" into the noun phrases a reader would ask about.
///
/// A lone word before "and" is a shared modifier ("economic and political underdevelopment"); a lone
/// word at the end is a shared head's partner ("underdevelopment and degradation"); two phrases of
/// several words each are separate facts ("cultural diversity and global civilization").
enum NounPhraseShaper {
  /// The token ranges of the phrases in `tokens[first..<end]`.
  static func segments(_ tokens: [Token], _ first: Int, _ end: Int) -> [Range<Int>] {
    // Without "and" or "or" the run is one phrase.
    if !tokens[first..<end].contains(where: { $0.lower == "and" || $0.lower == "or" }) {
      return first < end ? trim(first..<end, tokens).map { [$0] } ?? [] : []
    }
    var parts: [Range<Int>] = []
    var start = first
    for index in first..<end where tokens[index].lower == "and" || tokens[index].lower == "or" {
      if index > start { parts.append(start..<index) }
      start = index + 1
    }
    if end > start { parts.append(start..<end) }
    var groups: [Range<Int>] = []
    var pending: Int?
    for (number, part) in parts.enumerated() {
      let from = pending ?? part.lowerBound
      if part.count == 1 && number + 1 < parts.count {
        pending = from
        continue
      }
      pending = nil
      if part.count == 1, let last = groups.last {
        groups[groups.count - 1] = last.lowerBound..<part.upperBound
      } else {
        groups.append(from..<part.upperBound)
      }
    }
    return groups.compactMap { trim($0, tokens) }
  }

  /// The range without leading participles or trailing words that cannot head a phrase.
  private static func trim(_ range: Range<Int>, _ tokens: [Token]) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, tokens[lower].tag == .participle, lower + 1 < upper,
      lower == 0 || ![.determiner, .preposition, .possessive].contains(tokens[lower - 1].tag)
    {
      lower += 1
    }
    while upper > lower, tokens[upper - 1].tag != .noun,
      !(tokens[upper - 1].tag == .participle && tokens[upper - 1].lower.hasSuffix("ing") && upper - lower > 1)
    {
      upper -= 1
    }
    while upper > lower, ["and", "or"].contains(tokens[upper - 1].lower) { upper -= 1 }
    return upper > lower ? lower..<upper : nil
  }
}
