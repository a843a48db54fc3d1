/// What a sentence points back to in the sentence before it: an opening pronoun's antecedent, a
/// closing "them", and "that same year".
extension SentenceCleaner {
  /// `text` with an opening pronoun replaced by its antecedent in `previous`, or nil when that fails.
  func resolvePronoun(_ text: String, previous: String?) -> String? {
    var memo = Tokenizer.Memo()
    return resolvePronoun(text, previous: previous, memo: &memo)
  }

  /// `resolvePronoun(_:previous:)` with the tokenizer's memo of words met before.
  func resolvePronoun(_ text: String, previous: String?, memo: inout Tokenizer.Memo) -> String? {
    let word = TextScan.firstWord(text)
    guard Lexicon.danglingStarts.contains(word) else {
      return resolveInnerPronoun(text, previous: previous, memo: &memo)
    }
    let firstWord = text.prefix { !$0.fastIsWhitespace }
    let rest = String(text.dropFirst(firstWord.count))
    let tokens = tokenizer.tokens(of: text, memo: &memo)
    let second = tokens.count > 1 ? tokens[1] : nil
    switch word {
    case "this", "these", "that", "those":
      // "This concept could..." keeps its noun; "This means..." points at a whole sentence.
      guard let second, second.tag == .noun || second.tag == .adjective || second.tag == .participle else {
        return nil
      }
      // "These became part of ...": a verb after the pronoun, which stands for things named before.
      if VerbLexicon.isVerb(second.lower), tokens.count > 2, Self.startsAnObject(tokens[2]) { return nil }
      return "The" + rest
    case "he", "she":
      // A man or woman named in the sentence before is not told apart from the document's subject:
      // only a biography's own subject stands in.
      guard let main = mainSubject, main.reference == (word == "he" ? .he : .she), let second,
        Self.opensPredicate(second)
      else { return nil }
      return main.capitalised + rest
    case "his", "her":
      guard let main = mainSubject, main.reference == (word == "his" ? .he : .she), let second,
        second.tag != .punctuation
      else { return nil }
      return main.possessive + rest
    case "it", "they":
      guard let second, Self.opensPredicate(second) else { return nil }
      if word == "it", Self.isExpletive(tokens, at: 0) { return text }
      guard let antecedent = singularAntecedent(previous, plural: word == "they", memo: &memo) else { return nil }
      return capitalizeFirst(antecedent) + rest
    case "its", "their":
      guard let antecedent = singularAntecedent(previous, plural: word == "their", memo: &memo) else { return nil }
      return capitalizeFirst(antecedent) + "\u{2019}s" + rest
    default:
      return nil
    }
  }

  /// Whether the word after an opening pronoun can start its predicate ("He studied", "It was"):
  /// a verb the tagger knows, or any lower-case word that is not a determiner, preposition or
  /// conjunction (the tagger knows few verbs).
  static func opensPredicate(_ token: Token) -> Bool {
    if token.tag == .auxiliary || token.tag == .verb || token.tag == .adverb { return true }
    guard token.isWord, !token.isCapitalized, token.tag != .number else { return false }
    return !Lexicon.determiners.contains(token.lower) && !Lexicon.prepositions.contains(token.lower)
      && !Lexicon.conjunctions.contains(token.lower) && !Lexicon.pronouns.contains(token.lower)
  }

  /// What "it" or "its" (or, with `plural`, "they" or "their") stands for: the subject of `previous`
  /// when it is one singular thing, otherwise the document's main subject when that is a thing.
  private func singularAntecedent(_ previous: String?, plural: Bool, memo: inout Tokenizer.Memo) -> String? {
    if let previous, let found = antecedent(in: previous, plural: plural, namedSubjectStops: true, memo: &memo) {
      if plural { return found }
      // "Portugal and Spain", "Originals": a pair or a plural is no "it".
      let words = found.split(separator: " ")
      let isPair = words.contains { $0 == "and" || $0 == "or" }
      let lonePlural = words.count == 1 && NounNumber.isPlural(found.lowercased())
      if !isPair && !lonePlural { return found }
    }
    // "Its capital is X. Until 1969 it was spelled Y": after "Its ...", "it" may be the owner or
    // the thing just named; the clause is left out rather than guessed.
    if let previous, Lexicon.possessivePronouns.contains(TextScan.firstWord(previous)) { return nil }
    guard !plural, let main = mainSubject, main.reference == .it else { return nil }
    return main.name
  }

