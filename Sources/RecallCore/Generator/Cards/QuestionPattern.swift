/// Turns sentences of a common shape into natural questions.
enum QuestionPattern {
  /// "The Harbour Accord was signed in Lisbon on 3 May 1956 by four states." asked about its date
  /// becomes "When was the Harbour Accord signed in Lisbon by four states?"; nil for other shapes.
  static func when(_ fact: Fact, in clause: DocumentAnalysis.Clause) -> String? {
    guard fact.kind == .year || fact.kind == .date else { return nil }
    let tokens = clause.tokens
    let chars = CharacterText(clause.text)
    guard fact.firstToken >= 4, ["in", "on"].contains(tokens[fact.firstToken - 1].lower),
      let be = tokens.firstIndex(where: { $0.lower == "was" || $0.lower == "were" }), be > 0,
      be + 1 < fact.firstToken - 1
    else { return nil }
    let verb = tokens[be + 1]
    guard verb.tag == .verb || verb.tag == .participle,
      verb.lower.hasSuffix("ed") || verb.lower.hasSuffix("en")
        || VerbLexicon.isVerb(verb.lower)
    else { return nil }
    // The subject must be a plain phrase, the middle and the end free of clause breaks.
    let subjectTokens = tokens[..<be]
    let breaks: Set<String> = [",", ";", ":", "(", ")", "\u{201C}", "\u{201D}", "\""]
    guard subjectTokens.allSatisfy({ $0.isWord }),
      !tokens[be..<fact.firstToken].contains(where: { breaks.contains($0.text) })
    else { return nil }
    // "The organization implements the Treaty that was signed ...", "... intended to ensure that
    // when ...": a subject with a verb or a clause inside asks about something else.
    let clauseWords = Lexicon.conjunctions.subtracting(["and", "or"])
    guard
      !tokens[..<fact.firstToken].contains(where: { clauseWords.contains($0.lower) }),
      !subjectTokens.contains(where: { $0.tag == .auxiliary || ($0.tag == .verb && !$0.lower.hasSuffix("ing")) })
    else { return nil }
    var subject = chars[tokens[0].start..<tokens[be - 1].end]
    if tokens[0].tag != .name && tokens[0].tag != .acronym, let first = subject.first {
      subject = first.lowercased() + subject.dropFirst()
    }
    let middle = chars[verb.start..<tokens[fact.firstToken - 2].end]
    var rest = chars[fact.end...]
    while let last = rest.last, ".!?".contains(last) || last.fastIsWhitespace { rest.removeLast() }
    if rest.contains(where: { breaks.contains(String($0)) }) { rest = "" }
    // "introduced in 2016 and is paid for by ...": a second predicate is no part of the question.
    let after = fact.endToken
    if after + 1 < tokens.count, ["and", "but", "or"].contains(tokens[after].lower),
      [.auxiliary, .verb].contains(tokens[after + 1].tag)
    {
      rest = ""
    }
    let question = "When \(tokens[be].lower) \(subject) \(middle)\(rest)?"
    return TextNormalizer.contentWords(question).count >= 4 ? question : nil
  }
}
