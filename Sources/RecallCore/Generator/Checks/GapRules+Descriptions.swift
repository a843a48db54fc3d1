/// Gaps that describe what the sentence is about rather than state a fact of it: an adjective or
/// a people before the word it qualifies, a relation ("a [counterweight] to X"), the sentence's
/// own subject when it names the document's subject, a time offset, a name run on past its end.
extension CardRules {
  /// The problem of gapping `gap` as a description rather than a fact, or nil.
  static func descriptionProblem(
    tokens: [Token], gap: Range<Int>, kind: FactKind, answer: String, knowledge: Knowledge
  ) -> CardProblem? {
    let last = tokens[gap.upperBound - 1]
    let next = gap.upperBound < tokens.count ? tokens[gap.upperBound] : nil
    // A gap never ends in a sentence's stop: "a “[large and merry family.]”" is a quotation cut.
    if [".", "!", "?", ","].contains(last.text) || answer.hasSuffix(".") { return .nameFragment(answer) }
    // "St. [Lomar]", "Mt. [Ket]": a place whose abbreviated first word's period stands before the
    // gap ("Dr. [Ana Bel]" is a title before a name, which stays a fair gap).
    if gap.lowerBound >= 2, tokens[gap.lowerBound - 1].text == ".",
      tokens[gap.lowerBound - 2].end == tokens[gap.lowerBound - 1].start,
      tokens[gap.lowerBound - 2].isCapitalized,
      ["st", "mt", "ft", "pt"].contains(tokens[gap.lowerBound - 2].lower)
    {
      return .nameFragment(answer)
    }
    if kind.isNumeric, let problem = offsetProblem(tokens, gap, answer: answer) { return problem }
    let words = tokens[gap].filter(\.isWord)
    if kind.isName || kind == .name || kind == .phrase {
      if let problem = adjectiveProblem(tokens, gap, words: words, answer: answer, knowledge: knowledge) {
        return problem
      }
      if let problem = runOnProblem(words, answer: answer) { return problem }
    }
    // "a [military complement] to the Council", "the [natural counterweight] to Belmark": a
    // relation's lower-case words point at the name after them, which is the fact.
    if kind == .phrase, words.count <= 3, words.allSatisfy({ !$0.isCapitalized }), let next, next.lower == "to",
      gap.lowerBound > 0, ["a", "an", "the"].contains(tokens[gap.lowerBound - 1].lower),
      gap.upperBound + 1 < tokens.count
    {
      let after = tokens[gap.upperBound + 1].lower == "the" ? gap.upperBound + 2 : gap.upperBound + 1
      if after < tokens.count, tokens[after].isCapitalized, tokens[after].tag != .number { return .genericGap(answer) }
    }
    if let problem = subjectProblem(tokens, gap, words: words, answer: answer, knowledge: knowledge) {
      return problem
    }
    return nil
  }

  /// "in 1962, [three] years before independence": a count of years before or after something,
  /// in a sentence that gives a year, is the difference of two dates, not a fact to learn ("ninety
  /// days after the tenth ratification" is a rule of a treaty and stays).
  private static func offsetProblem(_ tokens: [Token], _ gap: Range<Int>, answer: String) -> CardProblem? {
    guard gap.upperBound + 1 < tokens.count, yearSpanUnits.contains(tokens[gap.upperBound].lower),
      tokens.indices.contains(where: { index in
        !gap.contains(index) && tokens[index].tag == .number && tokens[index].text.count == 4
          && tokens[index].text.allSatisfy(\.fastIsNumber)
      }),
      ["before", "after", "later", "earlier", "ago", "afterwards", "afterward", "previously"].contains(
        tokens[gap.upperBound + 1].lower)
    else { return nil }
    return .genericGap(answer)
  }

  /// Units of a span of time counted in years or more.
  private static let yearSpanUnits: Set<String> = ["year", "years", "decade", "decades", "century", "centuries"]

