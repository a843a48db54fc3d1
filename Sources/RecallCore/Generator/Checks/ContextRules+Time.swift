/// Time that a prompt states relative to something else: "three months later" (than what?),
/// "was 13 years old" (when?), and answers a reader works out from the years the prompt shows
/// ("retired in 1971" beside a gap of "9 December 1971"; "four years later, in 1814" beside a gap
/// of 1810).
extension CardRules {
  /// Units a span of time is counted in.
  static let timeUnits: Set<String> = [
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
    "centuries",
  ]

  /// Words after a span of time that count it from a time said before: "two years later".
  private static let relativeTimeWords: Set<String> = ["later", "earlier", "afterwards", "afterward", "on"]

  /// Words after a span of time that count it from or to another event: "two years after the war".
  private static let spanTimeWords: Set<String> = ["later", "earlier", "afterwards", "afterward", "before", "after"]

  /// Whether `token` is a year written in figures (1000 to 2199).
  static func isYear(_ token: Token) -> Bool {
    guard token.tag == .number, token.text.utf8.count == 4, let value = Int(token.text) else { return false }
    return (1000..<2200).contains(value)
  }

  /// Whether `token` counts something: figures or a number word ("three").
  private static func isCount(_ token: Token) -> Bool {
    token.tag == .number || Lexicon.numberWords[token.lower] != nil
  }

  /// The problem of a prompt whose time is relative to a time it does not say: "Three months
  /// later, the council met" with no year before it, or "Ada was 13 years old." with no year at all.
  static func relativeTimeProblem(_ tokens: [Token]) -> CardProblem? {
    var yearSeen = false
    for index in tokens.indices {
      if isYear(tokens[index]) { yearSeen = true }
      guard index + 2 < tokens.count, isCount(tokens[index]), timeUnits.contains(tokens[index + 1].lower)
      else { continue }
      let next = tokens[index + 2].lower
      // "Three months later": later than a time the sentence has not said.
      if relativeTimeWords.contains(next), !yearSeen {
        return .unresolvedReference(tokens[index...(index + 2)].map(\.text).joined(separator: " "))
      }
      // "Ada was 13 years old.": an age, with no time to place it.
      if next == "old", index > 0, ["was", "were", "is"].contains(tokens[index - 1].lower),
        !tokens.contains(where: { isYear($0) || $0.lower == "when" })
      {
        return .unresolvedReference(tokens[index...(index + 2)].map(\.text).joined(separator: " "))
      }
    }
    return nil
  }

  /// The problem of gapping `gap` of `tokens` when the rest of the prompt gives the answer away by
  /// its years: the answer's own year shown elsewhere ("retired in 1971 ... died on [9 December
  /// 1971]"), or a year reached by counting from another ("[1810] ... four years later, in 1814").
  static func workedOutProblem(tokens: [Token], gap: Range<Int>) -> CardProblem? {
    let inside = tokens[gap]
    let outside = tokens.indices.filter { !gap.contains($0) }
    let outsideYears = Set(outside.map { tokens[$0] }.filter(isYear).map(\.text))
    let answerYears = inside.filter(isYear).map(\.text)
    // A year said on its own ("in 1971"), not as part of another date ("on 2 July 1494").
    let bareYears = Set(
      outside.filter { index in
        isYear(tokens[index])
          && (index == 0 || !(Lexicon.months.contains(tokens[index - 1].lower) || tokens[index - 1].tag == .number))
      }.map { tokens[$0].text })
    // A date whose year the prompt says outright: only the day and month are left to know.
    if inside.count > 1, let year = answerYears.first(where: bareYears.contains) {
      return .answerInPrompt(year)
    }
    // A year the prompt counts to from another year: "four years later, in 1814".
    if inside.count == 1, answerYears.count == 1, !outsideYears.isEmpty,
      outside.contains(where: { index in
        index + 2 < tokens.count && !gap.contains(index + 1) && isCount(tokens[index])
          && ["year", "years"].contains(tokens[index + 1].lower) && spanTimeWords.contains(tokens[index + 2].lower)
      })
    {
      return .answerInPrompt(answerYears[0])
    }
    // "In 1965, [three] years before independence" is `offsetProblem`'s, in the gap rules.
    return nil
  }
}
