/// A card the generator may keep, with what it needs for ranking and merging.
struct CardDraft {
  /// What the note asks.
  var content: Note.Content
  /// The folded answer, to cap and merge cards by answer.
  var answerKey: String
  /// The content words of the prompt, to find near-duplicates.
  var promptWords: PromptWords
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
  /// Whether the tail is wanted: a second card from 12 words and a third from 22, as before.
  let generous: Bool
  /// The main subject's names: a handful, compared one by one rather than hashing every answer.
  private let subjects: [String]
  /// What the checks pass needs to know of the document.
  private let knowledge: CardRules.Knowledge

  /// A planner for the clauses of `analysis`.
  init(analysis: DocumentAnalysis, maxPerSentence: Int, generous: Bool = false, lexicon: (any EnglishLexicon)? = nil) {
    self.analysis = analysis
    self.maxPerSentence = maxPerSentence
    self.generous = generous
    subjects = Array(analysis.subject)
    var knowledge = CardRules.Knowledge(ordinary: analysis.tokenizer.lowercaseVocabulary, lexicon: lexicon)
    for acronym in analysis.acronyms {
      let short = TextNormalizer.fold(acronym.short)
      let long = TextNormalizer.fold(acronym.expansion)
      knowledge.expansions[short] = long
      knowledge.expansions[long] = short
    }
    knowledge.shorthands = Self.shorthands(of: analysis, lexicon: lexicon)
    self.knowledge = knowledge
    switch analysis.cleaner.mainSubject?.reference {
    case .he: subjectPronouns = .he
    case .she: subjectPronouns = .she
    default: subjectPronouns = .none
    }
    // A position statement has few names, numbers or dates: its phrases are its facts.
    var named = 0
    let subjectNames = subjects
    for clause in analysis.clauses
    where clause.facts.contains(where: { fact in
      fact.kind != .phrase && fact.kind != .action && fact.score > 0 && !subjectNames.contains(fact.folded)
        && fact.text.count > 2
    }) {
      named += 1
    }
    phrasesLead = named * 3 < analysis.clauses.count * 2
    asksPhrases = phrasesLead || StatementGenre.isStatement(analysis.clauses.map(\.tokens))
  }

  /// The pronouns the document's subject stands for without being named.
  private let subjectPronouns: CardRules.SubjectPronouns

  /// The common words that head the document's longer names ("Conference" of "Bandung
  /// Conference", "Treaty" of "Treaty of Waitangi"), folded.
  private static func shorthands(of analysis: DocumentAnalysis, lexicon: (any EnglishLexicon)?) -> Set<String> {
    var result = Set<String>()
    let ordinary = analysis.tokenizer.lowercaseVocabulary
    for clause in analysis.clauses {
      for fact in clause.facts where fact.kind.isName && fact.kind != .acronym && fact.folded.contains(" ") {
        let words = fact.folded.split(separator: " ").map(String.init)
        // The head stands before the first preposition ("Commission" of "Commission on Human Rights").
        let head =
          words.firstIndex(where: { ["of", "on", "for", "in"].contains($0) }).flatMap { $0 > 0 ? words[$0 - 1] : nil }
          ?? words[words.count - 1]
        guard !result.contains(head) else { continue }
        // A common noun: written in lower case in the document, or a noun the lexicon does not
        // know as a country, city or person.
        let common =
          ordinary.contains(head)
          || (lexicon.map { lexicon in
            lexicon.partsOfSpeech(of: head).contains(.noun)
              && ![.country, .city, .person].contains(lexicon.category(of: head))
          } ?? false)
        if common { result.insert(head) }
      }
    }
    return result
  }

  /// The score a common-noun phrase needs to be a clause's second card.
  static let secondPhraseScore = 3.5

  /// Whether fewer than two clauses in three hold a name, number or date, so that a clause's second
  /// card may be a common-noun phrase.
  private let phrasesLead: Bool
  /// Whether common-noun phrases are asked at all: where names, numbers and dates are few, or in a
  /// position statement, whose facts are what its speaker believes and supports.
  private let asksPhrases: Bool

  /// How many cards `clause` may give: longer sentences hold more facts.
  func cap(for clause: DocumentAnalysis.Clause) -> Int {
    let wordCount = clause.tokens.count(where: \.isWord)
    let (second, third) = generous ? (10, 20) : (10, 26)
    return min(maxPerSentence, 1 + (wordCount >= second ? 1 : 0) + (wordCount >= third ? 1 : 0))
  }

