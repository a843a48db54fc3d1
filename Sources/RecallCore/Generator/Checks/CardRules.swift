/// The checks pass: what every draft must satisfy before it may become a card. The generator asks
/// them of each candidate gap, and `DeckCheck` asks them of the cards of any deck.
enum CardRules {
  /// The most words a prompt may have.
  static let maxPromptWords = 40

  /// What the rules need to know about the document beyond the sentence.
  struct Knowledge {
    /// Each folded acronym's folded expansion, and each expansion's acronym.
    var expansions: [String: String] = [:]
    /// Words the document writes in lower case somewhere.
    var ordinary: Set<String> = []
    /// English word knowledge, when there is any.
    var lexicon: (any EnglishLexicon)?
    /// Folded common words that head a longer name of the document ("treaty" of "Treaty of
    /// Waitangi"): alone, such a word is the document's shorthand, not a name to learn.
    var shorthands: Set<String> = []
    /// The document's main subject, folded, by each of its names ("lomaria", "republic of lomaria").
    var subjects: [String] = []
  }

  /// The problem of a sentence as a prompt, whatever is gapped: too long, or not a sentence.
  static func promptProblem(tokens: [Token], lexicon: (any EnglishLexicon)? = nil) -> CardProblem? {
    let words = tokens.count(where: \.isWord)
    if words > maxPromptWords { return .tooLong(words: words) }
    if let first = tokens.first, Lexicon.danglingStarts.contains(first.lower) { return .danglingStart(first.text) }
    if let opening = Lexicon.backReferenceOpening(tokens) { return .danglingStart(opening) }
    // A line with no verb is a title, a date or a label ("Signed: 1 July 1968" is a field and kept).
    // The tagger knows few verbs, so a line of ordinary lower-case words counts as a sentence too.
    let hasVerb = tokens.contains { token in
      token.tag == .verb || token.tag == .auxiliary || token.tag == .participle
        || (lexicon?.partsOfSpeech(of: token.lower).contains(.verb) ?? false)
    }
    let lowercaseWords = tokens.dropFirst().count { $0.isWord && !$0.isCapitalized && $0.tag != .number }
    if !hasVerb, lowercaseWords < 3 || words <= 6, !tokens.contains(where: { $0.text == ":" }) {
      return .notASentence
    }
    // "... (2 people per sq km) Ethnic groups: Khalkh 84.5%": a field line glued to the line before.
    if let colon = tokens.firstIndex(where: { $0.text == ":" }), colon >= 3,
      tokens[(colon - 3)..<colon].contains(where: { $0.text == ")" })
    {
      return .notASentence
    }
    return nil
  }

  /// The problem of gapping tokens `gap` of a sentence, or nil when the gap makes a fair card.
  static func gapProblem(
    tokens: [Token], gap: Range<Int>, kind: FactKind, answer: String, sentence: String, knowledge: Knowledge
  ) -> CardProblem? {
    guard !gap.isEmpty, gap.upperBound <= tokens.count else { return nil }
    if let problem = shapeProblem(
      tokens: tokens, gap: gap, kind: kind, answer: answer, sentence: sentence, lexicon: knowledge.lexicon)
    {
      return problem
    }
    if let problem = genericProblem(tokens: tokens, gap: gap, kind: kind, answer: answer, knowledge: knowledge) {
      return problem
    }
    if answerShows(tokens: tokens, gap: gap, answer: answer, knowledge: knowledge) { return .answerInPrompt(answer) }
    if let problem = descriptionProblem(tokens: tokens, gap: gap, kind: kind, answer: answer, knowledge: knowledge) {
      return problem
    }
    if let problem = workedOutProblem(tokens: tokens, gap: gap) { return problem }
    return contextualGapProblem(tokens: tokens, gap: gap, kind: kind, answer: answer, knowledge: knowledge)
  }

