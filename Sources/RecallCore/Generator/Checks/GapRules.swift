/// More of the checks pass: gaps that are asides, pieces of a list or range, a document's
/// shorthand for a name, or a count the prompt itself spells out.
extension CardRules {
  /// The problem of gapping `gap` that the shape and generic checks do not see, or nil.
  static func contextualGapProblem(
    tokens: [Token], gap: Range<Int>, kind: FactKind, answer: String, knowledge: Knowledge
  ) -> CardProblem? {
    let last = tokens[gap.upperBound - 1]
    let next = gap.upperBound < tokens.count ? tokens[gap.upperBound] : nil
    let before = gap.lowerBound > 0 ? tokens[gap.lowerBound - 1] : nil
    // "(formerly spelt ____)", "(____ est.)": what stands in brackets is an aside, not the fact.
    if insideBrackets(tokens, gap) { return .genericGap(answer) }
    // "____ (Myanmar)": another name of the answer stands right after it.
    if let next, next.text == "(", gap.upperBound + 1 < tokens.count {
      let inner = tokens[(gap.upperBound + 1)...].prefix { $0.text != ")" }
      if let word = inner.first, word.isCapitalized, word.tag != .acronym || inner.count > 1,
        kind.isName || kind == .name
      {
        return .answerInPrompt(answer)
      }
    }
    // "World War I. It": a gap never runs across the end of a sentence (a pronoun after the
    // period opens the next one, whatever short name comes before it).
    if let period = answer.range(of: ". ") {
      let after = answer[period.upperBound...].prefix { $0.fastIsLetter }.lowercased()
      if Lexicon.pronouns.contains(after) || Lexicon.danglingStarts.contains(after)
        || !tokens[gap].contains(where: { $0.tag == .name && $0.text.count <= 2 })
      {
        return .nameFragment(answer)
      }
    }
    // "known as the Wang Chuu or [Thimphu Chuu]": a second name of what was just named is no fact.
    if let before, before.lower == "or", kind.isName || kind == .name,
      tokens[max(0, gap.lowerBound - 7)..<(gap.lowerBound - 1)].contains(where: {
        $0.lower == "known" || $0.lower == "called"
      })
    {
      return .genericGap(answer)
    }
    // "[Mount St]. Scholastica": an abbreviation's period inside the sentence joins the name to what follows.
    if let next, next.text == ".", next.start == last.end, gap.upperBound + 1 < tokens.count,
      tokens[gap.upperBound + 1].isCapitalized
    {
      return .nameFragment(answer)
    }
    // "[Border] countries: China ...": a field's label is no fact, even of two words.
    if gap.lowerBound == 0, tokens[gap.upperBound...].prefix(2).contains(where: { $0.text == ":" }) {
      return .genericGap(answer)
    }
    if let problem = spanProblem(tokens, gap, answer: answer, kind: kind) { return problem }
    // "in Geneva, [Switzerland]": the country of a city named right before it is no fact of its own.
    if kind == .place || kind == .name, gap.lowerBound >= 2, before?.text == ",",
      tokens[gap.lowerBound - 2].tag == .name, tokens[gap.lowerBound - 2].isCapitalized,
      !tokens[..<(gap.lowerBound - 2)].suffix(6).contains(where: { $0.text == "," || $0.lower == "and" })
    {
      return .genericGap(answer)
    }
    if kind.isNumeric, let problem = numberProblem(tokens, gap, answer: answer, kind: kind) { return problem }
    guard kind.isName || kind == .name || kind == .phrase else { return nil }
    if isListItem(tokens, gap) { return .genericGap(answer) }
    // "Louis Appia and Théodore Maunoir": two names of several words in one gap are two facts.
    if nameListItems(answer) == nil, let and = answer.range(of: " and "),
      answer[..<and.lowerBound].contains(" "), answer[and.upperBound...].contains(" "),
      answer[and.upperBound...].first?.fastIsUppercase == true
    {
      return .genericGap(answer)
    }
    // "Ecuador, Peru and Bolivia": a gap holding several names is a list, asked by a list card.
    if answer.contains(", "), tokens[gap].filter({ $0.isCapitalized }).count >= 2 { return .genericGap(answer) }
    // "mining, tourism, ____": the tail of an enumeration is no fact of its own.
    if let before, before.text == ",", tokens[..<(gap.lowerBound - 1)].contains(where: { $0.text == "," }),
      TextScan.contains(answer, " and ")
    {
      return .genericGap(answer)
    }
    guard kind != .phrase else { return nil }
    // "human-made [CO2] emissions", "[CO2] equivalents": an abbreviation before a common noun
    // only says what kind of thing the noun is.
    if kind == .acronym, gap.count == 1, let next, next.isWord, !next.isCapitalized, next.tag == .noun {
      return .genericGap(answer)
    }
    // "Central ____ Time", "Colonel ____": a capitalised word right before the gap belongs to the name.
    if let before, [.name, .noun].contains(before.tag), before.isCapitalized,
      before.end + 1 == tokens[gap.lowerBound].start,
      !nameParticles.contains(before.lower), !Lexicon.offices.contains(before.lower)
    {
      return .nameFragment(answer)
    }
    // "[Colonel Muammar] al-Qaddafi": the name goes on with a particle joined by a hyphen.
    if let next, next.start == last.end + 1,
      nameParticles.contains(where: { next.lower.hasPrefix($0 + "-") })
    {
      return .nameFragment(answer)
    }
    let words = answer.split(separator: " ")
    // "the [Conference]", "the [Treaty]": one common word standing for a longer name said before.
    if words.count == 1, knowledge.shorthands.contains(TextNormalizer.fold(answer)) { return .genericGap(answer) }
    // "[French forces]", "[Icelandic culture]": an adjective of a people with a common noun is no name.
    if words.count >= 2, let head = words.last, head.first?.fastIsLowercase == true,
      !nameParticles.contains(String(head)),
      words.dropLast().allSatisfy({ ($0.first?.fastIsUppercase ?? false) && isPeopleAdjective(String($0)) })
    {
      return .genericGap(answer)
    }
    return nil
  }

