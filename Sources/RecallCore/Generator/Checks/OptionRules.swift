/// The checks an option of a multiple-choice card passes: of the answer's kind and shape, and not
/// another name of the answer.
enum OptionRules {
  /// The problem of offering `option` next to `answer`, or nil when it is a fair wrong choice.
  /// With `strict` (the generator's own options), a name of no known kind is offered only with
  /// names the lexicon puts with it; a deck's author is trusted with those.
  static func problem(
    option: String, answer: String, kind: FactKind, knowledge: CardRules.Knowledge, strict: Bool = true
  ) -> CardProblem? {
    if namesTheSame(option, answer, expansions: knowledge.expansions) { return .optionNamesAnswer(option) }
    guard !kind.isNumeric, kind != .date, kind != .year else { return nil }
    // A capital among lower case, a pair among single names: the shape gives the answer away.
    if option.first?.fastIsUppercase != answer.first?.fastIsUppercase { return .optionOfOtherKind(option) }
    if isList(option) != isList(answer) { return .optionOfOtherKind(option) }
    guard let lexicon = knowledge.lexicon else { return nil }
    let answerCategory = lexicon.category(of: TextNormalizer.fold(answer))
    let optionCategory = lexicon.category(of: TextNormalizer.fold(option))
    if let answerCategory, let optionCategory, !compatible(answerCategory, optionCategory) {
      return .optionOfOtherKind(option)
    }
    // A name of no known kind is offered only with names the lexicon puts with it, and a name of a
    // known kind only with names of a known kind.
    if strict, kind == .name, answerCategory == nil || optionCategory == nil { return .optionOfOtherKind(option) }
    if strict, kind.isName, answerCategory != nil, optionCategory == nil { return .optionOfOtherKind(option) }
    return nil
  }

  /// Whether two categories may stand in for each other: a country for a country, any place for
  /// a region.
  private static func compatible(_ first: NounCategory, _ second: NounCategory) -> Bool {
    if first == second { return true }
    let places: Set<NounCategory> = [.place, .country, .city]
    return places.contains(first) && places.contains(second) && (first == .place || second == .place)
  }

  /// Whether `text` is two or more names joined by "and" or commas.
  private static func isList(_ text: String) -> Bool {
    let folded = TextNormalizer.fold(text)
    return (folded.contains(" and ") || text.contains(", ")) && !folded.contains(" of ")
  }

  /// Whether two answers name the same thing: the same content words once acronyms are spelled
  /// out ("UN Secretary-General" and "Secretary-General of the United Nations"), or one the
  /// acronym of the other.
  static func namesTheSame(_ first: String, _ second: String, expansions: [String: String]) -> Bool {
    let a = contentWords(first, expansions: expansions)
    let b = contentWords(second, expansions: expansions)
    guard !a.isEmpty, !b.isEmpty else { return false }
    if a.isSubset(of: b) || b.isSubset(of: a) { return true }
    return isAcronym(first, of: second) || isAcronym(second, of: first)
  }

  /// The folded content words of `text`, each acronym replaced by its expansion's words (when the
  /// document gives one) or by the initials it stands for.
  private static func contentWords(_ text: String, expansions: [String: String]) -> Set<String> {
    var words = Set<String>()
    for word in TextNormalizer.fold(text).split(separator: " ").map(String.init) {
      if let long = expansions[word], long.contains(" ") {
        words.formUnion(long.split(separator: " ").map(String.init))
      } else {
        words.insert(word)
      }
    }
    return words.subtracting(TextNormalizer.stopWords)
  }

  /// Whether a word of `short` in capitals is spelled by the initials of capitalised words of `long`
  /// ("UN" in "United Nations").
  private static func isAcronym(_ short: String, of long: String) -> Bool {
    let initials = String(
      long.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { word in
        word.first?.fastIsUppercase == true ? word.first : nil
      })
    guard initials.count >= 2 else { return false }
    return short.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { word in
      word.count >= 2 && word.allSatisfy(\.fastIsUppercase) && initials.contains(word)
    }
  }
}