  /// A gap that is no whole noun phrase, name or number: a verb phrase, part of a name, a number
  /// with the suffix of the next word.
  private static func shapeProblem(
    tokens: [Token], gap: Range<Int>, kind: FactKind, answer: String, sentence: String,
    lexicon: (any EnglishLexicon)?
  ) -> CardProblem? {
    if kind == .action { return .verbPhraseGap(answer) }
    let last = tokens[gap.upperBound - 1]
    let next = gap.upperBound < tokens.count ? tokens[gap.upperBound] : nil
    if kind == .phrase {
      // "communities that [lack safe drinking water]": a relative pronoun is followed by its verb.
      if gap.lowerBound > 1, ["that", "who", "which"].contains(tokens[gap.lowerBound - 1].lower),
        !Lexicon.determiners.contains(tokens[gap.lowerBound].lower)
      {
        // "believes that [diplomatic methods] must": after a verb, "that" opens a clause with its subject.
        let before = tokens[gap.lowerBound - 2]
        let isNoun =
          (before.tag == .noun || before.tag == .name)
          && (lexicon.map { $0.partsOfSpeech(of: before.lower).contains(.noun) } ?? true)
        if isNoun { return .verbPhraseGap(answer) }
      }
      // "[school taught] him", "[residents suffer] from": the phrase ends in a verb.
      if let next, objectPronouns.contains(next.lower) { return .verbPhraseGap(answer) }
      if last.tag == .verb || last.tag == .auxiliary { return .verbPhraseGap(answer) }
      // "the [program provides] grants": a last word that is only ever a verb.
      if let parts = lexicon?.partsOfSpeech(of: last.lower), parts.contains(.verb), !parts.contains(.noun) {
        return .verbPhraseGap(answer)
      }
    }
    // "Climate: desert", "(2010 est.)": a field's label and an estimate's year are no facts.
    if gap.lowerBound == 0, next?.text == ":" { return .genericGap(answer) }
    if kind == .year, let next, next.lower == "est" || next.lower == "est." { return .genericGap(answer) }
    if kind.isNumeric, let dash = answer.firstIndex(where: { $0 == "-" || $0 == "\u{2013}" }),
      answer[answer.index(after: dash)...].contains(where: \.fastIsLetter)
    {
      return .swallowedSuffix(answer)
    }
    // "UN–____", "18–[24 April 1955]": a dash joins the gap to the word before or after it.
    let start = tokens[gap.lowerBound].start
    if gap.lowerBound > 0, tokens[gap.lowerBound - 1].end == start,
      ["-", "\u{2013}"].contains(tokens[gap.lowerBound - 1].text)
    {
      return .nameFragment(answer)
    }
    if let next, next.start == last.end, ["-", "\u{2013}"].contains(next.text) { return .nameFragment(answer) }
    guard kind.isName || kind == .name else { return nil }
    if let next {
      // "[Arquivo Nacional] da Torre do Tombo", "[Treaty] of Tordesillas".
      let afterNext = gap.upperBound + 1 < tokens.count ? tokens[gap.upperBound + 1] : nil
      if (next.tag == .name || next.tag == .acronym) && next.isCapitalized && next.start == last.end + 1 {
        return .nameFragment(answer)
      }
      if nameParticles.contains(next.lower), let afterNext, afterNext.isCapitalized, afterNext.tag == .name {
        return .nameFragment(answer)
      }
      // "[Merdeka] (Freedom) Building": the name goes on after the brackets.
      if next.text == "(", let close = tokens[gap.upperBound...].firstIndex(where: { $0.text == ")" }),
        close + 1 < tokens.count, tokens[close + 1].isCapitalized, tokens[close + 1].tag == .name
      {
        return .nameFragment(answer)
      }
    }
    if gap.lowerBound >= 2 {
      let before = tokens[gap.lowerBound - 1]
      let beforeThat = tokens[gap.lowerBound - 2]
      if nameParticles.contains(before.lower), before.lower != "of", beforeThat.isCapitalized,
        beforeThat.tag == .name
      {
        return .nameFragment(answer)
      }
    }
    return nil
  }

  /// A gap too general to be a fact: one common word, a vague head noun, "other side".
  private static func genericProblem(
    tokens: [Token], gap: Range<Int>, kind: FactKind, answer: String, knowledge: Knowledge
  ) -> CardProblem? {
    let words = tokens[gap].filter { $0.isWord && !Lexicon.determiners.contains($0.lower) }
    guard let head = words.last else { return .genericGap(answer) }
    if kind == .phrase {
      if words.count == 1 { return .genericGap(answer) }
      // "[efforts of the international community]", "[legitimate interests and rights]": the head
      // of "A of B" is A, and of "A and B" both; a general head makes the phrase general.
      var heads = [head.lower]
      if let joint = words.firstIndex(where: { $0.lower == "of" || $0.lower == "and" }), joint > words.startIndex {
        heads.append(words[words.index(before: joint)].lower)
      }
      if heads.contains(where: { Lexicon.vagueNouns.contains($0) || Lexicon.genericHeads.contains($0) }) {
        return .genericGap(answer)
      }
      if words.count == 2, let first = words.first, Lexicon.genericModifiers.contains(first.lower) {
        return .genericGap(answer)
      }
    }
    // "[two]", "[AD]", "[UN]": too small a word to be the fact a card tests.
    if kind == .number, ["one", "two"].contains(answer.lowercased()) { return .genericGap(answer) }
    if kind == .acronym, answer.count <= 2 { return .genericGap(answer) }
    if kind.isName || kind == .name, words.count == 1, let word = words.first {
      // "Originals", "Indigenous": a common word capitalised at the start of a sentence.
      let lower = word.lower
      if knowledge.ordinary.contains(lower) && gap.lowerBound == 0 { return .genericGap(answer) }
      if let lexicon = knowledge.lexicon, !lexicon.isProperName(lower), lexicon.isCommonWord(lower),
        knowledge.expansions[lower] == nil, word.tag != .acronym
      {
        return .genericGap(answer)
      }
    }
    return nil
  }