  /// The items of a gap that names three or more things ("Arnland, Belmark, and Corvia"), each
  /// a capitalised name of at most four words, or nil: such a gap is asked as a list card.
  static func nameListItems(_ answer: String) -> [String]? {
    guard answer.contains(", ") else { return nil }
    var parts = answer.components(separatedBy: ", ")
    guard var tail = parts.popLast() else { return nil }
    for joiner in ["and ", "or "] where tail.hasPrefix(joiner) { tail.removeFirst(joiner.count) }
    var lastPair = [tail]
    if let range = tail.range(of: " and ") ?? tail.range(of: " or ") {
      lastPair = [String(tail[..<range.lowerBound]), String(tail[range.upperBound...])]
    }
    let items = (parts + lastPair).map { item in
      let trimmed = TextScan.trimmed(item)
      return trimmed.hasPrefix("the ") ? String(trimmed.dropFirst(4)) : trimmed
    }
    guard items.count >= 3,
      items.allSatisfy({ item in
        let words = item.split(separator: " ")
        return (1...4).contains(words.count) && words.first?.first?.fastIsUppercase == true
      })
    else { return nil }
    // "Ket, Dal and St" stops at an abbreviation's period: the last name goes on ("St. Lomar").
    if items.contains(where: { item in
      item.split(separator: " ").last.map { Lexicon.abbreviations.contains($0.lowercased()) } ?? false
    }) {
      return nil
    }
    // "Pact of Amity, Trade and Mutual Aid" is one formal name; "Lomar Union Ivo Ket, Ana Bel and
    // Ivo Dal" runs a name into the first item.
    let lengths = items.map { $0.split(separator: " ").count }
    if let first = lengths.first, let other = lengths.dropFirst().first,
      lengths.dropFirst().allSatisfy({ $0 == other }), first >= other + 2
    {
      return nil
    }
    if let head = items.first?.split(separator: " "), let of = head.firstIndex(of: "of"), of > 0,
      NameKind.headKind(head[of - 1].lowercased()) != nil,
      items.allSatisfy({ item in
        item.split(separator: " ").last.map { NounNumber.isAbstract($0.lowercased()) } ?? false
      })
    {
      return nil
    }
    return items
  }

  /// Whether the gap is one item of an enumeration of the sentence ("A, [B], C", "A, B and [C]",
  /// "[A], B, C and D"), a bracketed note after an item ("Qatar (1961)") skipped.
  static func isListItem(_ tokens: [Token], _ gap: Range<Int>) -> Bool {
    var left = gap.lowerBound - 1
    if left >= 0, ["the", "a", "an"].contains(tokens[left].lower) { left -= 1 }
    var right = gap.upperBound
    if right < tokens.count, tokens[right].text == "(",
      let close = tokens[right...].firstIndex(where: { $0.text == ")" })
    {
      right = close + 1
    }
    let separators: Set<String> = [",", "and", "or"]
    func isSeparator(_ index: Int) -> Bool {
      tokens.indices.contains(index) && separators.contains(tokens[index].lower)
    }
    let leftIsItem =
      isSeparator(left)
      && (tokens[left].text == "," || tokens[max(0, left - 8)..<left].contains { $0.text == "," })
    let rightEnds = right >= tokens.count || isSeparator(right) || [".", ";"].contains(tokens[right].text)
    if leftIsItem && rightEnds { return !isAppositive(tokens, left: left, right: right) }
    // The first item: a comma, another capitalised item and a further separator follow.
    if !isSeparator(left), right + 1 < tokens.count, tokens[right].text == ",", tokens[right + 1].isCapitalized {
      return tokens[(right + 2)...].prefix(8).contains { $0.text == "," || $0.lower == "and" }
        && !isPlaceChain(tokens, from: right)
    }
    return false
  }

