/// A card the generator may keep, with what it needs for ranking and merging.
struct CardDraft {
  /// What the note asks.
  var content: Note.Content
  /// The folded answer, to cap and merge cards by answer.
  var answerKey: String
  /// The content words of the prompt, to find near-duplicates.
  var promptWords: Set<String>
  /// 0 for list and acronym cards, then 1, 2, 3 for a sentence's first, second, third card.
  var tier: Int
  /// The place of its clause in the document.
  var order: Int
  /// The 1-based line of the document it comes from.
  var line: Int
  /// The heading it stands under.
  var topic: String?
  /// The answer as written, for the note's id.
  var answer: String
}

/// Picks the facts of a clause and turns them into cards.
struct CardPlanner {
  let analysis: DocumentAnalysis
  let maxPerSentence: Int

  /// How many cards `clause` may give: longer sentences hold more facts.
  func cap(for clause: DocumentAnalysis.Clause) -> Int {
    let wordCount = clause.tokens.count(where: \.isWord)
    return min(maxPerSentence, 1 + (wordCount >= 12 ? 1 : 0) + (wordCount >= 22 ? 1 : 0))
  }

  /// A fact chosen for a clause, with what merging needs before the card is written.
  struct Pick {
    /// The fact to ask.
    var fact: Fact
    /// Its rank among the clause's picks, 0 for the best.
    var rank: Int
    /// The folded answer.
    var answerKey: String
    /// The content words of the prompt, for near-duplicates.
    var promptWords: Set<String>
    /// `answerKey` with its hash worked out beforehand, on the worker that made the pick.
    var answerID: AnswerID
  }

  /// A folded answer that carries its own hash, so that a dictionary keyed by it hashes one number
  /// instead of the whole text.
  struct AnswerID: Hashable {
    let text: String
    let hash: Int