  /// "[Soviet] troops", "the [Lomarian] island of Ket", "Most [Lomarians] are bilingual": an
  /// adjective or a people before the word it qualifies, or a people as the subject, is no fact;
  /// nor is "[Pact nations]", a common word of the document's names before a plural of members.
  private static func adjectiveProblem(
    _ tokens: [Token], _ gap: Range<Int>, words: [Token], answer: String, knowledge: Knowledge
  ) -> CardProblem? {
    if words.count == 1, let word = words.first, word.isCapitalized {
      let lower = word.lower
      let category = knowledge.lexicon?.category(of: lower)
      let isPlace = category == .country || category == .city || category == .place
      let isAdjective =
        !isPlace
        && (isPeopleAdjective(word.text) || lower.hasSuffix("ist")
          || (knowledge.lexicon?.partsOfSpeech(of: lower).contains(.adjective) ?? false))
      if isAdjective, gap.upperBound < tokens.count {
        let next = tokens[gap.upperBound]
        if !next.isCapitalized, [.noun, .adjective, .participle].contains(next.tag), next.start == word.end + 1 {
          return .genericGap(answer)
        }
      }
      // "Most [Lomarians] are bilingual": a people as the sentence's subject; its fact is the predicate.
      let opensSentence = tokens[..<gap.lowerBound].allSatisfy {
        Lexicon.determiners.contains($0.lower) || ["most", "many", "some", "all"].contains($0.lower)
      }
      if opensSentence, GapHint.isPlural(word.text), isPeopleAdjective(String(word.text.dropLast())) {
        return .genericGap(answer)
      }
    }
    if words.count == 2, let head = words.last, let first = words.first, first.isCapitalized, !head.isCapitalized,
      memberPlurals.contains(head.lower), let lexicon = knowledge.lexicon,
      lexicon.isCommonWord(first.lower),
      // "Pact", "Treaty", "Union": a common word standing for a longer name, not a place.
      ![.country, .city, .place, .person].contains(lexicon.category(of: first.lower))
    {
      return .genericGap(answer)
    }
    return nil
  }

  /// Plurals of the members of a group.
  private static let memberPlurals: Set<String> = [
    "nations", "countries", "states", "members", "forces", "troops", "leaders", "governments", "powers",
    "allies", "armies",
  ]

  /// "[Gunnar Lund on A Merry Dilemma]": a name runs on through a preposition only after the head
  /// of an institution, a meeting or a document ("Conference on ...", "Council for ...").
  private static func runOnProblem(_ words: [Token], answer: String) -> CardProblem? {
    for index in words.indices.dropFirst().dropLast()
    where ["on", "for", "with", "by", "about", "against", "at", "in"].contains(words[index].lower) {
      guard words[index + 1].isCapitalized, words[index - 1].isCapitalized else { continue }
      if NameKind.headKind(words[index - 1].lower) == nil { return .nameFragment(answer) }
    }
    return nil
  }

  /// "The [Lomarian Constitution] is based on ...", "The [Literacy Rate of Lomaria] is ...": the
  /// sentence's subject phrase, made of the document's subject and a common noun, is what the
  /// sentence is about; its fact is the predicate.
  private static func subjectProblem(
    _ tokens: [Token], _ gap: Range<Int>, words: [Token], answer: String, knowledge: Knowledge
  ) -> CardProblem? {
    guard words.count >= 2, !knowledge.subjects.isEmpty,
      tokens[..<gap.lowerBound].allSatisfy({ Lexicon.determiners.contains($0.lower) }),
      gap.upperBound < tokens.count,
      [.verb, .auxiliary].contains(tokens[gap.upperBound].tag)
    else { return nil }
    let folded = TextNormalizer.fold(answer)
    guard !knowledge.subjects.contains(folded) else { return nil }
    let namesSubject = knowledge.subjects.contains { subject in
      if TextScan.contains(folded, subject) { return true }
      // "Lomarian" of "Lomaria": the subject's adjective shares all but its last letters.
      let stem = subject.prefix(max(5, subject.count - 2))
      return subject.count >= 5 && !subject.contains(" ")
        && words.contains { $0.isCapitalized && $0.lower.hasPrefix(stem) && $0.lower != subject }
    }
    return namesSubject ? .genericGap(answer) : nil
  }
}