  /// A fact chosen for a clause, with what merging needs before the card is written.
  ///
  /// A document has hundreds of thousands of picks, so a pick names its fact by its place in the
  /// clause's facts rather than holding a copy.
  struct Pick {
    /// The place of the fact to ask in its clause's facts.
    var factIndex: Int32
    /// Its rank among the clause's picks, 0 for the best.
    var rank: Int32
    /// The content words of the prompt, for near-duplicates.
    var promptWords: PromptWords
    /// The folded answer with its hash worked out beforehand, on the worker that made the pick.
    var answerID: AnswerID

    /// The folded answer.
    var answerKey: String { answerID.text }
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
    if CardRules.promptProblem(tokens: clause.tokens, lexicon: knowledge.lexicon) != nil { return [] }
    if CardRules.contextProblem(tokens: clause.tokens, subject: subjectPronouns) != nil { return [] }
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
      // names, numbers and dates (a position statement).
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
          if fact.firstToken < other.endToken + 3 && other.firstToken < fact.endToken + 3 { score -= 1.5 }
          if other.kind == fact.kind { score -= 1.5 }
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
      guard chosen.isEmpty || bestScore >= 2.5 else { break }
      // A common-noun phrase is asked only when its clause has nothing better: as a second card it
      // is the gap teachers find least worth learning.
      if !chosen.isEmpty, candidates[best].kind == .phrase, !phrasesLead, bestScore < Self.secondPhraseScore {
        candidates.remove(at: best)
        continue
      }
      let pick = candidates.remove(at: best)
      chosenSpans.append(pick)
      chosen.append(
        Pick(
          factIndex: Int32(pick.fact), rank: Int32(chosen.count),
          promptWords: words.promptWords(outside: pick.firstToken..<pick.endToken, withContext: pick.withContext),
          answerID: AnswerID(pick.key)))
      candidates.removeAll { $0.firstToken < pick.endToken && pick.firstToken < $0.endToken }
    }
    return chosen
  }

  /// A fact that may be asked, with what choosing among them compares.
  private struct Candidate {
    var fact: Int
    var key: String
    var withContext: Bool
    var score: Double
    var kind: FactKind
    var start: Int
    var firstToken: Int
    var endToken: Int
  }

  /// A clause's context (its topic, or the title) folded, worked out once per clause when needed.
  private struct Context {
    var folded: String??
  }

  /// The folded answer, and whether the prompt needs its context's words, when `fact` can be a
  /// gap of `clause`.
  private func check(
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
    if CardRules.nameListItems(fact.text) != nil {
      guard !listGoesOn(fact, clause) else { return nil }
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

  /// Whether the sentence's enumeration goes on after the names of `fact` (a comma follows).
  private func listGoesOn(_ fact: Fact, _ clause: DocumentAnalysis.Clause) -> Bool {
    fact.endToken < clause.tokens.count && clause.tokens[fact.endToken].text == ","
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
    let fact = clause.facts[Int(pick.factIndex)]
    let index = Int(pick.rank)
    let parts = promptParts(fact, clause)
    let content: Note.Content
    // Only years and dates get options: a document's names are of too many kinds for wrong
    // choices of the answer's own kind and shape, and a wrong kind gives the answer away.
    let wantsChoice = fact.kind == .year || fact.kind == .date
    if let items = CardRules.nameListItems(fact.text), !listGoesOn(fact, clause) {
      let after = TextScan.trimmed(parts.after)
      let rest = after.count <= 1 ? "" : " " + after
      let prompt = "Complete the list (\(items.count) items): \(parts.before)\u{2026}\(rest)"
      content = .list(prompt: prompt, items: items, ordered: false)
    } else if index == 0, let question = QuestionPattern.when(fact, in: clause) {
      content = .qa(question: question, answer: fact.text, reverse: false)
    } else if wantsChoice,
      let choice = analysis.options.options(
        for: fact.text, kind: fact.kind, excluding: parts.folded,
        accepting: { OptionRules.problem(option: $0, answer: fact.text, kind: fact.kind, knowledge: knowledge) == nil })
    {
      content = .mcq(prompt: parts.before + "____" + parts.after, options: choice.options, correct: choice.correct)
    } else {
      var hint = GapHint.hint(for: fact, category: analysis.categories[fact.folded])
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
