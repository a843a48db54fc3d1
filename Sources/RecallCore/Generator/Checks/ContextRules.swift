/// The context checks: a prompt must stand on its own, so a sentence that leans on the text
/// before it (an opening "Since then", a pronoun with nothing before it to stand for, a "there"
/// that names no place) makes no card.
extension CardRules {
  /// Which pronouns the document's main subject stands for without being named: a biography's
  /// "he" or "she" (a reader of its cards knows whom they are about); never "it".
  struct SubjectPronouns: Hashable, Sendable {
    /// The pronouns (lower case) that may stand without an antecedent.
    var allowed: Set<String> = []

    /// No pronoun may stand alone.
    static let none = SubjectPronouns()
    /// A man's biography: "he", "his", "him", "himself".
    static let he = SubjectPronouns(allowed: ["he", "his", "him", "himself"])
    /// A woman's biography: "she", "her", "hers", "herself".
    static let she = SubjectPronouns(allowed: ["she", "her", "hers", "herself"])
  }

  /// The problem of `tokens` as a prompt that must be read without the text around it, or nil.
  static func contextProblem(tokens: [Token], subject: SubjectPronouns = .none) -> CardProblem? {
    guard let first = tokens.first else { return nil }
    // "That line of demarcation ...": a demonstrative opening points at the sentence before.
    if first.lower == "that", tokens.count > 1, tokens[1].isNominal { return .danglingStart(first.text) }
    if let phrase = backReference(tokens) { return .danglingStart(phrase) }
    // "For this success he ...", "Because of these reforms", "At that conference": a preposition,
    // then a pointer back.
    if let pointer = tokens.prefix(3).firstIndex(where: { ["this", "these", "those", "that"].contains($0.lower) }),
      pointer > 0, tokens[..<pointer].allSatisfy({ $0.tag == .preposition || $0.lower == "because" })
    {
      return .danglingStart(tokens[...pointer].map(\.text).joined(separator: " "))
    }
    // "There he earned a degree": the place is in the sentence before.
    if first.lower == "there", !followedByBe(tokens, 0) { return .unresolvedReference(first.text) }
    if let problem = relativeTimeProblem(tokens) { return problem }
    if let problem = demonstrativeProblem(tokens) { return problem }
    for (index, token) in tokens.enumerated() {
      if thirdPersonPronouns.contains(token.lower), !subject.allowed.contains(token.lower),
        !hasAntecedent(tokens[..<index]), !namedAfterComma(tokens, index)
      {
        return .unresolvedReference(token.text)
      }
      // "Thimphu is its capital": a possessive after "is" points past the sentence's own subject.
      if ["its", "their"].contains(token.lower), index > 0,
        ["is", "are", "was", "were"].contains(tokens[index - 1].lower)
      {
        return .unresolvedReference(token.text)
      }
      // "her studies there", "his home there": a place said before; "there is" and "there are" stand alone.
      if token.lower == "there", index > 0, !followedByBe(tokens, index) { return .unresolvedReference(token.text) }
    }
    return nil
  }

  /// The opening words of `tokens` when they point back in time or at a passage ("Since then",
  /// "In the following year", "After his death", "During this time"), else nil.
  private static func backReference(_ tokens: [Token]) -> String? {
    let words = tokens.prefix(4).map(\.lower)
    for pattern in backReferences where words.starts(with: pattern) {
      return tokens.prefix(pattern.count).map(\.text).joined(separator: " ")
    }
    return nil
  }

  /// Openings that refer to an earlier sentence's time or event.
  private static let backReferences: [[String]] = [
    ["since", "then"], ["until", "then"], ["by", "then"], ["after", "that"], ["before", "that"],
    ["in", "the", "following"], ["the", "following", "year"], ["the", "next", "year"], ["in", "the", "next"],
    ["that", "year"], ["that", "same"], ["at", "that", "time"], ["during", "this"],
    ["during", "that"], ["later", "that"], ["after", "his"], ["after", "her"], ["after", "its"],
    ["after", "their"], ["once", "it"], ["once", "they"], ["when", "it"], ["when", "they"], ["in", "this"],
    ["in", "that"], ["from", "then"], ["from", "there"], ["soon", "after"], ["shortly", "after"],
    ["thereafter"], ["afterwards"], ["meanwhile"],
  ]

  /// Pronouns that stand for a person or thing named elsewhere.
  private static let thirdPersonPronouns: Set<String> = [
    "he", "his", "him", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "their",
    "them", "themselves",
  ]

  /// Whether a name or a noun comes before a pronoun for it to stand for.
  private static func hasAntecedent(_ before: ArraySlice<Token>) -> Bool {
    before.contains { token in
      token.tag == .name || token.tag == .acronym || (token.tag == .noun && !Lexicon.months.contains(token.lower))
    }
  }

  /// Whether the pronoun at `index` stands in an opening phrase whose clause then names its
  /// subject: "Before its independence in 1966, Oskarland was ..." (the name comes right after the
  /// comma).
  private static func namedAfterComma(_ tokens: [Token], _ index: Int) -> Bool {
    guard let comma = tokens[index...].firstIndex(where: { $0.text == "," }), comma + 1 < tokens.count,
      !tokens[index..<comma].contains(where: {
        thirdPersonPronouns.contains($0.lower) && $0.lower != tokens[index].lower
      })
    else { return false }
    var subject = comma + 1
    if Lexicon.determiners.contains(tokens[subject].lower), subject + 1 < tokens.count { subject += 1 }
    return tokens[subject].tag == .name || tokens[subject].tag == .acronym || tokens[subject].tag == .noun
  }

  /// Whether "there" at `index` opens "there is", "there was", "there have been" and the like.
  private static func followedByBe(_ tokens: [Token], _ index: Int) -> Bool {
    guard index + 1 < tokens.count else { return false }
    return ["is", "are", "was", "were", "has", "have", "had", "will", "would", "remain", "remains", "exist"]
      .contains(tokens[index + 1].lower)
  }
}