  /// Whether the gap between a comma at `left` and `right` renames what stands before it rather
  /// than being an item of a list: "its largest group, the [Tswana].", "The article, [Article 9],
  /// later became ..." (one comma before, and the sentence ends or goes on in lower case).
  private static func isAppositive(_ tokens: [Token], left: Int, right: Int) -> Bool {
    guard tokens[left].text == ",", !tokens[..<left].contains(where: { $0.text == "," || $0.lower == "and" })
    else { return false }
    if right >= tokens.count || [".", ";"].contains(tokens[right].text) { return true }
    guard tokens[right].text == ",", right + 1 < tokens.count else { return false }
    let next = tokens[right + 1]
    return next.isWord && !next.isCapitalized && !["and", "or"].contains(next.lower)
      && !Lexicon.determiners.contains(next.lower)
  }

  /// Whether the commas after `comma` run through capitalised places to the end of the sentence
  /// without "and" or "or": "in [Bandung], West Java, Sardelia." names one place, not a list.
  private static func isPlaceChain(_ tokens: [Token], from comma: Int) -> Bool {
    var index = comma
    while index < tokens.count {
      let token = tokens[index]
      if [".", ";"].contains(token.text) { return true }
      guard token.text == "," || (token.isCapitalized && token.tag != .number) else { return false }
      index += 1
    }
    return true
  }

  /// Whether the gap stands inside round brackets of its sentence.
  private static func insideBrackets(_ tokens: [Token], _ gap: Range<Int>) -> Bool {
    var depth = 0
    for token in tokens[..<gap.lowerBound] {
      if token.text == "(" { depth += 1 } else if token.text == ")" { depth = max(0, depth - 1) }
    }
    guard depth > 0 else { return false }
    return tokens[gap.upperBound...].contains { $0.text == ")" }
  }

  /// The problem of a number gap: a bare magnitude ("a few [hundred]"), zero, half of a range
  /// ("530 to [540]"), a count the prompt lists item by item, or digits shown elsewhere.
  private static func numberProblem(_ tokens: [Token], _ gap: Range<Int>, answer: String, kind: FactKind)
    -> CardProblem?
  {
    let lower = answer.lowercased()
    // "other [0.4%]": the remainder of a breakdown is no fact either.
    if Lexicon.scales.contains(lower) || ["0", "zero", "dozen", "dozens"].contains(lower)
      || (gap.lowerBound > 0 && tokens[gap.lowerBound - 1].lower == "other")
    {
      return .genericGap(answer)
    }
    // "Article [three]", "Apollo [11]": a number right after a capitalised word is part of a name.
    if kind != .year, gap.lowerBound > 0, [.name, .noun].contains(tokens[gap.lowerBound - 1].tag),
      tokens[gap.lowerBound - 1].isCapitalized, tokens[gap.lowerBound - 1].end + 1 == tokens[gap.lowerBound].start,
      !Lexicon.months.contains(tokens[gap.lowerBound - 1].lower)
    {
      return .nameFragment(answer)
    }
    // "530 to [540]", "[530] to 540": the two ends of a range of like numbers (a span of years
    // names two dates, each a fact).
    let digits = answer.filter(\.fastIsNumber)
    func like(_ index: Int) -> Bool {
      guard tokens.indices.contains(index), tokens[index].tag == .number else { return false }
      return !digits.isEmpty && tokens[index].text.filter(\.fastIsNumber).count == digits.count
    }
    let joins: Set<String> = ["to", "and", "or", "-", "\u{2013}"]
    if kind != .year, gap.lowerBound >= 2, joins.contains(tokens[gap.lowerBound - 1].lower), like(gap.lowerBound - 2) {
      return .nameFragment(answer)
    }
    if kind != .year, gap.upperBound + 1 < tokens.count, joins.contains(tokens[gap.upperBound].lower),
      like(gap.upperBound + 1)
    {
      return .nameFragment(answer)
    }
    // "The [five] ministers, A, B, C, D and E": the count is there to read.
    if let count = Lexicon.numberWords[lower] ?? Int(answer), (2...12).contains(count) {
      let separators = tokens[gap.upperBound...].count { $0.text == "," || $0.lower == "and" }
      if separators >= count - 1 { return .answerInPrompt(answer) }
    }
    // "the European Union-15, made up of [15] countries": the digits stand in the prompt.
    if digits.count >= 2 {
      let shown = tokens.indices.contains { index in
        !gap.contains(index) && tokens[index].text.split(whereSeparator: { !$0.fastIsNumber }).contains { $0 == digits }
      }
      if shown { return .answerInPrompt(answer) }
    }
    return nil
  }

