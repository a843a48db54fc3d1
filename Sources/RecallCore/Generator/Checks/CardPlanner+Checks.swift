extension CardPlanner {
  /// A clause's context (its topic, or the title) folded, worked out once per clause when needed.
  struct Context {
    var folded: String??
  }

  /// The folded answer, and whether the prompt needs its context's words, when `fact` can be a
  /// gap of `clause`.
  func check(
    _ fact: Fact, in clause: DocumentAnalysis.Clause, folded: String, words: inout ClauseWords, context: inout Context
  ) -> (String, Bool)? {
    let answer = fact.folded
    guard fact.score > 0, !answer.isEmpty, TextNormalizer.hasContentWord(folded: answer),
      answer.utf8.count(where: { $0 == 0x20 }) < 8, !subjects.contains(answer),
      TextNormalizer.occurrences(of: answer, in: folded, upTo: 2) <= 1
    else { return nil }
    // "Dag Hjalmar Agne Carl Hammarskjöld", "Hammarskjöld": a biography's subject by another of its names.
    if let main = analysis.cleaner.mainSubject, main.reference != .it, fact.kind.isName || fact.kind == .name,
      let surname = main.name.split(separator: " ").last.map({ TextNormalizer.fold(String($0)) }),
      answer.split(separator: " ").last.map(String.init) == surname
    {
      return nil
    }
    // "Icelanders" in an article on Iceland: the subject's people.
    if fact.kind.isName || fact.kind == .name, !answer.contains(" "),
      subjects.contains(where: { !$0.contains(" ") && $0.utf8.count >= 4 && answer.hasPrefix($0) && answer != $0 })
    {
      return nil
    }
    // "Eleanor" in a biography of Eleanor Roosevelt: the subject by its first name.
    if let main = analysis.cleaner.mainSubject, main.reference != .it, fact.kind.isName || fact.kind == .name {
      let names = Set(TextNormalizer.fold(main.name).split(separator: " "))
      if answer.split(separator: " ").allSatisfy({ names.contains($0) }) { return nil }
    }
    let tokens = clause.tokens
    // "united the kingdoms of Norway, Denmark and Sweden": the names are asked as a list, unless
    // the sentence's list goes on after them ("A, B and C, D, E"; "A, B and C, which ...").
    if let items = CardRules.nameListItems(fact.text) {
      guard !listGoesOn(fact, clause), !listBeganBefore(fact, clause) else { return nil }
      // "signed by A, B and C ... the kings of A": the prompt would show an item.
      let chars = CharacterText(clause.text)
      let rest = TextNormalizer.fold(chars[..<fact.start] + " " + chars[fact.end...])
      guard !items.contains(where: { TextNormalizer.containsWords(rest, TextNormalizer.fold($0)) }),
        !SentenceEnumeration.hasUnsureEdges(tokens, fact.firstToken..<fact.endToken)
      else { return nil }
      return words.countOutside(fact.firstToken..<fact.endToken) >= 3 ? (answer, false) : nil
    }
    // An acronym right after its expansion is asked by the acronym card instead.
    if fact.kind == .acronym, fact.firstToken >= 2, tokens[fact.firstToken - 1].text == "(" { return nil }
    if CardRules.gapProblem(
      tokens: tokens, gap: fact.firstToken..<fact.endToken, kind: fact.kind, answer: fact.text, sentence: clause.text,
      knowledge: knowledge) != nil
    {
      return nil
    }
    let count = words.countOutside(fact.firstToken..<fact.endToken)
    if count < 3 {
      if context.folded == nil { context.folded = (clause.topic ?? analysis.outline.title).map(TextNormalizer.fold) }
      guard let foldedContext = context.folded ?? nil else { return nil }
      if TextNormalizer.containsWords(foldedContext, answer) { return nil }
      if words.countWithContext(foldedContext, count: count) < 3 { return nil }
      return (answer, true)
    } else if fact.firstToken > 0, let first = tokens.first, Lexicon.danglingStarts.contains(first.lower) {
      return nil
    }
    return (answer, false)
  }

  /// The problem of a clause whose subject is a bare "the NOUN" for a kind of thing neither the
  /// document's subject nor the clause's heading is ("The bird ..." in an article on a country).
  func definiteSubjectProblem(_ clause: DocumentAnalysis.Clause) -> CardProblem? {
    // Most clauses open otherwise: the heading's kind is looked up only for those that do not.
    guard let subject = CardRules.definiteSubject(clause.tokens) else { return nil }
    var known = subjectReferents
    var names = subjectWords
    if let topic = clause.topic {
      let words = TextNormalizer.fold(topic).split(separator: " ").map(String.init)
      if let kind = CardRules.referent(ofName: topic, lexicon: knowledge.lexicon) {
        known.insert(kind)
      } else if MainSubject.isNameLike(topic),
        !words.contains(where: { knowledge.ordinary.contains($0) || knowledge.lexicon?.isCommonWord($0) == true })
      {
        // A heading that is a name of no known kind ("Thimphu") is what "the city" of its section is.
        known.formUnion([.country, .city, .organisation, .document, .event])
      }
      names.formUnion(words)
    }
    return CardRules.definiteSubjectProblem(subject, in: clause.tokens, known: known, names: names)
  }
}