  /// What a pronoun most likely points to in `previous`: for "it", its subject name or noun
  /// phrase; for "they", its first plural common noun phrase. With `namedSubjectStops`, "they"
  /// finds nothing past the verb of a subject that a name (and no plural noun) makes: "The Dutch
  /// took the island, establishing settlements. They named it ..." are the Dutch, a people or a
  /// league the tagger cannot count, while "The law protects fishermen. They must ..." are the
  /// fishermen.
  func antecedent(
    in previous: String, plural: Bool, namedSubjectStops: Bool = false, memo: inout Tokenizer.Memo
  ) -> String? {
    guard previous.utf8.count <= DocumentAnalysis.longestSentence else { return nil }
    // The previous sentence is often the clause the analysis has just read.
    let recent = memo.recent.flatMap { $0.text == previous ? $0 : nil }
    let tokens = recent?.tokens ?? tokenizer.tokens(of: previous, memo: &memo)
    let chars = CharacterText(previous)
    if !plural {
      // The subject: the first name or noun phrase before the first verb.
      let firstVerb = tokens.firstIndex { $0.tag == .verb || $0.tag == .auxiliary } ?? tokens.count
      let facts = (recent?.facts ?? PhraseFinder(sentence: previous, tokens: tokens).facts())
        .filter { ($0.kind.isName || $0.kind == .phrase) && $0.endToken <= firstVerb }
      guard let subject = facts.min(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) else {
        // "The text was adopted ...": a plain singular noun after "the" is the subject too.
        guard firstVerb == 2, tokens[0].lower == "the", tokens[1].tag == .noun, !NounNumber.isPlural(tokens[1].lower)
        else { return nil }
        return "the " + tokens[1].text
      }
      let head = tokens[subject.endToken - 1].lower
      if subject.kind == .phrase && NounNumber.isPlural(head) { return nil }
      // "Its western border is ...; it borders ...": "it" is never the part.
      if subject.firstToken > 0, Lexicon.possessivePronouns.contains(tokens[subject.firstToken - 1].lower) {
        return nil
      }
      let article = subject.firstToken > 0 && ["the", "a", "an"].contains(tokens[subject.firstToken - 1].lower)
      return (article || subject.kind == .phrase ? "the " : "") + subject.text
    }
    if namedSubjectStops, plural {
      // The tagger knows few verbs: a verb form right after a name ("The Dutch took") ends the
      // subject too ("the Bantu groups" goes on).
      let tagged = tokens.firstIndex { $0.tag == .verb || $0.tag == .auxiliary } ?? tokens.count
      let afterName =
        tokens.indices.dropFirst().first { index in
          tokens[index - 1].tag == .name && VerbLexicon.isVerb(tokens[index].lower)
            && !NounNumber.isPlural(tokens[index].lower)
        } ?? tokens.count
      let subject = tokens[..<min(tagged, afterName)]
      if subject.contains(where: { $0.tag == .name || $0.tag == .acronym }),
        !subject.contains(where: { $0.tag == .noun && NounNumber.isPlural($0.lower) })
      {
        return nil
      }
    }
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.tag == .name || token.tag == .acronym || token.isNominal {
        var end = index + 1
        while end < tokens.count, tokens[end].tag == token.tag || (token.isNominal && tokens[end].isNominal) {
          end += 1
        }
        let head = tokens[end - 1]
        let isPlural = NounNumber.isPlural(head.lower)
        let isCommon = token.isNominal && head.tag == .noun
        if plural && isCommon && isPlural {
          // "Women and children ... They": the pronoun takes in the whole pair.
          var last = end - 1
          if end + 1 < tokens.count, tokens[end].lower == "and", tokens[end + 1].isNominal {
            last = end + 1
            while last + 1 < tokens.count, tokens[last + 1].isNominal { last += 1 }
            if tokens[last].tag != .noun { last = end - 1 }
          }
          // "both sides": the quantifier stays with its noun.
          var from = index > 0 && Self.quantifiers.contains(tokens[index - 1].lower) ? tokens[index - 1] : token
          // "the Bantu groups": a name before the noun is part of what "they" are.
          var first = index
          while first > 0, tokens[first - 1].tag == .name, tokens[first - 1].end + 1 == tokens[first].start {
            first -= 1
            from = tokens[first]
          }
          return chars[from.start..<tokens[last].end]
        }
        if !plural {
          // The subject is the first phrase; use it only if it is singular.
          guard !isPlural || token.tag == .name || token.tag == .acronym else { return nil }
          let lead = index > 0 && tokens[index - 1].lower == "the" ? "the " : ""
          return lead + chars[token.start..<head.end]
        }
        index = end
        continue
      }
      index += 1
    }
    return nil
  }

  /// Words that count a plural and stay with it when it stands in for "they".
  static let quantifiers: Set<String> = ["both", "all", "many", "most", "some", "several"]

  /// Phrases that point back at the year of the sentence before, and what stands in for them.
  static let sameYearPhrases: [(phrase: String, lead: String)] = [
    ("in that same year", "in"), ("in the same year", "in"), ("in that year", "in"),
    ("later that same year", "later in"),
    ("later that year", "later in"), ("later the same year", "later in"), ("earlier that year", "earlier in"),
    ("that same year", "in"), ("the same year", "in"),
  ]

  /// "Later in that same year, ..." with the one year the previous sentence names put in:
  /// "Later in 2006, ...". Unchanged when the previous sentence names no year or several.
  func namingTheYear(_ text: String, previous: String?) -> String {
    guard let previous, let offset = TextScan.byteOffset(of: " year", in: text), offset >= 4,
      TextScan.contains(text, "ame year") || TextScan.contains(text, "hat year")
    else { return text }
    let years = Set(TextScan.fourDigitNumbers(in: previous).filter { (1000...2100).contains($0) })
    guard years.count == 1, let year = years.first else { return text }
    // Each phrase is looked for as written and capitalised (opening the sentence), by bytes:
    // lower-casing a whole sentence of curly quotes costs far more.
    for (phrase, lead) in Self.sameYearPhrases {
      for (pattern, replacement) in [
        (phrase, "\(lead) \(year)"), (capitalizeFirst(phrase), capitalizeFirst("\(lead) \(year)")),
      ] {
        guard let start = TextScan.byteOffset(of: pattern, in: text) else { continue }
        let bytes = Array(text.utf8)
        return String(
          decoding: bytes[..<start] + Array(replacement.utf8) + bytes[(start + pattern.utf8.count)...], as: UTF8.self)
      }
    }
    return text
  }

  /// "... is essential in addressing them." with the plural the previous clause names put in for
  /// the closing "them": "... addressing the root causes."
  func resolvingFinalThem(_ text: String, previous: String?, memo: inout Tokenizer.Memo) -> String {
    guard let previous, text.hasSuffix(" them."), let noun = antecedent(in: previous, plural: true, memo: &memo)
    else { return text }
    let phrase = TextScan.contains(previous.lowercased(), "the " + noun.lowercased()) ? "the " + noun : noun
    return text.dropLast(" them.".count) + " " + phrase + "."
  }
}