  /// Half of a span of days ("from 4 to [11 May 1945]", "[4] to 11 May") or the last word of a
  /// name that owns it ("the People's [Organisation]"): a gap that leaves part of its fact behind.
  private static func spanProblem(_ tokens: [Token], _ gap: Range<Int>, answer: String, kind: FactKind)
    -> CardProblem?
  {
    let joins: Set<String> = ["to", "-", "\u{2013}", "and", "until"]
    func isDay(_ index: Int) -> Bool {
      tokens.indices.contains(index) && tokens[index].tag == .number && tokens[index].text.count <= 2
    }
    if kind == .date, gap.lowerBound >= 2, joins.contains(tokens[gap.lowerBound - 1].lower), isDay(gap.lowerBound - 2) {
      return .nameFragment(answer)
    }
    if kind.isNumeric || kind == .date, gap.upperBound + 2 < tokens.count, joins.contains(tokens[gap.upperBound].lower),
      isDay(gap.upperBound + 1), Lexicon.months.contains(tokens[gap.upperBound + 2].lower)
    {
      return .nameFragment(answer)
    }
    // "the [South West Africa People]'s Organisation": a group's name goes on after its "'s"
    // ("[Napoleon]'s war" is a man's).
    if kind.isName || kind == .name, gap.upperBound + 1 < tokens.count, tokens[gap.upperBound].tag == .possessive,
      groupOwners.contains(tokens[gap.upperBound - 1].lower) || isSaint(tokens, before: gap.lowerBound),
      tokens[gap.upperBound].start == tokens[gap.upperBound - 1].end, tokens[gap.upperBound + 1].isCapitalized,
      tokens[gap.upperBound + 1].tag == .name
    {
      return .nameFragment(answer)
    }
    // "the People's [Republic of China]", "St. Cecilia's [Intermediate Primary School]": a group's
    // or a saint's "'s" opens the name.
    if kind.isName || kind == .name, gap.lowerBound >= 2, tokens[gap.lowerBound - 1].tag == .possessive,
      tokens[gap.lowerBound - 1].start == tokens[gap.lowerBound - 2].end, tokens[gap.lowerBound].isCapitalized,
      groupOwners.contains(tokens[gap.lowerBound - 2].lower) || isSaint(tokens, before: gap.lowerBound - 2)
    {
      return .nameFragment(answer)
    }
    if kind.isName || kind == .name, gap.count == 1, gap.lowerBound >= 2, tokens[gap.lowerBound - 1].tag == .possessive,
      nameHeads.contains(tokens[gap.lowerBound].lower),
      tokens[gap.lowerBound - 2].isCapitalized, tokens[gap.lowerBound].isCapitalized,
      tokens[gap.lowerBound - 1].start == tokens[gap.lowerBound - 2].end
    {
      return .nameFragment(answer)
    }
    return nil
  }

  /// Whether the name at `index` is a saint's: "St. Cecilia", "Saint Cecilia".
  private static func isSaint(_ tokens: [Token], before index: Int) -> Bool {
    var title = index - 1
    if title >= 1, tokens[title].text == "." { title -= 1 }
    return title >= 0 && ["st", "st.", "saint"].contains(tokens[title].lower)
  }

  /// Groups whose "'s" opens a longer name ("People's Republic", "Women's League").
  private static let groupOwners: Set<String> = ["people", "peoples", "women", "workers", "children", "nations"]

  /// Head words of an organisation's name, no fact without the words before them.
  private static let nameHeads: Set<String> = [
    "organisation", "organization", "party", "republic", "union", "league", "movement", "army", "front",
    "congress", "council", "assembly", "association", "federation",
  ]

  /// Whether a capitalised word is an adjective or noun of a people ("French", "Icelandic",
  /// "Norwegian", "Swiss"), judged by its ending.
  static func isPeopleAdjective(_ word: String) -> Bool {
    let lower = word.lowercased()
    return peopleEndings.contains { lower.hasSuffix($0) && lower.count > $0.count + 1 }
  }

  /// Endings of words naming a people or its language.
  private static let peopleEndings = ["ish", "ese", "ian", "ean", "an", "ic", "ch", "ss", "i"]
}