    init(_ text: String) {
      self.text = text
      hash = text.hashValue
    }

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.hash == rhs.hash && lhs.text == rhs.text }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
  }

  /// The possible cards of `clause`, best first; the caller keeps the first few that survive
  /// merging and only then writes them with `draft(_:clause:)`.
  func picks(for clause: DocumentAnalysis.Clause) -> [Pick] {
    let folded = TextNormalizer.fold(clause.text)
    let clauseWords = clause.tokens.map { $0.isWord ? Self.contentWord($0.lower) : nil }
    // The heading is shown with the card: an answer it spells out is given away.
    let heading = clause.topic.flatMap { analysis.headings[$0] }
    var candidates: [(fact: Fact, key: String, words: [String])] = clause.facts.compactMap { fact in
      if let heading, heading.givesAway(fact.folded) { return nil }
      guard let (key, words) = check(fact, in: clause, folded: folded, clauseWords: clauseWords) else { return nil }
      return (fact, key, words)
    }
    var chosen: [Pick] = []
    let limit = cap(for: clause) + 3
    while chosen.count < limit, !candidates.isEmpty {
      let adjusted = candidates.map { candidate -> Double in
        var score = candidate.fact.score
        for chosenPick in chosen {
          let other = chosenPick.fact
          let fact = candidate.fact
          if fact.firstToken < other.endToken + 3 && other.firstToken < fact.endToken + 3 { score -= 1.5 }
          if other.kind == fact.kind { score -= 1.5 }
        }
        return score
      }
      guard
        let best = adjusted.indices.max(by: {
          adjusted[$0] < adjusted[$1]
            || (adjusted[$0] == adjusted[$1] && candidates[$0].fact.start > candidates[$1].fact.start)
        }),
        chosen.isEmpty || adjusted[best] >= 2.5
      else { break }
      let pick = candidates.remove(at: best)
      chosen.append(
        Pick(
          fact: pick.fact, rank: chosen.count, answerKey: pick.key, promptWords: Set(pick.words),
          answerID: AnswerID(pick.key)))
      candidates.removeAll { $0.fact.firstToken < pick.fact.endToken && pick.fact.firstToken < $0.fact.endToken }
    }
    return chosen
  }

  /// The folded answer and the prompt's content words when `fact` can be a gap of `clause`.
  private func check(
    _ fact: Fact, in clause: DocumentAnalysis.Clause, folded: String, clauseWords: [String?]
  ) -> (String, [String])? {
    let answer = fact.folded
    guard fact.score > 0, !answer.isEmpty, TextNormalizer.hasContentWord(folded: answer),
      answer.utf8.count(where: { $0 == 0x20 }) < 8, !analysis.subject.contains(answer),
      TextNormalizer.occurrences(of: answer, in: folded) <= 1
    else { return nil }
    let tokens = clause.tokens
    // An acronym right after its expansion is asked by the acronym card instead.
    if fact.kind == .acronym, fact.firstToken >= 2, tokens[fact.firstToken - 1].text == "(" { return nil }
    var words: [String] = []
    for (index, word) in clauseWords.enumerated() where index < fact.firstToken || index >= fact.endToken {
      if let word, !words.contains(word) { words.append(word) }
    }
    if words.count < 3 {
      guard let context = clause.topic ?? analysis.outline.title else { return nil }
      let foldedContext = TextNormalizer.fold(context)
      if TextNormalizer.containsWords(foldedContext, answer) { return nil }
      for word in TextNormalizer.contentWords(folded: foldedContext) where !words.contains(word) { words.append(word) }
      if words.count < 3 { return nil }
    } else if fact.firstToken > 0, let first = tokens.first, Lexicon.danglingStarts.contains(first.lower) {
      return nil
    }
    return (answer, words)
  }

  /// A token's content word as the near-duplicate check compares them, or nil for a stop word.
  private static func contentWord(_ lower: String) -> String? {
    let isNumber = lower.utf8.allSatisfy { (0x30...0x39).contains($0) }
    guard isNumber || (lower.utf8.count > 1 && !TextNormalizer.stopWords.contains(lower)) else { return nil }
    var trimmed = Substring(lower)
    while let last = trimmed.utf8.last, last == 0x27 || last == 0x73 { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }

  /// The text before and after the gap, without an acronym that would give the expansion away.
  private func promptParts(_ fact: Fact, _ clause: DocumentAnalysis.Clause) -> (
    before: String, after: String, folded: String
  ) {
    let chars = CharacterText(clause.text)
    let before = chars[..<fact.start]
    var afterStart = fact.end
    let tokens = clause.tokens
    if fact.endToken + 2 < tokens.count, tokens[fact.endToken].text == "(", tokens[fact.endToken + 2].text == ")",
      analysis.acronyms.contains(where: { $0.short == tokens[fact.endToken + 1].text })
    {
      afterStart = tokens[fact.endToken + 2].end
    }
    let after = chars[afterStart...]
    let folded = TextNormalizer.fold(before + " " + after)
    // A short sentence gets its section as context so the card can be understood alone.
    if TextNormalizer.contentWords(folded: folded).count < 3 {
      let context = clause.topic ?? analysis.outline.title ?? ""
      if !context.isEmpty {
        let before = "\(context): " + before
        return (before, after, TextNormalizer.fold(before + " " + after))
      }
    }
    return (before, after, folded)
  }

  /// The card of `pick`, written out.
  func draft(_ pick: Pick, clause: DocumentAnalysis.Clause) -> CardDraft {
    let fact = pick.fact
    let index = pick.rank
    let parts = promptParts(fact, clause)
    let content: Note.Content
    let wantsChoice =
      fact.kind == .year || fact.kind == .date || (fact.kind.isName && fact.kind != .acronym && index == 1)
    if index == 0, let question = QuestionPattern.when(fact, in: clause) {
      content = .qa(question: question, answer: fact.text, reverse: false)
    } else if wantsChoice,
      let choice = analysis.options.options(for: fact.text, kind: fact.kind, excluding: parts.folded)
    {
      content = .mcq(prompt: parts.before + "____" + parts.after, options: choice.options, correct: choice.correct)
    } else {
      var hint: String? = fact.kind == .phrase || fact.kind == .action ? nil : fact.kind.rawValue
      if fact.kind == .acronym, let kind = analysis.acronymKinds[fact.text] { hint = kind.rawValue }
      var segments: [ClozeText.Segment] = []
      if !parts.before.isEmpty { segments.append(.text(parts.before)) }
      segments.append(.gap(answer: fact.text, hint: hint))
      if !parts.after.isEmpty { segments.append(.text(parts.after)) }
      content = .cloze(ClozeText(segments: segments))
    }
    return CardDraft(
      content: content, answerKey: pick.answerKey, promptWords: pick.promptWords, tier: index + 1,
      order: clause.order, line: clause.line, topic: clause.topic, answer: fact.text)
  }
}
