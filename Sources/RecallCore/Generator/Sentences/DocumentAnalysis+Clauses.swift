extension DocumentAnalysis {
  /// The clauses of one unit of the outline: most units give one clause or none, which then need
  /// no array of their own.
  enum UnitClauses {
    case none
    case one(Clause)
    case many([Clause])

    var count: Int {
      switch self {
      case .none: 0
      case .one: 1
      case .many(let clauses): clauses.count
      }
    }

    mutating func append(_ clause: Clause) {
      switch self {
      case .none: self = .one(clause)
      case .one(let first): self = .many([first, clause])
      case .many(var clauses):
        self = .none
        clauses.append(clause)
        self = .many(clauses)
      }
    }
  }

  /// Adds the clauses of `sentence` worth making cards from, with their candidate facts, to `result`.
  static func addClauses(
    of sentence: DocumentOutline.Sentence, to result: inout UnitClauses, cleaner: SentenceCleaner,
    tokenizer: Tokenizer, memo: inout Tokenizer.Memo
  ) {
    // A "sentence" of thousands of characters is a run-on block, not a fact to ask about, and
    // skipping it keeps the work per sentence bounded.
    guard sentence.text.utf8.count <= Self.longestSentence else { return }
    for clause in cleaner.clauses(of: sentence.text, previous: sentence.previous, memo: &memo) {
      let tokens = tokenizer.tokens(of: clause, memo: &memo)
      memo.recent = (clause, tokens, nil)
      guard tokens.count(where: \.isWord) >= 4 else { continue }
      var facts = PhraseFinder(sentence: clause, tokens: tokens).facts()
      memo.recent = (clause, tokens, facts)
      // A year put in for "that same year" was asked about in its own sentence.
      if facts.indices.contains(where: { facts[$0].kind == .year && !TextScan.contains(sentence.text, facts[$0].text) })
      {
        facts.removeAll { $0.kind == .year && !TextScan.contains(sentence.text, $0.text) }
      }
      for index in facts.indices { facts[index].folded = TextNormalizer.fold(facts[index].text) }
      var analysed = Clause(
        text: clause, tokens: tokens, facts: facts, line: sentence.line, topic: sentence.topic, order: 0)
      analysed.acronyms = acronymCandidates(tokens: tokens, facts: facts)
      result.append(analysed)
    }
  }

  /// The longest sentence, in UTF-8 bytes, that cards are made from.
  static let longestSentence = 1_000
}