  /// Whether the prompt shows the answer: every content word of the gap (or a form of it) stands
  /// outside it, or its acronym or expansion does.
  static func answerShows(tokens: [Token], gap: Range<Int>, answer: String, knowledge: Knowledge) -> Bool {
    let inside = tokens[gap].filter { $0.isWord && !TextNormalizer.stopWords.contains($0.lower) }
    guard !inside.isEmpty else { return false }
    var outside = Set<String>()
    var outsideLower = Set<String>()
    // "... Agency (IAEA)": the card leaves out the acronym right after the gap.
    var hidden = gap
    if gap.upperBound + 2 < tokens.count, tokens[gap.upperBound].text == "(", tokens[gap.upperBound + 2].text == ")" {
      hidden = gap.lowerBound..<(gap.upperBound + 3)
    }
    for (index, token) in tokens.enumerated() where !hidden.contains(index) && token.isWord {
      outside.insert(stem(token.lower, lexicon: knowledge.lexicon))
      outsideLower.insert(token.lower)
    }
    let folded = TextNormalizer.fold(answer)
    if let other = knowledge.expansions[folded] {
      let otherWords = other.split(separator: " ").map(String.init)
      if otherWords.count == 1 {
        if outsideLower.contains(other) { return true }
      } else if otherWords.allSatisfy({ TextNormalizer.stopWords.contains($0) || outsideLower.contains($0) }) {
        return true
      }
    }
    // A short word ("UN", "war") is asked as it stands: its letters are too common to compare.
    let compared = inside.filter { $0.lower.count >= 4 || $0.tag == .number }
    guard !compared.isEmpty, compared.count == inside.count || inside.count > 1 else { return false }
    // "Kennedy ... became known as the [Kennedy Airlift]": a name given after the words of the
    // sentence gives itself away by any one of them.
    if isNamedAfter(tokens, gap),
      compared.contains(where: { outside.contains(stem($0.lower, lexicon: knowledge.lexicon)) })
    {
      return true
    }
    return compared.allSatisfy { outside.contains(stem($0.lower, lexicon: knowledge.lexicon)) }
  }

  /// Whether the gap is the name something was given: after "known as", "called" or "named",
  /// with or without "the".
  private static func isNamedAfter(_ tokens: [Token], _ gap: Range<Int>) -> Bool {
    var index = gap.lowerBound - 1
    if index >= 0, ["the", "a", "an"].contains(tokens[index].lower) { index -= 1 }
    guard index >= 0 else { return false }
    if ["called", "named", "dubbed"].contains(tokens[index].lower) { return true }
    return index >= 1 && tokens[index].lower == "as" && tokens[index - 1].lower == "known"
  }

  /// A word's lemma when the lexicon knows it, otherwise its first six letters without a plural
  /// "s" ("dissolution" and "dissolve" share "dissol").
  static func stem(_ lower: String, lexicon: (any EnglishLexicon)?) -> String {
    var word = lower
    if let lemma = lexicon?.lemma(of: word) { word = lemma }
    if word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
    return String(word.prefix(6))
  }

  /// Pronouns that follow a verb as its object.
  private static let objectPronouns: Set<String> = ["him", "her", "them", "us", "me", "it", "himself", "herself"]

  /// Small words inside a name that join its parts.
  static let nameParticles: Set<String> = [
    "of", "da", "de", "do", "dos", "das", "di", "del", "della", "von", "van", "der", "den", "la", "le", "du", "al",
    "bin", "ibn", "y", "e",
  ]
}
