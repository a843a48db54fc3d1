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
    let wordCount = clause.tokens.filter(\.isWord).count
    return min(maxPerSentence, 1 + (wordCount >= 16 ? 1 : 0) + (wordCount >= 24 ? 1 : 0))
  }

  /// The possible cards of `clause`, best first; the caller keeps the first few that survive
  /// merging.
  func drafts(for clause: DocumentAnalysis.Clause) -> [CardDraft] {
    let folded = TextNormalizer.fold(clause.text)
    var candidates = clause.facts.filter { usable($0, in: clause, folded: folded) }
    var chosen: [Fact] = []
    while chosen.count < cap(for: clause) + 3, !candidates.isEmpty {
      let adjusted = candidates.map { fact -> Double in
        var score = fact.score
        for other in chosen {
          if fact.firstToken < other.endToken + 3 && other.firstToken < fact.endToken + 3 { score -= 1.5 }
          if other.kind == fact.kind { score -= 1.5 }
        }
        return score
      }
      guard
        let best = adjusted.indices.max(by: {
          adjusted[$0] < adjusted[$1] || (adjusted[$0] == adjusted[$1] && candidates[$0].start > candidates[$1].start)
        }),
        chosen.isEmpty || adjusted[best] >= 2.5
      else { break }
      let pick = candidates.remove(at: best)
      chosen.append(pick)
      candidates.removeAll { $0.firstToken < pick.endToken && pick.firstToken < $0.endToken }
    }
    return chosen.enumerated().map { index, fact in draft(fact, index: index, clause: clause) }
  }

  /// Whether `fact` can be a gap of `clause`.
  private func usable(_ fact: Fact, in clause: DocumentAnalysis.Clause, folded: String) -> Bool {
    let answer = TextNormalizer.fold(fact.text)
    guard fact.score > 0, !answer.isEmpty, !TextNormalizer.contentWords(fact.text).isEmpty,
      answer.split(separator: " ").count <= 8, !analysis.subject.contains(answer),
      TextNormalizer.occurrences(of: answer, in: folded) <= 1
    else { return false }
    // An acronym right after its expansion is asked by the acronym card instead.
    if fact.kind == .acronym, fact.firstToken >= 2, clause.tokens[fact.firstToken - 1].text == "(" { return false }
    let prompt = promptParts(fact, clause)
    let shown = prompt.before + " " + prompt.after
    if TextNormalizer.containsWords(TextNormalizer.fold(shown), answer) { return false }
    return TextNormalizer.contentWords(shown).count >= 3 && !startsDangling(prompt.before.isEmpty ? "____" : shown)
  }

  private func startsDangling(_ text: String) -> Bool {
    guard let first = text.split(separator: " ").first else { return false }
    return Lexicon.danglingStarts.contains(first.lowercased())
  }

  /// The text before and after the gap, without an acronym that would give the expansion away.
  private func promptParts(_ fact: Fact, _ clause: DocumentAnalysis.Clause) -> (before: String, after: String) {
    let chars = Array(clause.text)
    let before = String(chars[..<fact.start])
    var afterStart = fact.end
    let tokens = clause.tokens
    if fact.endToken + 2 < tokens.count, tokens[fact.endToken].text == "(", tokens[fact.endToken + 2].text == ")",
      analysis.acronyms.contains(where: { $0.short == tokens[fact.endToken + 1].text })
    {
      afterStart = tokens[fact.endToken + 2].end
    }
    let after = String(chars[afterStart...])
    // A short sentence gets its section as context so the card can be understood alone.
    if TextNormalizer.contentWords(before + " " + after).count < 3 {
      let context = clause.topic ?? analysis.outline.title ?? ""
      if !context.isEmpty { return ("\(context): " + before, after) }
    }
    return (before, after)
  }

  private func draft(_ fact: Fact, index: Int, clause: DocumentAnalysis.Clause) -> CardDraft {
    let parts = promptParts(fact, clause)
    let content: Note.Content
    let wantsChoice =
      fact.kind == .year || fact.kind == .date || (fact.kind.isName && fact.kind != .acronym && index == 1)
    if wantsChoice, let choice = analysis.options.options(for: fact.text, kind: fact.kind) {
      content = .mcq(prompt: parts.before + "____" + parts.after, options: choice.options, correct: choice.correct)
    } else {
      let hint: String? = fact.kind == .phrase || fact.kind == .action ? nil : fact.kind.rawValue
      var segments: [ClozeText.Segment] = []
      if !parts.before.isEmpty { segments.append(.text(parts.before)) }
      segments.append(.gap(answer: fact.text, hint: hint))
      if !parts.after.isEmpty { segments.append(.text(parts.after)) }
      content = .cloze(ClozeText(segments: segments))
    }
    return CardDraft(
      content: content, answerKey: TextNormalizer.fold(fact.text),
      promptWords: TextNormalizer.contentWords(parts.before + " " + parts.after), tier: index + 1,
      order: clause.order, line: clause.line, topic: clause.topic, answer: fact.text)
  }
}
