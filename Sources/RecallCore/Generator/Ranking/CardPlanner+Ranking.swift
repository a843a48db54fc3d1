extension CardPlanner {
  /// The possible cards of `clause`, best first; the caller keeps the first few that survive
  /// merging and only then writes them with `draft(_:clause:)`.
  func picks(for clause: DocumentAnalysis.Clause) -> [Pick] {
    if CardRules.promptProblem(tokens: clause.tokens, lexicon: knowledge.lexicon) != nil { return [] }
    if CardRules.contextProblem(tokens: clause.tokens, subject: subjectPronouns) != nil { return [] }
    if definiteSubjectProblem(clause) != nil { return [] }
    let folded = TextNormalizer.fold(clause.text)
    var words = ClauseWords(clause.tokens)
    var context = Context()
    let facts = clause.facts
    // The heading is shown with the card: an answer it spells out is given away.
    let heading = clause.topic.flatMap { analysis.headings[$0] }
    // Candidates refer to their fact by its place in `facts` and carry the few numbers the
    // choice compares, so that no fact (with its strings) is copied.
    var candidates: [Candidate] = []
    for index in facts.indices {
      let fact = facts[index]
      // A common-noun phrase is a gap any noun could fill: asked only where a document has few
      // names, numbers and dates (a position statement), or as a name's definition or a judgement.
      if fact.kind == .phrase, !asksPhrases, CardRules.nameListItems(fact.text) == nil,
        !StatementGenre.isDefinitionOrJudgement(clause.tokens, first: fact.firstToken, end: fact.endToken)
      {
        continue
      }
      guard let (key, withContext) = check(fact, in: clause, folded: folded, words: &words, context: &context)
      else { continue }
      if let heading, !fact.kind.isNumeric, heading.givesAway(fact.folded) { continue }
      candidates.append(
        Candidate(
          fact: index, key: key, withContext: withContext, score: fact.score, kind: fact.kind, start: fact.start,
          firstToken: fact.firstToken, endToken: fact.endToken))
    }
    var chosen: [Pick] = []
    var chosenSpans: [Candidate] = []
    let limit = cap(for: clause) + 3
    while chosen.count < limit, !candidates.isEmpty {
      func adjusted(_ fact: Candidate) -> Double {
        var score = fact.score
        for other in chosenSpans {
          if fact.firstToken < other.endToken + 3 && other.firstToken < fact.endToken + 3 {
            score += ScoreWeights.nearPick
          }
          if other.kind == fact.kind { score += ScoreWeights.sameKindPick }
        }
        return score
      }
      // The best candidate as `max(by:)` finds it (the last of equals), without an array of scores.
      var best = 0
      var bestScore = adjusted(candidates[0])
      for index in candidates.indices.dropFirst() {
        let score = adjusted(candidates[index])
        if bestScore < score || (bestScore == score && candidates[best].start > candidates[index].start) {
          best = index
          bestScore = score
        }
      }
      guard chosen.isEmpty || bestScore >= ScoreWeights.laterPick else { break }
      // A common-noun phrase is asked only when its clause has nothing better: as a second card it
      // is the gap teachers find least worth learning.
      if !chosen.isEmpty, candidates[best].kind == .phrase, !phrasesLead, bestScore < ScoreWeights.secondPhrase {
        candidates.remove(at: best)
        continue
      }
      let pick = candidates.remove(at: best)
      chosenSpans.append(pick)
      chosen.append(
        Pick(
          factIndex: Int32(pick.fact), rank: Int32(chosen.count), score: Float(bestScore),
          promptWords: words.promptWords(outside: pick.firstToken..<pick.endToken, withContext: pick.withContext),
          answerID: AnswerID(pick.key)))
      candidates.removeAll { $0.firstToken < pick.endToken && pick.firstToken < $0.endToken }
    }
    return chosen
  }

  /// A fact that may be asked, with what choosing among them compares.
  struct Candidate {
    var fact: Int
    var key: String
    var withContext: Bool
    var score: Double
    var kind: FactKind
    var start: Int
    var firstToken: Int
    var endToken: Int
  }
}
